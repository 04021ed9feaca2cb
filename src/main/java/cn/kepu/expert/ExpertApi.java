package cn.kepu.expert;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.kepu.support.ApiErrors;
import cn.kepu.support.PageView;

/**
 * 专家库 for other systems: the same rules, right and data scope as the pages. Phones are always masked here; the full
 * number only through {@code POST /{id}/phone}, for those permitted, and audited.
 */
@RestController
@RequestMapping("/api/v1/experts")
@Tag(name = "专家库")
class ExpertApi {

    private final ExpertRegistry registry;

    ExpertApi(ExpertRegistry registry) {
        this.registry = registry;
    }

    record ExpertView(long id, String name, String gender, String employer, String title, List<String> fields,
            List<String> fieldLabels, String skills, String availability, String availabilityLabel, boolean emergency,
            String phone, long unitId, String unit, long version) {
    }

    record NewExpert(Long unitId, String name, String gender, String employer, String title, List<ExpertField> fields,
            String skills, Availability availability, Boolean emergency, String phone, Long version) {
    }

    record Phone(String phone) {
    }

    @ExceptionHandler(ExpertSearchRefused.class)
    ProblemDetail refused(ExpertSearchRefused e) {
        return ApiErrors.problem(HttpStatus.FORBIDDEN, "无权查找专家", e.getMessage());
    }

    @GetMapping
    @Operation(summary = "找专家：可按姓名或工作单位、专业领域、技能、可联系时间、仅应急科普、管理单位（含下级）筛选；可随时联系的在前；"
            + "分页；联系电话打码；填报员无权查找（403）")
    PageView<ExpertView> list(@RequestParam(required = false) String name, @RequestParam(required = false) ExpertField field,
            @RequestParam(required = false) String skill, @RequestParam(required = false) Availability availability,
            @RequestParam(defaultValue = "false") boolean emergency, @RequestParam(required = false) Long unitId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageView.of(registry.experts(new ExpertRegistry.Filter(name, field, skill, availability, emergency, unitId),
                page, size), ExpertApi::view);
    }

    @GetMapping("/{id}")
    ExpertView expert(@PathVariable long id) {
        return view(registry.expert(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "加入专家库：unitId 为管理单位，须在本人数据范围内；fields 至少一个")
    ExpertView create(@RequestBody NewExpert body) {
        return view(registry.create(form(body)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改专家信息（须带读取时的 version）；phone 不填则保留原号码")
    ExpertView update(@PathVariable long id, @RequestBody NewExpert body) {
        return view(registry.update(id, form(body)));
    }

    @PostMapping("/{id}/phone")
    @Operation(summary = "显示完整联系电话：仅限管理单位及上级的管理员，每次查看记入审计日志")
    Phone reveal(@PathVariable long id) {
        return new Phone(registry.reveal(id));
    }

    private static ExpertForm form(NewExpert body) {
        ExpertForm form = new ExpertForm();
        form.setUnitId(body.unitId());
        form.setName(body.name());
        form.setGender(body.gender());
        form.setEmployer(body.employer());
        form.setTitle(body.title());
        form.setFields(body.fields());
        form.setSkills(body.skills());
        form.setAvailability(body.availability());
        form.setEmergency(Boolean.TRUE.equals(body.emergency()));
        form.setPhone(body.phone());
        form.setVersion(body.version());
        return form;
    }

    static ExpertView view(Expert e) {
        return new ExpertView(e.getId(), e.getName(), e.getGender(), e.getEmployer(), e.getTitle(),
                e.getFields().stream().map(Enum::name).toList(), e.getFields().stream().map(ExpertField::label).toList(),
                e.getSkills(), e.getAvailability().name(), e.getAvailability().label(), e.isEmergency(), e.getPhoneMasked(),
                e.getUnit().getId(), e.getUnit().getName(), e.getVersion());
    }
}
