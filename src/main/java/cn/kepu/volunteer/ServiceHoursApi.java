package cn.kepu.volunteer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.kepu.support.RuleViolation;

/** 志愿服务时长 for other systems: an activity's records, recording them, and a volunteer's or team's hours per year. */
@RestController
@Tag(name = "科技志愿服务")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
class ServiceHoursApi {

    private final ServiceHours hours;
    private final VolunteerRegistry registry;

    ServiceHoursApi(ServiceHours hours, VolunteerRegistry registry) {
        this.hours = hours;
        this.registry = registry;
    }

    record RecordView(long id, long activityId, String activity, LocalDate servedOn, long teamId, String team,
            long volunteerId, String volunteer, BigDecimal hours) {
    }

    /** Volunteer id → hours ("3", "2.5"), all of one team. */
    record Served(Long teamId, Map<Long, String> hours) {
    }

    @GetMapping("/api/v1/activities/{id}/volunteer-service")
    @Operation(summary = "活动的志愿服务记录（服务队、志愿者、时长）")
    List<RecordView> atActivity(@PathVariable long id) {
        return hours.atActivity(id).stream().map(ServiceHoursApi::view).toList();
    }

    @PostMapping("/api/v1/activities/{id}/volunteer-service")
    @Operation(summary = "记录一支服务队的志愿者在活动中的服务时长；活动须已审核通过并结束；同一志愿者再次记录即替换")
    List<RecordView> record(@PathVariable long id, @RequestBody Served body) {
        if (body.teamId() == null) {
            throw new RuleViolation("teamId", "请选择服务队");
        }
        return hours.record(id, body.teamId(), body.hours() == null ? Map.of() : new LinkedHashMap<>(body.hours()))
                .stream().map(ServiceHoursApi::view).toList();
    }

    @GetMapping("/api/v1/volunteers/{id}/hours")
    @Operation(summary = "志愿者历年服务时长")
    List<ServiceHours.Year> volunteerHours(@PathVariable long id) {
        return hours.yearsOf(registry.volunteer(id));
    }

    @GetMapping("/api/v1/volunteer-teams/{id}/hours")
    @Operation(summary = "服务队历年服务时长（参与志愿者、服务人次、时长）")
    List<ServiceHours.Year> teamHours(@PathVariable long id) {
        return hours.yearsOf(registry.team(id));
    }

    static RecordView view(ServiceRecord r) {
        return new RecordView(r.getId(), r.getActivityId(), r.getActivityName(), r.getServedOn(), r.getTeam().getId(),
                r.getTeam().getName(), r.getVolunteer().getId(), r.getVolunteer().getName(), r.getHours());
    }
}
