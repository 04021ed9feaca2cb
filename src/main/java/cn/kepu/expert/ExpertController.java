package cn.kepu.expert;

import java.io.IOException;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kepu.support.MarkedWorkbooks;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.XlsxDownload;

/**
 * 专家库 pages: 找专家 (the list with its filters, the readily available first), an expert's page with 显示完整号码
 * (audited), adding and changing one, import and export. A reporter is told in Chinese that the 专家库 is not theirs.
 */
@Controller
@RequestMapping("/experts")
class ExpertController {

    private static final String IMPORT_ERRORS = "expertImportErrors";

    private final ExpertRegistry registry;
    private final ExpertSheet sheet;

    ExpertController(ExpertRegistry registry, ExpertSheet sheet) {
        this.registry = registry;
        this.sheet = sheet;
    }

    @ExceptionHandler(ExpertSearchRefused.class)
    ModelAndView refused(ExpertSearchRefused e) {
        return refusal(e);
    }

    static ModelAndView refusal(ExpertSearchRefused e) {
        ModelAndView page = new ModelAndView("error/message");
        page.setStatus(HttpStatus.FORBIDDEN);
        page.addObject("status", 403);
        page.addObject("message", e.getMessage());
        return page;
    }

    @GetMapping
    String list(@RequestParam(required = false) String name, @RequestParam(required = false) ExpertField field,
            @RequestParam(required = false) String skill, @RequestParam(required = false) Availability availability,
            @RequestParam(defaultValue = "false") boolean emergency, @RequestParam(required = false) Long unitId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        ExpertRegistry.Filter filter = new ExpertRegistry.Filter(name, field, skill, availability, emergency, unitId);
        model.addAttribute("experts", registry.experts(filter, page));
        model.addAttribute("filter", filter);
        model.addAttribute("units", registry.units());
        model.addAttribute("fields", ExpertField.values());
        model.addAttribute("availabilities", Availability.values());
        return "experts/list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String name, @RequestParam(required = false) ExpertField field,
            @RequestParam(required = false) String skill, @RequestParam(required = false) Availability availability,
            @RequestParam(defaultValue = "false") boolean emergency, @RequestParam(required = false) Long unitId) {
        return XlsxDownload.of("专家库.xlsx", sheet.export(new ExpertRegistry.Filter(name, field, skill, availability, emergency, unitId)));
    }

    @GetMapping("/import")
    String importPage() {
        registry.requireSearchRight();
        return "experts/import";
    }

    @GetMapping("/import/template")
    ResponseEntity<byte[]> template() {
        return XlsxDownload.of("专家库导入模板.xlsx", sheet.template());
    }

    @PostMapping("/import")
    String importExperts(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        registry.requireSearchRight();
        MarkedWorkbooks.importInto(model, session, IMPORT_ERRORS, file.getOriginalFilename(), file.getBytes(), sheet::importExperts);
        return "experts/import";
    }

    @GetMapping("/import/errors/{key}")
    ResponseEntity<byte[]> importErrors(@PathVariable String key, HttpSession session) {
        registry.requireSearchRight();
        return MarkedWorkbooks.download(session, IMPORT_ERRORS, key, "专家库导入-错误标注.xlsx");
    }

    @GetMapping("/new")
    String newExpert(Model model) {
        ExpertForm form = new ExpertForm();
        registry.units().stream().findFirst().ifPresent(u -> form.setUnitId(u.getId()));
        return form(form, null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") ExpertForm form, Model model, RedirectAttributes redirect) {
        try {
            Expert e = registry.create(form);
            redirect.addFlashAttribute("message", "已将" + e.getName() + "加入专家库");
            return "redirect:/experts/" + e.getId();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, null, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page(registry.expert(id), null, model);
    }

    @PostMapping("/{id}/reveal")
    String reveal(@PathVariable long id, Model model) {
        String phone = registry.reveal(id);
        return page(registry.expert(id), phone, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Expert e = registry.expert(id);
        ExpertForm form = new ExpertForm();
        form.setUnitId(e.getUnit().getId());
        form.setName(e.getName());
        form.setGender(e.getGender());
        form.setEmployer(e.getEmployer());
        form.setTitle(e.getTitle());
        form.setFields(e.getFields());
        form.setSkills(e.getSkills());
        form.setAvailability(e.getAvailability());
        form.setEmergency(e.isEmergency());
        form.setVersion(e.getVersion());
        return form(form, e, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ExpertForm form, Model model, RedirectAttributes redirect) {
        try {
            Expert e = registry.update(id, form);
            redirect.addFlashAttribute("message", "已保存" + e.getName() + "的信息");
            return "redirect:/experts/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, registry.expert(id), model);
        }
    }

    private String form(ExpertForm form, Expert expert, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("expert", expert);
        model.addAttribute("units", registry.units());
        model.addAttribute("fields", ExpertField.values());
        model.addAttribute("availabilities", Availability.values());
        return "experts/form";
    }

    private String page(Expert expert, String revealed, Model model) {
        model.addAttribute("expert", expert);
        model.addAttribute("revealed", revealed);
        model.addAttribute("mayReveal", registry.mayReveal(expert));
        model.addAttribute("studios", registry.studiosLedBy(expert));
        return "experts/show";
    }
}
