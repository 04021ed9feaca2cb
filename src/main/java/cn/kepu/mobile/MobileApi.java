package cn.kepu.mobile;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.kepu.support.PageView;
import cn.kepu.support.RuleViolation;

/** 流动科普巡展 for other systems: the same rights and data scope as the pages (a 填报员 reads and completes, staff schedule). */
@RestController
@RequestMapping("/api/v1/mobile-visits")
@Tag(name = "流动科普")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class MobileApi {

    private final MobileSchedule schedule;

    MobileApi(MobileSchedule schedule) {
        this.schedule = schedule;
    }

    record VisitView(long id, long resourceId, String resource, String resourceKind, long organizationId, String organization,
            LocalDate visitDate, String place, Long townshipId, String township, String placeKind, String hostUnit, String state,
            Integer participants, String summary, String cancelReason, int photos, long version) {
    }

    record NewVisit(Long resourceId, String visitDate, String place, Long townshipId, String placeKind, String hostUnit) {
    }

    record Completion(String participants, String summary) {
    }

    @GetMapping
    @Operation(summary = "巡展安排：本单位及下级（填报员仅本单位）的资源的巡展，可按年份、状态（PLANNED/COMPLETED/CANCELLED）、资源筛选，每页20条")
    PageView<VisitView> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String state,
            @RequestParam(required = false) Long resourceId, @RequestParam(defaultValue = "0") int page) {
        VisitState wanted = state == null || state.isBlank() ? null : VisitState.read(state).orElseThrow(() ->
                new RuleViolation("state", "状态“" + state.strip() + "”不存在：可选 PLANNED（计划）、COMPLETED（已完成）、CANCELLED（已取消）"));
        MobileSchedule.VisitFilter filter = new MobileSchedule.VisitFilter(year, wanted, resourceId, null, null, false);
        return PageView.of(schedule.visits(filter, page), v -> view(v, -1));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一次巡展；不在数据权限范围内的为404")
    VisitView one(@PathVariable long id) {
        return view(schedule.visit(id), schedule.photos(id).size());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "安排巡展：资源须在权限范围内（否则404）；日期如2024-05-12；placeKind 为 TOWNSHIP/SCHOOL/COMMUNITY/OTHER 或 乡镇/学校/社区/其他")
    VisitView create(@RequestBody NewVisit body) {
        VisitForm form = new VisitForm();
        form.setResourceId(body.resourceId());
        form.setVisitDate(body.visitDate());
        form.setPlace(body.place());
        form.setTownshipId(body.townshipId());
        form.setPlaceKind(body.placeKind());
        form.setHostUnit(body.hostUnit());
        return view(schedule.schedule(form), 0);
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "登记完成：参与人数必填且大于0，巡展日期须已到；完成的巡展计入计划中的巡展指标")
    VisitView complete(@PathVariable long id, @RequestBody Completion body) {
        MobileVisit v = schedule.complete(id, body.participants(), body.summary(), List.of());
        return view(v, schedule.photos(id).size());
    }

    /** @param photos how many photos it has; -1 in lists, which do not read them */
    static VisitView view(MobileVisit v, int photos) {
        MobileResource r = v.getResource();
        return new VisitView(v.getId(), r.getId(), r.getName(), r.getKind().label(), r.getOrganization().getId(),
                r.getOrganization().getName(), v.getVisitDate(), v.getPlace(), v.getTownship() == null ? null : v.getTownship().getId(),
                v.getTownship() == null ? null : v.getTownship().getName(), v.getPlaceKind().label(), v.getHostUnit(),
                v.getState().name(), v.getParticipants(), v.getSummary(), v.getCancelReason(), photos, v.getVersion());
    }
}
