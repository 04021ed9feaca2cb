package cn.kepu.volunteer;

import org.springframework.data.domain.Page;
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

/** 科技志愿服务队 pages: the list, a team with its volunteers and hours per year, creating and changing one. */
@Controller
@RequestMapping("/volunteer-teams")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
class VolunteerTeamController {

    private final VolunteerRegistry registry;
    private final ServiceHours hours;

    VolunteerTeamController(VolunteerRegistry registry, ServiceHours hours) {
        this.registry = registry;
        this.hours = hours;
    }

    @GetMapping
    String list(@RequestParam(required = false) String name, @RequestParam(required = false) ServiceField field,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Page<VolunteerTeam> teams = registry.teams(name, field, page);
        model.addAttribute("teams", teams);
        model.addAttribute("fields", ServiceField.values());
        model.addAttribute("name", name);
        model.addAttribute("field", field);
        model.addAttribute("sizes", registry.sizesOf(teams.getContent()));
        return "volunteers/teams";
    }

    @GetMapping("/new")
    String newTeam(Model model) {
        return form(new TeamForm(), null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") TeamForm form, Model model, RedirectAttributes redirect) {
        try {
            VolunteerTeam team = registry.createTeam(form);
            redirect.addFlashAttribute("message", "已建立服务队" + team.getName());
            return "redirect:/volunteer-teams/" + team.getId();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, null, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        VolunteerTeam team = registry.team(id);
        model.addAttribute("team", team);
        model.addAttribute("members", registry.volunteers(new VolunteerRegistry.Filter(null, id, null, null, null), 0));
        model.addAttribute("years", hours.yearsOf(team));
        return "volunteers/team";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        VolunteerTeam team = registry.team(id);
        TeamForm form = new TeamForm();
        form.setUnitId(team.getUnit().getId());
        form.setName(team.getName());
        form.setField(team.getField());
        form.setLeaderName(team.getLeaderName());
        return form(form, team, model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @ModelAttribute("form") TeamForm form, Model model, RedirectAttributes redirect) {
        try {
            registry.changeTeam(id, form);
            redirect.addFlashAttribute("message", "已保存");
            return "redirect:/volunteer-teams/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, registry.team(id), model);
        }
    }

    private String form(TeamForm form, VolunteerTeam team, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("team", team);
        model.addAttribute("units", registry.unitChoices());
        model.addAttribute("fields", ServiceField.values());
        return "volunteers/team-form";
    }

}
