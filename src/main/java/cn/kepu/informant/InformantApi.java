package cn.kepu.informant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.kepu.support.ApiErrors;
import cn.kepu.support.StaleVersion;

/**
 * 科普中国信息员 counts for other systems: the same rules and data scope as the pages. A month is entered once (POST) and
 * changed with the version it was read at (PUT).
 */
@RestController
@Tag(name = "科普中国信息员")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class InformantApi {

    private final InformantCounts informants;

    InformantApi(InformantCounts informants) {
        this.informants = informants;
    }

    record CountView(long id, long unitId, String unit, int year, int month, int newlyRegistered, Integer totalRegistered,
            String sourceNote, String enteredBy, Instant enteredAt, long version) {
    }

    record QuotaView(long quotaId, String plan, String task, long assigneeId, String assignee, BigDecimal target, long counted) {
    }

    record UnitYear(long unitId, String unit, int year, long total, List<QuotaView> quotas) {
    }

    record Listing(List<CountView> items, List<UnitYear> units) {
    }

    /** The numbers as JSON numbers; 12.5 or -3 is refused in words, as on the page. */
    record CountBody(Long unitId, Integer year, Integer month, BigDecimal newlyRegistered, BigDecimal totalRegistered,
            String sourceNote, Long version) {

        CountForm form() {
            CountForm form = new CountForm();
            form.setUnitId(unitId);
            form.setYear(year);
            form.setMonth(month);
            form.setNewlyRegistered(newlyRegistered == null ? null : newlyRegistered.toPlainString());
            form.setTotalRegistered(totalRegistered == null ? null : totalRegistered.toPlainString());
            form.setSourceNote(sourceNote);
            form.setVersion(version);
            return form;
        }
    }

    @GetMapping("/api/v1/informant-counts")
    @Operation(summary = "可见范围内各单位各月新增科普中国信息员人数，可按单位（unitId）、年份（year）筛选；units 为每个单位每年的合计及其计入的指标")
    Listing list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year) {
        List<InformantCount> counts = informants.list(unitId, year);
        Map<String, UnitYear> units = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        counts.forEach(c -> totals.merge(c.getUnit().getId() + ":" + c.getPeriodYear(), (long) c.getNewlyRegistered(), Long::sum));
        for (InformantCount c : counts) {
            String key = c.getUnit().getId() + ":" + c.getPeriodYear();
            if (!units.containsKey(key)) {
                List<QuotaView> quotas = informants.feeds(c.getUnit().getId(), c.getPeriodYear()).stream()
                        .map(f -> new QuotaView(f.quotaId(), f.planTitle(), f.taskLabel(), f.assigneeId(), f.assignee(), f.target(), f.counted()))
                        .toList();
                units.put(key, new UnitYear(c.getUnit().getId(), c.getUnit().getName(), c.getPeriodYear(), totals.get(key), quotas));
            }
        }
        return new Listing(counts.stream().map(InformantApi::view).toList(), List.copyOf(units.values()));
    }

    @GetMapping("/api/v1/informant-counts/{id}")
    CountView count(@PathVariable long id) {
        return view(informants.count(id));
    }

    @PostMapping("/api/v1/informant-counts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "填报一个单位一个月的新增信息员人数（单位须在本人数据范围内；不能填报未来月份；人数为不小于0的整数）；已填报的月份用 PUT 修改")
    CountView enter(@RequestBody CountBody body) {
        return view(informants.enter(body.form()));
    }

    @PutMapping("/api/v1/informant-counts/{id}")
    @Operation(summary = "修改已填报的月份：须带读取时的 version；单位、年份、月份不变")
    CountView update(@PathVariable long id, @RequestBody CountBody body) {
        return view(informants.update(id, body.form()));
    }

    @ExceptionHandler(StaleVersion.class)
    ProblemDetail stale(StaleVersion e) {
        return ApiErrors.stale(e, view(informants.count(e.id())));
    }

    static CountView view(InformantCount c) {
        return new CountView(c.getId(), c.getUnit().getId(), c.getUnit().getName(), c.getPeriodYear(), c.getPeriodMonth(),
                c.getNewlyRegistered(), c.getTotalRegistered(), c.getSourceNote(), c.getEnteredBy(), c.getEnteredAt(), c.getVersion());
    }
}
