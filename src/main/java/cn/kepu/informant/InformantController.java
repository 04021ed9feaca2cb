package cn.kepu.informant;

import java.io.IOException;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kepu.support.MarkedWorkbooks;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.XlsxDownload;

/** 科普中国信息员 pages: the year's grid with each unit's total against its quota, the month form, import and export. */
@Controller
@RequestMapping("/informants")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class InformantController {

    private static final String IMPORT_ERRORS = "informantImportErrors";

    private final InformantCounts informants;
    private final InformantSheet sheet;

    InformantController(InformantCounts informants, InformantSheet sheet) {
        this.informants = informants;
        this.sheet = sheet;
    }

    /** The grid of a year; {@code edit} opens an entered month in the form. */
    @GetMapping
    String grid(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long edit, Model model) {
        int shown = year == null ? informants.thisMonth().getYear() : year;
        CountForm form = new CountForm();
        form.setYear(shown);
        Long editing = null;
        if (edit != null) {
            InformantCount c = informants.count(edit);
            shown = c.getPeriodYear();
            form.setUnitId(c.getUnit().getId());
            form.setYear(c.getPeriodYear());
            form.setMonth(c.getPeriodMonth());
            form.setNewlyRegistered(String.valueOf(c.getNewlyRegistered()));
            form.setTotalRegistered(c.getTotalRegistered() == null ? null : String.valueOf(c.getTotalRegistered()));
            form.setSourceNote(c.getSourceNote());
            form.setVersion(c.getVersion());
            editing = c.getId();
        }
        return page(shown, form, editing, model);
    }

    @PostMapping
    String save(@ModelAttribute("form") CountForm form, @RequestParam(required = false) Long id, Model model,
            RedirectAttributes redirect) {
        try {
            InformantCount c = id == null ? informants.enter(form) : informants.update(id, form);
            redirect.addFlashAttribute("message", "已保存：" + c.getUnit().getName() + c.period() + "新增信息员" + c.getNewlyRegistered() + "人");
            return "redirect:/informants?year=" + c.getPeriodYear();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return page(form.getYear() == null ? informants.thisMonth().getYear() : form.getYear(), form, id, model);
        }
    }

    private String page(int year, CountForm form, Long editing, Model model) {
        model.addAttribute("grid", informants.year(year));
        model.addAttribute("year", year);
        model.addAttribute("thisYear", informants.thisMonth().getYear());
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("units", informants.units());
        return "informants/grid";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId) {
        return XlsxDownload.of("科普中国信息员" + (year == null ? "" : year + "年") + ".xlsx", sheet.export(year, unitId));
    }

    @GetMapping("/import")
    String importPage() {
        return "informants/import";
    }

    @GetMapping("/import/template")
    ResponseEntity<byte[]> template() {
        return XlsxDownload.of("科普中国信息员导入模板.xlsx", sheet.template());
    }

    @PostMapping("/import")
    String importCounts(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        MarkedWorkbooks.importInto(model, session, IMPORT_ERRORS, file.getOriginalFilename(), file.getBytes(), sheet::importCounts);
        return "informants/import";
    }

    @GetMapping("/import/errors/{key}")
    ResponseEntity<byte[]> importErrors(@PathVariable String key, HttpSession session) {
        return MarkedWorkbooks.download(session, IMPORT_ERRORS, key, "科普中国信息员导入-错误标注.xlsx");
    }
}
