package cn.kepu.expert;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kepu.support.RuleViolation;

/** 科普专家工作室 pages: the list, a studio with its lead expert, adding and changing one. */
@Controller
@RequestMapping("/expert-studios")
class StudioController {

    private final ExpertRegistry registry;

    StudioController(ExpertRegistry registry) {
        this.registry = registry;
    }

    @ExceptionHandler(ExpertSearchRefused.class)
    ModelAndView refused(ExpertSearchRefused e) {
        return ExpertController.refusal(e);
    }

    @GetMapping
    String list(@RequestParam(required = false) String name, @RequestParam(required = false) ExpertField field,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("studios", registry.studios(name, field, page));
        model.addAttribute("name", name);
        model.addAttribute("field", field);
        model.addAttribute("fields", ExpertField.values());
        return "experts/studios";
    }

    @GetMapping("/new")
    String newStudio(@RequestParam(required = false) Long leadExpertId, Model model) {
        StudioForm form = new StudioForm();
        form.setLeadExpertId(leadExpertId);
        registry.units().stream().findFirst().ifPresent(u -> form.setUnitId(u.getId()));
        return form(form, null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") StudioForm form, Model model, RedirectAttributes redirect) {
        try {
            ExpertStudio s = registry.createStudio(form);
            redirect.addFlashAttribute("message", "已建立" + s.getName());
            return "redirect:/expert-studios/" + s.getId();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, null, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("studio", registry.studio(id));
        return "experts/studio";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ExpertStudio s = registry.studio(id);
        StudioForm form = new StudioForm();
        form.setUnitId(s.getUnit().getId());
        form.setName(s.getName());
        form.setLeadExpertId(s.getLeadExpert().getId());
        form.setEstablishedOn(s.getEstablishedOn());
        form.setField(s.getField());
        form.setDescription(s.getDescription());
        form.setVersion(s.getVersion());
        return form(form, s, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") StudioForm form, Model model, RedirectAttributes redirect) {
        try {
            ExpertStudio s = registry.updateStudio(id, form);
            redirect.addFlashAttribute("message", "已保存" + s.getName());
            return "redirect:/expert-studios/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, registry.studio(id), model);
        }
    }

    private String form(StudioForm form, ExpertStudio studio, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("studio", studio);
        model.addAttribute("units", registry.units());
        model.addAttribute("experts", registry.leadCandidates());
        model.addAttribute("fields", ExpertField.values());
        return "experts/studio-form";
    }
}
