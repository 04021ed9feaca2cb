package cn.kepu.volunteer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kepu.support.RuleViolation;

/**
 * 志愿服务时长 pages: the ended activities to record for, and one activity's page — who served, and a form listing a
 * team's volunteers with an hours box each. Hours typed stay in their boxes when something is refused.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
class VolunteerServiceController {

    private static final String HOURS = "hours-";

    private final ServiceHours hours;
    private final VolunteerRegistry registry;

    VolunteerServiceController(ServiceHours hours, VolunteerRegistry registry) {
        this.hours = hours;
        this.registry = registry;
    }

    @GetMapping("/volunteer-service")
    String activities(Model model) {
        model.addAttribute("activities", hours.endedActivities());
        return "volunteers/service-activities";
    }

    @GetMapping("/activities/{id}/volunteer-service")
    String show(@PathVariable long id, @RequestParam(required = false) Long teamId,
            @RequestParam(required = false) String teamName, Model model) {
        model.addAttribute("teamName", teamName);
        return page(id, teamId, Map.of(), model);
    }

    @PostMapping("/activities/{id}/volunteer-service")
    String record(@PathVariable long id, @RequestParam long teamId, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        Map<Long, String> typed = new LinkedHashMap<>();
        params.forEach((name, text) -> {
            if (name.startsWith(HOURS) && name.substring(HOURS.length()).chars().allMatch(Character::isDigit)) {
                typed.put(Long.valueOf(name.substring(HOURS.length())), text);
            }
        });
        try {
            List<ServiceRecord> saved = hours.record(id, teamId, typed);
            redirect.addFlashAttribute("message", "已记录" + saved.size() + "名志愿者的服务时长");
            return "redirect:/activities/" + id + "/volunteer-service";
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return page(id, teamId, typed, model);
        }
    }

    @PostMapping("/activities/{id}/volunteer-service/{recordId}/remove")
    String remove(@PathVariable long id, @PathVariable long recordId, RedirectAttributes redirect) {
        hours.remove(recordId);
        redirect.addFlashAttribute("message", "已撤销该条服务记录");
        return "redirect:/activities/" + id + "/volunteer-service";
    }

    private static final int TEAMS_LISTED = 50;

    private String page(long id, Long teamId, Map<Long, String> typed, Model model) {
        List<ServiceRecord> records = hours.atActivity(id);
        model.addAttribute("activity", hours.activity(id));
        model.addAttribute("records", records);
        model.addAttribute("totalHours", records.stream().map(ServiceRecord::getHours)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).stripTrailingZeros().toPlainString());
        // A province holds thousands of teams: the choice lists the first ones by name, and a name typed finds the rest.
        Page<VolunteerTeam> teams = registry.teams((String) model.getAttribute("teamName"), null, 0, TEAMS_LISTED);
        model.addAttribute("teams", teams.getContent());
        model.addAttribute("teamsFound", teams.getTotalElements());
        if (teamId != null) {
            VolunteerTeam team = registry.team(teamId);
            Map<Long, String> shown = new LinkedHashMap<>();
            records.stream().filter(r -> r.getTeam().getId().equals(teamId))
                    .forEach(r -> shown.put(r.getVolunteer().getId(), r.getHours().stripTrailingZeros().toPlainString()));
            shown.putAll(typed);
            model.addAttribute("team", team);
            model.addAttribute("members", registry.membersOf(team));
            model.addAttribute("typed", shown);
        }
        return "volunteers/service";
    }
}
