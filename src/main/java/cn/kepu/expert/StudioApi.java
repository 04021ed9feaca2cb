package cn.kepu.expert;

import java.time.LocalDate;

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

/** 科普专家工作室 for other systems: the same right (staff and above) and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/expert-studios")
@Tag(name = "专家库")
class StudioApi {

    private final ExpertRegistry registry;

    StudioApi(ExpertRegistry registry) {
        this.registry = registry;
    }

    record StudioView(long id, String name, String field, String fieldLabel, LocalDate establishedOn, String description,
            long leadExpertId, String leadExpert, long unitId, String unit, long version) {
    }

    record NewStudio(Long unitId, String name, Long leadExpertId, LocalDate establishedOn, ExpertField field,
            String description, Long version) {
    }

    @ExceptionHandler(ExpertSearchRefused.class)
    ProblemDetail refused(ExpertSearchRefused e) {
        return ApiErrors.problem(HttpStatus.FORBIDDEN, "无权查找专家", e.getMessage());
    }

    @GetMapping
    @Operation(summary = "科普专家工作室：可按名称、专业领域筛选；分页；仅本人数据范围内")
    PageView<StudioView> list(@RequestParam(required = false) String name, @RequestParam(required = false) ExpertField field,
            @RequestParam(defaultValue = "0") int page) {
        return PageView.of(registry.studios(name, field, page), StudioApi::view);
    }

    @GetMapping("/{id}")
    StudioView studio(@PathVariable long id) {
        return view(registry.studio(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "建立工作室：unitId 为管理单位，领衔专家须在本人数据范围内")
    StudioView create(@RequestBody NewStudio body) {
        return view(registry.createStudio(form(body)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改工作室（须带读取时的 version）")
    StudioView update(@PathVariable long id, @RequestBody NewStudio body) {
        return view(registry.updateStudio(id, form(body)));
    }

    private static StudioForm form(NewStudio body) {
        StudioForm form = new StudioForm();
        form.setUnitId(body.unitId());
        form.setName(body.name());
        form.setLeadExpertId(body.leadExpertId());
        form.setEstablishedOn(body.establishedOn());
        form.setField(body.field());
        form.setDescription(body.description());
        form.setVersion(body.version());
        return form;
    }

    private static StudioView view(ExpertStudio s) {
        return new StudioView(s.getId(), s.getName(), s.getField().name(), s.getField().label(), s.getEstablishedOn(),
                s.getDescription(), s.getLeadExpert().getId(), s.getLeadExpert().getName(), s.getUnit().getId(),
                s.getUnit().getName(), s.getVersion());
    }
}
