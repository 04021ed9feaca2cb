package cn.kepu.statistics;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.support.RuleViolation;

/** 科普统计 for other systems: the same forms, checks and scope as the pages. Items by their codes (FUNDS_RAISED …). */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "科普统计")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class StatisticsApi {

    private final StatisticsWork work;
    private final DataScope scope;

    StatisticsApi(StatisticsWork work, DataScope scope) {
        this.work = work;
        this.scope = scope;
    }

    record FormView(long unitId, String unit, String state, Map<String, BigDecimal> values, Map<String, Boolean> prefilled) {
    }

    record YearView(int year, long unitId, String unit, int submitted, Map<String, BigDecimal> totals, BigDecimal perCapita,
            List<FormView> forms) {
    }

    record Figures(Map<String, String> values, Map<String, String> notes, Boolean submit, Long version) {
    }

    @GetMapping("/{year}")
    @Operation(summary = "一年的科普统计：本单位（或 unitId）及下级已上报统计表的合计、人均科普经费（元/人），以及范围内各单位的统计表")
    YearView year(@PathVariable int year, @RequestParam(required = false) Long unitId) {
        long unit = unitId != null ? unitId : scope.ownUnit().map(Organization::getId)
                .orElseThrow(() -> new RuleViolation("unitId", "请指定 unitId"));
        StatisticsWork.RollUp rollUp = work.rollUp(unit, year);
        Organization top = rollUp.total().unit();
        List<FormView> forms = work.units(year).stream().filter(u -> u.form() != null && u.unit().getPath().startsWith(top.getPath()))
                .map(u -> {
                    Map<String, BigDecimal> values = new LinkedHashMap<>();
                    Map<String, Boolean> prefilled = new LinkedHashMap<>();
                    if (u.form().isOpen()) { // an open form's pre-fills follow the records: read as the page shows them
                        work.sheet(u.unit().getId(), year).figures().forEach((item, f) -> {
                            values.put(item.name(), f.amount());
                            prefilled.put(item.name(), f.prefilled());
                        });
                    } else {
                        u.form().entries().forEach((item, e) -> {
                            values.put(item.name(), e.getAmount());
                            prefilled.put(item.name(), e.isPrefilled());
                        });
                    }
                    return new FormView(u.unit().getId(), u.unit().getName(), u.form().getState().name(), values, prefilled);
                }).toList();
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        rollUp.total().sums().forEach((item, v) -> totals.put(item.name(), v));
        return new YearView(year, top.getId(), top.getName(), rollUp.total().submitted(), totals, rollUp.total().perCapita(), forms);
    }

    @PutMapping("/{year}/{organization}")
    @Operation(summary = "填写一个单位一年的科普统计：values 为 项目代码→数字（空为不填；系统预填项目不填则取预填数），notes 为变化超过50%的说明；"
            + "submit 为 true 时同时上报；须带读取时的 version（新建时不填）")
    FormView put(@PathVariable int year, @PathVariable long organization, @RequestBody Figures body) {
        Map<StatisticsItem, String> typed = new EnumMap<>(StatisticsItem.class);
        Map<StatisticsItem, String> notes = new EnumMap<>(StatisticsItem.class);
        if (body.values() != null) {
            body.values().forEach((code, v) -> typed.put(item(code), v));
        }
        if (body.notes() != null) {
            body.notes().forEach((code, v) -> notes.put(item(code), v));
        }
        StatisticsForm form = Boolean.TRUE.equals(body.submit()) ? work.submit(organization, year, typed, notes, body.version())
                : work.save(organization, year, typed, notes, body.version());
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, Boolean> prefilled = new LinkedHashMap<>();
        form.entries().forEach((item, e) -> {
            values.put(item.name(), e.getAmount());
            prefilled.put(item.name(), e.isPrefilled());
        });
        return new FormView(organization, form.getUnit().getName(), form.getState().name(), values, prefilled);
    }

    private static StatisticsItem item(String code) {
        try {
            return StatisticsItem.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("values", "没有代码为“" + code + "”的统计项目");
        }
    }
}
