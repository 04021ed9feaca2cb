package cn.kepu.base;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

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

import cn.kepu.support.MarkedWorkbooks;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.XlsxDownload;

/** 示范县/社区/村 pages: the list, starting a creation, the checklist, 提请评估, 评估 and 命名, import and export. */
@Controller
@RequestMapping("/demonstration-sites")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class SiteController {

    private static final String IMPORT_ERRORS = "siteImportErrors";

    private final SiteCatalog catalog;
    private final SiteCreating creating;
    private final SiteEvaluation evaluation;
    private final SiteSheet sheet;
    private final BaseCatalog bases;

    SiteController(SiteCatalog catalog, SiteCreating creating, SiteEvaluation evaluation, SiteSheet sheet, BaseCatalog bases) {
        this.catalog = catalog;
        this.creating = creating;
        this.evaluation = evaluation;
        this.sheet = sheet;
        this.bases = bases;
    }

    @GetMapping
    String list(@RequestParam(required = false) SiteKind kind, @RequestParam(required = false) SiteState state,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        SiteCatalog.Filter filter = new SiteCatalog.Filter(kind, state, q);
        model.addAttribute("sites", catalog.page(filter, page, BaseCatalog.PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("today", catalog.today());
        model.addAttribute("kinds", SiteKind.values());
        model.addAttribute("states", SiteState.values());
        return htmx != null ? "bases/sites :: results" : "bases/sites";
    }

    @GetMapping("/new")
    String newSite(Model model) {
        SiteForm form = new SiteForm();
        form.setStartedOn(catalog.today());
        return form(form, model);
    }

    @PostMapping
    String start(@ModelAttribute("form") SiteForm form, Model model, RedirectAttributes redirect) {
        try {
            DemonstrationSite site = creating.start(form);
            redirect.addFlashAttribute("message", "已开始创建“" + site.getName() + "”，请按创建标准逐项填写达标情况");
            return "redirect:/demonstration-sites/" + site.getId();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page(catalog.site(id), new RecognitionForm(null, catalog.today(), catalog.today(), catalog.today().plusYears(3).minusDays(1)),
                null, model);
    }

    @PostMapping("/{id}/criteria")
    String check(@PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, "已保存达标情况", () -> checklist(id, params));
    }

    /** The checklist's ticks are saved first, so that 提请评估 right after ticking the last criterion counts it. */
    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        return step(id, model, redirect, "已提请评估", () -> {
            if (params.keySet().stream().anyMatch(k -> k.startsWith("met-") || k.startsWith("note-"))) {
                checklist(id, params);
            }
            creating.submit(id);
        });
    }

    private void checklist(long id, Map<String, String> params) {
        Map<Integer, Boolean> met = new HashMap<>();
        Map<Integer, String> notes = new HashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith("met-")) {
                met.put(Integer.valueOf(key.substring(4)), true);
            } else if (key.startsWith("note-")) {
                notes.put(Integer.valueOf(key.substring(5)), value);
            }
        });
        creating.check(id, met, notes);
    }

    @PostMapping("/{id}/name")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String name(@PathVariable long id, @ModelAttribute("naming") RecognitionForm form, @RequestParam(required = false) String evaluationText,
            Model model, RedirectAttributes redirect) {
        try {
            DemonstrationSite site = evaluation.name(id, form, evaluationText);
            redirect.addFlashAttribute("message", "已命名，文号" + site.getNumber());
            return "redirect:/demonstration-sites/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return page(catalog.site(id), form, evaluationText, model);
        }
    }

    @PostMapping("/{id}/fall-short")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String fallShort(@PathVariable long id, @RequestParam(required = false) String evaluationText, Model model, RedirectAttributes redirect) {
        model.addAttribute("evaluationText", evaluationText);
        return step(id, model, redirect, "评估未达标，已退回继续创建", () -> evaluation.fallShort(id, evaluationText));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) SiteKind kind, @RequestParam(required = false) SiteState state,
            @RequestParam(required = false) String q) {
        return XlsxDownload.of("科普示范县社区村.xlsx", sheet.export(new SiteCatalog.Filter(kind, state, q)));
    }

    @GetMapping("/import")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String importPage() {
        return "bases/site-import";
    }

    @GetMapping("/import/template")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    ResponseEntity<byte[]> template() {
        return XlsxDownload.of("示范创建导入模板.xlsx", sheet.template());
    }

    @PostMapping("/import")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String importSites(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        MarkedWorkbooks.importInto(model, session, IMPORT_ERRORS, file.getOriginalFilename(), file.getBytes(), sheet::importSites);
        return "bases/site-import";
    }

    @GetMapping("/import/errors/{key}")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    ResponseEntity<byte[]> importErrors(@PathVariable String key, HttpSession session) {
        return MarkedWorkbooks.download(session, IMPORT_ERRORS, key, "示范创建导入-错误标注.xlsx");
    }

    private String step(long id, Model model, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
            return "redirect:/demonstration-sites/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return page(catalog.site(id), new RecognitionForm(null, catalog.today(), catalog.today(), catalog.today().plusYears(3).minusDays(1)),
                    (String) model.getAttribute("evaluationText"), model);
        }
    }

    private String form(SiteForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("parents", bases.parents());
        model.addAttribute("kinds", SiteKind.values());
        return "bases/site-form";
    }

    private String page(DemonstrationSite site, RecognitionForm naming, String evaluationText, Model model) {
        boolean decides = catalog.decides(site);
        model.addAttribute("site", site);
        model.addAttribute("contactPhone", catalog.contactPhone(site));
        model.addAttribute("today", catalog.today());
        model.addAttribute("history", catalog.history(site));
        model.addAttribute("naming", naming);
        model.addAttribute("evaluationText", evaluationText);
        model.addAttribute("canCheck", site.getState() == SiteState.CREATING);
        model.addAttribute("canEvaluate", decides && site.getState() == SiteState.SUBMITTED);
        return "bases/site";
    }
}
