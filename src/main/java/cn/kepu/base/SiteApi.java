package cn.kepu.base;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

/** 科普示范县/社区/村 for other systems and scripts: the same rules and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/demonstration-sites")
@Tag(name = "科普示范县/社区/村")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class SiteApi {

    private final SiteCatalog catalog;
    private final SiteCreating creating;
    private final SiteEvaluation evaluation;

    SiteApi(SiteCatalog catalog, SiteCreating creating, SiteEvaluation evaluation) {
        this.catalog = catalog;
        this.creating = creating;
        this.evaluation = evaluation;
    }

    record CriterionView(int position, String text, boolean met, String note) {
    }

    record SiteView(long id, String name, String kind, String kindLabel, long parentId, String parent, String regionCode, String address,
            String contactPerson, String contactPhone, String state, String stateLabel, LocalDate startedOn, long met, int criteriaCount,
            List<CriterionView> criteria, String evaluation, String number, LocalDate namedOn, LocalDate validFrom, LocalDate validUntil,
            long version) {
    }

    record HistoryView(Instant at, String by, String action, String detail) {
    }

    record Detail(SiteView site, List<HistoryView> history) {
    }

    record Check(int position, boolean met, String note) {
    }

    record Naming(String number, LocalDate namedOn, LocalDate validFrom, LocalDate validUntil, String evaluation) {
    }

    record Evaluation(String evaluation) {
    }

    @GetMapping
    @Operation(summary = "可见的示范创建（本单位范围内科协主管的），可按类型、状态、名称筛选，分页")
    PageView<SiteView> list(@RequestParam(required = false) SiteKind kind, @RequestParam(required = false) SiteState state,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageView.of(catalog.page(new SiteCatalog.Filter(kind, state, q), page, size), this::view);
    }

    @GetMapping("/{id}")
    Detail site(@PathVariable long id) {
        DemonstrationSite s = catalog.site(id);
        return new Detail(view(s), catalog.history(s).stream()
                .map(h -> new HistoryView(h.getOccurredAt(), h.getActor(), h.getAction(), h.getDetail())).toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "开始创建：kind 为 COUNTY 示范县（市、区）、COMMUNITY 示范社区、VILLAGE 示范村；创建标准随类型生成")
    SiteView start(@RequestBody SiteForm form) {
        return view(creating.start(form));
    }

    @PostMapping("/{id}/criteria")
    @Operation(summary = "更新创建标准的达标情况（创建中）：每项 position 从0起")
    SiteView check(@PathVariable long id, @RequestBody List<Check> checks) {
        Map<Integer, Boolean> met = new HashMap<>();
        Map<Integer, String> notes = new HashMap<>();
        for (Check c : checks) {
            met.put(c.position(), c.met());
            notes.put(c.position(), c.note());
        }
        return view(creating.check(id, met, notes));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "提请评估（全部标准达标后）")
    SiteView submit(@PathVariable long id) {
        return view(creating.submit(id));
    }

    @PostMapping("/{id}/name")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "评估达标并命名：文号、命名日期、有效期起止")
    SiteView name(@PathVariable long id, @RequestBody Naming body) {
        return view(evaluation.name(id, new RecognitionForm(body.number(), body.namedOn(), body.validFrom(), body.validUntil()),
                body.evaluation()));
    }

    @PostMapping("/{id}/fall-short")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "评估未达标，退回继续创建（须填写 evaluation）")
    SiteView fallShort(@PathVariable long id, @RequestBody Evaluation body) {
        return view(evaluation.fallShort(id, body.evaluation()));
    }

    private SiteView view(DemonstrationSite s) {
        List<CriterionView> criteria = new java.util.ArrayList<>();
        for (int i = 0; i < s.getCriteria().size(); i++) {
            SiteCriterion c = s.getCriteria().get(i);
            criteria.add(new CriterionView(i, c.getText(), c.isMet(), c.getNote()));
        }
        return new SiteView(s.getId(), s.getName(), s.getKind().name(), s.getKind().label(), s.getParent().getId(), s.getParent().getName(),
                s.getRegion() == null ? null : s.getRegion().getCode(), s.getAddress(), s.getContactPerson(), catalog.contactPhone(s),
                s.getState().name(), s.getState().label(), s.getStartedOn(), s.metCount(), s.getCriteria().size(), criteria,
                s.getEvaluation(), s.getNumber(), s.getNamedOn(), s.getValidFrom(), s.getValidUntil(), s.getVersion());
    }
}
