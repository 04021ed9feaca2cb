package cn.kepu.literacy;

import java.io.IOException;
import java.util.List;

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

import tools.jackson.databind.json.JsonMapper;

import cn.kepu.org.Organization;
import cn.kepu.support.MarkedWorkbooks;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.XlsxDownload;

/** 公民科学素质 pages: the regions and their latest rates, a region's series and charts, the rate form, import and export. */
@Controller
@RequestMapping("/literacy")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class LiteracyController {

    private static final String ENTER = "hasAnyRole('SYSTEM_ADMIN', 'STAFF')";
    private static final String IMPORT_ERRORS = "literacyImportErrors";

    private final LiteracyRegistry registry;
    private final LiteracyCharts charts;
    private final LiteracySheet sheet;
    private final JsonMapper json;

    LiteracyController(LiteracyRegistry registry, LiteracyCharts charts, LiteracySheet sheet, JsonMapper json) {
        this.registry = registry;
        this.charts = charts;
        this.sheet = sheet;
        this.json = json;
    }

    @GetMapping
    String index(Model model) {
        List<LiteracyRate> national = registry.series(null);
        model.addAttribute("national", national.isEmpty() ? null : national.get(national.size() - 1));
        model.addAttribute("regions", registry.regions());
        return "literacy/index";
    }

    @GetMapping("/national")
    String national(Model model) {
        return region(null, null, model);
    }

    @GetMapping("/regions/{id}")
    String region(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        return region(registry.readableRegion(id), year, model);
    }

    private String region(Organization region, Integer year, Model model) {
        LiteracyCharts.Charts shown = charts.of(region, year);
        List<LiteracyRate> series = registry.series(region == null ? null : region.getId());
        model.addAttribute("region", region);
        model.addAttribute("regionName", shown.region());
        List<LiteracyRate> latestFirst = new java.util.ArrayList<>(series);
        java.util.Collections.reverse(latestFirst);
        model.addAttribute("series", latestFirst);
        model.addAttribute("charts", shown);
        model.addAttribute("chartsJson", json.writeValueAsString(shown).replace("</", "<\\/"));
        model.addAttribute("thisYear", registry.thisYear());
        return "literacy/region";
    }

    @GetMapping("/new")
    @PreAuthorize(ENTER)
    String newRate(@RequestParam(required = false) Long regionId, Model model) {
        RateForm form = new RateForm();
        form.setRegionId(regionId);
        return form(form, null, model);
    }

    @PostMapping
    @PreAuthorize(ENTER)
    String enter(@ModelAttribute("form") RateForm form, Model model, RedirectAttributes redirect) {
        try {
            return saved(registry.enter(form), redirect);
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, null, model);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(ENTER)
    String edit(@PathVariable long id, Model model) {
        LiteracyRate rate = registry.changeable(id);
        return form(LiteracySheet.formOf(rate), rate, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize(ENTER)
    String update(@PathVariable long id, @ModelAttribute("form") RateForm form, Model model, RedirectAttributes redirect) {
        LiteracyRate rate = registry.changeable(id);
        try {
            return saved(registry.update(id, form), redirect);
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, rate, model);
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(ENTER)
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        LiteracyRate rate = registry.changeable(id);
        String where = rate.getRegion() == null ? "/literacy/national" : "/literacy/regions/" + rate.getRegion().getId();
        registry.delete(id);
        redirect.addFlashAttribute("message", "已删除" + rate.regionName() + rate.getSurveyYear() + "年的测评结果");
        return "redirect:" + where;
    }

    private static String saved(LiteracyRate rate, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "已保存：" + rate.regionName() + rate.getSurveyYear() + "年公民具备科学素质的比例 "
                + rate.getRate().stripTrailingZeros().toPlainString() + "%");
        return rate.getRegion() == null ? "redirect:/literacy/national" : "redirect:/literacy/regions/" + rate.getRegion().getId();
    }

    private String form(RateForm form, LiteracyRate editing, Model model) {
        model.addAttribute("form", form.padded());
        model.addAttribute("editing", editing);
        model.addAttribute("regions", registry.enterable());
        model.addAttribute("national", registry.entersNational());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("thisYear", registry.thisYear());
        return "literacy/form";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export() {
        return XlsxDownload.of("公民科学素质测评结果.xlsx", sheet.export());
    }

    @GetMapping("/import")
    @PreAuthorize(ENTER)
    String importPage() {
        return "literacy/import";
    }

    @GetMapping("/import/template")
    @PreAuthorize(ENTER)
    ResponseEntity<byte[]> template() {
        return XlsxDownload.of("公民科学素质测评结果导入模板.xlsx", sheet.template());
    }

    @PostMapping("/import")
    @PreAuthorize(ENTER)
    String importRates(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        MarkedWorkbooks.importInto(model, session, IMPORT_ERRORS, file.getOriginalFilename(), file.getBytes(), sheet::importRates);
        return "literacy/import";
    }

    @GetMapping("/import/errors/{key}")
    @PreAuthorize(ENTER)
    ResponseEntity<byte[]> importErrors(@PathVariable String key, HttpSession session) {
        return MarkedWorkbooks.download(session, IMPORT_ERRORS, key, "公民科学素质导入-错误标注.xlsx");
    }
}
