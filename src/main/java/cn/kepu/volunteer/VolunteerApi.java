package cn.kepu.volunteer;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 科技志愿服务队 and volunteers for other systems: the same rules and data scope as the registry. ID-card numbers and
 * phones are always masked here; the full values only through {@code /personal-information}, for those permitted,
 * and audited.
 */
@RestController
@Tag(name = "科技志愿服务")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
class VolunteerApi {

    private final VolunteerRegistry registry;

    VolunteerApi(VolunteerRegistry registry) {
        this.registry = registry;
    }

    record TeamView(long id, String name, long unitId, String unit, String field, String fieldLabel, String leaderName,
            String leaderPhone) {
    }

    record VolunteerView(long id, String name, String gender, Integer birthYear, String phone, String idCard, long teamId,
            String team, String field, String fieldLabel, String skills, LocalDate consentOn, boolean erased) {
    }

    record PageOf<T>(List<T> items, long total, int page, int size) {
    }

    record NewTeam(Long unitId, String name, ServiceField field, String leaderName, String leaderPhone) {
    }

    record NewVolunteer(Long teamId, String name, String gender, String phone, String idCard, ServiceField field,
            String skills, LocalDate consentOn) {
    }

    @GetMapping("/api/v1/volunteer-teams")
    @Operation(summary = "可见的科技志愿服务队，可按名称、服务领域筛选；分页，每页20条；负责人电话打码")
    PageOf<TeamView> teams(@RequestParam(required = false) String name, @RequestParam(required = false) ServiceField field,
            @RequestParam(defaultValue = "0") int page) {
        return pageOf(registry.teams(name, field, page), VolunteerApi::view);
    }

    @GetMapping("/api/v1/volunteer-teams/{id}")
    TeamView team(@PathVariable long id) {
        return view(registry.team(id));
    }

    @PostMapping("/api/v1/volunteer-teams")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建服务队：管理单位须在本人数据范围内")
    TeamView createTeam(@RequestBody NewTeam body) {
        TeamForm form = new TeamForm();
        form.setUnitId(body.unitId());
        form.setName(body.name());
        form.setField(body.field());
        form.setLeaderName(body.leaderName());
        form.setLeaderPhone(body.leaderPhone());
        return view(registry.createTeam(form));
    }

    @GetMapping("/api/v1/volunteers")
    @Operation(summary = "可见的志愿者，可按姓名、服务队、服务领域、技能筛选，按身份证号码精确查找；分页，每页20条；身份证号码和手机号码打码")
    PageOf<VolunteerView> volunteers(@RequestParam(required = false) String name,
            @RequestParam(required = false) Long teamId, @RequestParam(required = false) ServiceField field,
            @RequestParam(required = false) String skill, @RequestParam(required = false) String idCard,
            @RequestParam(defaultValue = "0") int page) {
        return pageOf(registry.volunteers(new VolunteerRegistry.Filter(name, teamId, field, skill, idCard), page),
                VolunteerApi::view);
    }

    @GetMapping("/api/v1/volunteers/{id}")
    VolunteerView volunteer(@PathVariable long id) {
        return view(registry.volunteer(id));
    }

    @PostMapping("/api/v1/volunteers/{id}/personal-information")
    @Operation(summary = "显示完整信息：完整身份证号码和手机号码，仅限有权查看的管理员，每次查看记入审计日志")
    VolunteerRegistry.Revealed reveal(@PathVariable long id) {
        return registry.reveal(id);
    }

    @PostMapping("/api/v1/volunteers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记志愿者：须有本人同意日期（consentOn），身份证号码须有效且未在任何服务队登记过")
    VolunteerView register(@RequestBody NewVolunteer body) {
        VolunteerForm form = new VolunteerForm();
        form.setTeamId(body.teamId());
        form.setName(body.name());
        form.setGender(body.gender());
        form.setPhone(body.phone());
        form.setIdCard(body.idCard());
        form.setField(body.field());
        form.setSkills(body.skills());
        form.setConsentOn(body.consentOn());
        return view(registry.register(form));
    }

    private static <E, T> PageOf<T> pageOf(Page<E> page, java.util.function.Function<E, T> view) {
        return new PageOf<>(page.getContent().stream().map(view).toList(), page.getTotalElements(), page.getNumber(),
                page.getSize());
    }

    static TeamView view(VolunteerTeam t) {
        return new TeamView(t.getId(), t.getName(), t.getUnit().getId(), t.getUnit().getName(), t.getField().name(),
                t.getField().label(), t.getLeaderName(), t.getLeaderPhoneMasked());
    }

    static VolunteerView view(Volunteer v) {
        return new VolunteerView(v.getId(), v.getName(), v.getGender(), v.getBirthYear(), v.getPhoneMasked(),
                v.getIdCardMasked(), v.getTeam().getId(), v.getTeam().getName(), v.getField().name(),
                v.getField().label(), v.getSkills(), v.getConsentOn(), v.isErased());
    }
}
