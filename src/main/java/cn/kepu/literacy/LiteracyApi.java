package cn.kepu.literacy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 公民科学素质 for other systems: the same rights and data scope as the pages. Region 0 (or none) is 全国. */
@RestController
@RequestMapping("/api/v1/literacy-rates")
@Tag(name = "公民科学素质")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class LiteracyApi {

    private final LiteracyRegistry registry;

    LiteracyApi(LiteracyRegistry registry) {
        this.registry = registry;
    }

    record GroupView(String dimension, String dimensionLabel, String group, BigDecimal rate) {
    }

    record RateView(long id, Long regionId, String region, int surveyYear, BigDecimal rate, Integer sampleSize,
            BigDecimal marginOfError, String sourceName, LocalDate surveyedOn, List<GroupView> breakdowns, long version) {
    }

    record NewGroup(String dimension, String group, String rate) {
    }

    record NewRate(Long regionId, String surveyYear, String rate, String sampleSize, String marginOfError, String sourceName,
            String surveyedOn, List<NewGroup> breakdowns) {
    }

    @GetMapping
    @Operation(summary = "测评结果：regionId 为地区（科协）id，不填为全国；可按年份筛选；只能查看本单位及下级、上级地区和全国")
    List<RateView> list(@RequestParam(required = false) Long regionId, @RequestParam(required = false) Integer year) {
        return registry.series(regionId == null || regionId == 0 ? null : regionId).stream()
                .filter(r -> year == null || r.getSurveyYear() == year).map(LiteracyApi::view).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "录入测评结果：比例0—100，年份不晚于今年；regionId 0 为全国（仅省级科协或系统管理员）")
    RateView enter(@RequestBody NewRate body) {
        RateForm form = new RateForm();
        form.setRegionId(body.regionId());
        form.setSurveyYear(body.surveyYear());
        form.setRate(body.rate());
        form.setSampleSize(body.sampleSize());
        form.setMarginOfError(body.marginOfError());
        form.setSourceName(body.sourceName());
        form.setSurveyedOn(body.surveyedOn());
        List<RateForm.Row> rows = new ArrayList<>();
        if (body.breakdowns() != null) {
            body.breakdowns().forEach(g -> rows.add(new RateForm.Row(g.dimension(), g.group(), g.rate())));
        }
        form.setRows(rows);
        return view(registry.enter(form));
    }

    static RateView view(LiteracyRate r) {
        return new RateView(r.getId(), r.getRegion() == null ? null : r.getRegion().getId(), r.regionName(), r.getSurveyYear(),
                r.getRate(), r.getSampleSize(), r.getMarginOfError(), r.getSourceName(), r.getSurveyedOn(),
                r.getBreakdowns().stream().map(b -> new GroupView(b.getDimension().name(), b.getDimension().label(), b.getGroup(),
                        b.getRate())).toList(), r.getVersion());
    }
}
