package cn.kepu.volunteer;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kepu.support.RuleViolation;

/** 志愿者 pages: the list (masked), registering one, the detail with 显示完整信息 (audited) and 删除个人信息. */
@Controller
@RequestMapping("/volunteers")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
class VolunteerController {

    private final VolunteerRegistry registry;
    private final ServiceHours hours;

    VolunteerController(VolunteerRegistry registry, ServiceHours hours) {
        this.registry = registry;
        this.hours = hours;
    }

    @GetMapping
    String list(@RequestParam(required = false) String name, @RequestParam(required = false) Long teamId,
            @RequestParam(required = false) ServiceField field, @RequestParam(required = false) String skill,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("volunteers", registry.volunteers(new VolunteerRegistry.Filter(name, teamId, field, skill, null), page));
        model.addAttribute("teams", registry.teams(null, null, 0, 500).getContent());
        model.addAttribute("fields", ServiceField.values());
        model.addAttribute("name", name);
        model.addAttribute("teamId", teamId);
        model.addAttribute("field", field);
        model.addAttribute("skill", skill);
        return "volunteers/list";
    }

    @GetMapping("/new")
    String newVolunteer(@RequestParam(required = false) Long teamId, Model model) {
        VolunteerForm form = new VolunteerForm();
        form.setTeamId(teamId);
        return form(form, model);
    }

    @PostMapping
    String register(@ModelAttribute("form") VolunteerForm form, Model model, RedirectAttributes redirect) {
        try {
            Volunteer v = registry.register(form);
            redirect.addFlashAttribute("message", "已登记志愿者" + v.getName());
            return "redirect:/volunteers/" + v.getId();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page(registry.volunteer(id), null, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Volunteer v = registry.volunteer(id);
        VolunteerForm form = new VolunteerForm();
        form.setTeamId(v.getTeam().getId());
        form.setName(v.getName());
        form.setGender(v.getGender());
        form.setField(v.getField());
        form.setSkills(v.getSkills());
        return editForm(v, form, model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @ModelAttribute("form") VolunteerForm form, Model model, RedirectAttributes redirect) {
        try {
            registry.change(id, form);
            redirect.addFlashAttribute("message", "已保存");
            return "redirect:/volunteers/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return editForm(registry.volunteer(id), form, model);
        }
    }

    private String editForm(Volunteer volunteer, VolunteerForm form, Model model) {
        model.addAttribute("volunteer", volunteer);
        model.addAttribute("form", form);
        model.addAttribute("teams", registry.teams(null, null, 0, 500).getContent());
        model.addAttribute("fields", ServiceField.values());
        return "volunteers/edit";
    }

    @PostMapping("/{id}/reveal")
    String reveal(@PathVariable long id, Model model) {
        VolunteerRegistry.Revealed revealed = registry.reveal(id);
        return page(registry.volunteer(id), revealed, model);
    }

    @PostMapping("/{id}/erase")
    String erase(@PathVariable long id, RedirectAttributes redirect) {
        registry.erase(id);
        redirect.addFlashAttribute("message", "已删除该志愿者的个人信息");
        return "redirect:/volunteers/" + id;
    }

    private String form(VolunteerForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("teams", registry.teams(null, null, 0, 500).getContent());
        model.addAttribute("fields", ServiceField.values());
        return "volunteers/form";
    }

    private String page(Volunteer volunteer, VolunteerRegistry.Revealed revealed, Model model) {
        model.addAttribute("volunteer", volunteer);
        model.addAttribute("revealed", revealed);
        model.addAttribute("mayReveal", registry.mayReveal(volunteer));
        model.addAttribute("years", hours.yearsOf(volunteer));
        model.addAttribute("records", hours.recordsOf(volunteer));
        return "volunteers/show";
    }
}
