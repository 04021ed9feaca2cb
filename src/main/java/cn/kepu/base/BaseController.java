package cn.kepu.base;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.data.domain.Page;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kepu.attachment.Upload;
import cn.kepu.support.MarkedWorkbooks;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.XlsxDownload;

/** 科普教育基地 pages: the list, 申报 and its changes, the base with its history and the steps of its life, import, export. */
@Controller
@RequestMapping("/bases")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class BaseController {

    private static final String IMPORT_ERRORS = "baseImportErrors";

    private final BaseCatalog catalog;
    private final BaseApplying applying;
    private final BaseScreening screening;
    private final BaseRecognition recognition;
    private final AnnualReporting reporting;
    private final BaseRechecking rechecking;
    private final BaseSheet sheet;

    BaseController(BaseCatalog catalog, BaseApplying applying, BaseScreening screening, BaseRecognition recognition,
            AnnualReporting reporting, BaseRechecking rechecking, BaseSheet sheet) {
        this.catalog = catalog;
        this.applying = applying;
        this.screening = screening;
        this.recognition = recognition;
        this.reporting = reporting;
        this.rechecking = rechecking;
        this.sheet = sheet;
    }

    @GetMapping
    String list(@RequestParam(required = false) BaseState state, @RequestParam(required = false) BaseLevel level,
            @RequestParam(required = false) BaseKind kind, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean due, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        BaseCatalog.Filter filter = new BaseCatalog.Filter(state, level, kind, q, due);
        Page<EducationBase> bases = catalog.page(filter, page, BaseCatalog.PAGE_SIZE);
        model.addAttribute("bases", bases);
        model.addAttribute("filter", filter);
        model.addAttribute("today", catalog.today());
        model.addAttribute("states", BaseState.values());
        model.addAttribute("levels", BaseLevel.values());
        model.addAttribute("kinds", BaseKind.values());
        return htmx != null ? "bases/list :: results" : "bases/list";
    }

    @GetMapping("/new")
    String newBase(Model model) {
        return form(new BaseForm(), null, model);
    }

    @PostMapping
    String apply(@ModelAttribute("form") BaseForm form, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model, RedirectAttributes redirect) {
        try {
            EducationBase base = applying.apply(form, uploads(files));
            redirect.addFlashAttribute("message", "已申报“" + base.getName() + "”，等待初审");
            return "redirect:/bases/" + base.getId();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, null, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Integer reportYear, Model model) {
        EducationBase base = catalog.base(id);
        return page(base, recognition.newForm(), reporting.newForm(id, reportYear), new RecheckForm(), null, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        EducationBase base = catalog.base(id);
        return form(BaseForm.of(base), base, model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @ModelAttribute("form") BaseForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, RedirectAttributes redirect) {
        try {
            applying.change(id, form, uploads(files));
            redirect.addFlashAttribute("message", "已保存，等待初审");
            return "redirect:/bases/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, catalog.base(id), model);
        }
    }

    @PostMapping("/{id}/pass")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String pass(@PathVariable long id, @RequestParam(required = false) String opinion, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, "初审通过，等待认定", () -> screening.pass(id, opinion));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String giveBack(@PathVariable long id, @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        model.addAttribute("reason", reason);
        return step(id, model, redirect, "已退回申报单位修改", () -> screening.giveBack(id, reason));
    }

    @PostMapping("/{id}/recognize")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String recognize(@PathVariable long id, @ModelAttribute("recognition") RecognitionForm form, Model model, RedirectAttributes redirect) {
        try {
            EducationBase base = recognition.recognize(id, form);
            redirect.addFlashAttribute("message", "已认定，编号" + base.getNumber());
            return "redirect:/bases/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return page(catalog.base(id), form, reporting.newForm(id, null), new RecheckForm(), "recognize", model);
        }
    }

    @PostMapping("/{id}/reports")
    String report(@PathVariable long id, @ModelAttribute("report") ReportForm form, Model model, RedirectAttributes redirect) {
        try {
            BaseReport report = reporting.report(id, form);
            redirect.addFlashAttribute("message", "已报送" + report.getReportYear() + "年度报告");
            return "redirect:/bases/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return page(catalog.base(id), recognition.newForm(), form, new RecheckForm(), "report", model);
        }
    }

    @PostMapping("/{id}/recheck")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String recheck(@PathVariable long id, @ModelAttribute("recheck") RecheckForm form, Model model, RedirectAttributes redirect) {
        try {
            EducationBase base = rechecking.recheck(id, form);
            redirect.addFlashAttribute("message", "复核结论：" + form.getOutcome().label() + "（" + base.getState().label() + "）");
            return "redirect:/bases/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return page(catalog.base(id), recognition.newForm(), reporting.newForm(id, null), form, "recheck", model);
        }
    }

    @GetMapping("/{id}/files/{file}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable long file) {
        return catalog.file(id, file).opened();
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) BaseState state, @RequestParam(required = false) BaseLevel level,
            @RequestParam(required = false) BaseKind kind, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean due) {
        return XlsxDownload.of("科普教育基地.xlsx", sheet.export(new BaseCatalog.Filter(state, level, kind, q, due)));
    }

    @GetMapping("/import")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String importPage() {
        return "bases/import";
    }

    @GetMapping("/import/template")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    ResponseEntity<byte[]> template() {
        return XlsxDownload.of("科普教育基地导入模板.xlsx", sheet.template());
    }

    @PostMapping("/import")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String importBases(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        MarkedWorkbooks.importInto(model, session, IMPORT_ERRORS, file.getOriginalFilename(), file.getBytes(), sheet::importBases);
        return "bases/import";
    }

    @GetMapping("/import/errors/{key}")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    ResponseEntity<byte[]> importErrors(@PathVariable String key, HttpSession session) {
        return MarkedWorkbooks.download(session, IMPORT_ERRORS, key, "科普教育基地导入-错误标注.xlsx");
    }

    private String step(long id, Model model, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
            return "redirect:/bases/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return page(catalog.base(id), recognition.newForm(), reporting.newForm(id, null), new RecheckForm(), "screen", model);
        }
    }

    static List<Upload> uploads(List<MultipartFile> files) {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            // A file input left empty still sends one part without a name.
            if (!file.isEmpty() || file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
                uploads.add(Upload.of(file));
            }
        }
        return uploads;
    }

    private String form(BaseForm form, EducationBase base, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("base", base);
        model.addAttribute("parents", catalog.parents());
        model.addAttribute("levels", BaseLevel.values());
        model.addAttribute("kinds", BaseKind.values());
        return "bases/form";
    }

    private String page(EducationBase base, RecognitionForm recognitionForm, ReportForm report, RecheckForm recheck, String failed,
            Model model) {
        boolean decides = catalog.decides(base);
        model.addAttribute("base", base);
        model.addAttribute("today", catalog.today());
        model.addAttribute("history", catalog.history(base));
        model.addAttribute("reports", catalog.reports(base));
        model.addAttribute("files", catalog.files(base));
        model.addAttribute("unit", catalog.unit(base).orElse(null));
        model.addAttribute("contactPhone", catalog.contactPhone(base));
        model.addAttribute("recognition", recognitionForm);
        model.addAttribute("report", report);
        model.addAttribute("recheck", recheck);
        model.addAttribute("failed", failed);
        model.addAttribute("outcomes", RecheckOutcome.values());
        model.addAttribute("counted", reporting.counted(base, report.getReportYear()));
        model.addAttribute("canEdit", base.getState().editable());
        model.addAttribute("canScreen", decides && base.getState() == BaseState.APPLIED);
        model.addAttribute("canRecognize", decides && base.getState() == BaseState.SCREENED);
        model.addAttribute("canReport", base.getState().recognized());
        model.addAttribute("canRecheck", decides && base.recheckDueOn(catalog.today()));
        return "bases/show";
    }
}
