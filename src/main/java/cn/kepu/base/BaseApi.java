package cn.kepu.base;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.kepu.org.Organization;
import cn.kepu.support.PageView;

/** 科普教育基地 for other systems and scripts: the same rules and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/bases")
@Tag(name = "科普教育基地")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class BaseApi {

    private final BaseCatalog catalog;
    private final BaseApplying applying;
    private final BaseScreening screening;
    private final BaseRecognition recognition;
    private final AnnualReporting reporting;
    private final BaseRechecking rechecking;

    BaseApi(BaseCatalog catalog, BaseApplying applying, BaseScreening screening, BaseRecognition recognition, AnnualReporting reporting,
            BaseRechecking rechecking) {
        this.catalog = catalog;
        this.applying = applying;
        this.screening = screening;
        this.recognition = recognition;
        this.reporting = reporting;
        this.rechecking = rechecking;
    }

    record UnitView(long id, String name) {
        static UnitView of(Organization o) {
            return o == null ? null : new UnitView(o.getId(), o.getName());
        }
    }

    record BaseView(long id, String name, String level, String levelLabel, String kind, String kindLabel, UnitView parent,
            String operatorName, String operatorCreditCode, String regionCode, String address, String openHours, String themes,
            Integer capacity, String contactPerson, String contactPhone, String introduction, String state, String stateLabel,
            Long organizationId, String number, LocalDate recognizedOn, LocalDate validFrom, LocalDate validUntil,
            LocalDate rectifyBy, boolean recheckDue, long version) {
    }

    record HistoryView(Instant at, String by, String action, String detail) {
    }

    record ReportView(int year, int visitors, int activities, int activitiesCounted, int staff, int newExhibits, String summary,
            Instant reportedAt, String reportedBy) {
    }

    record Detail(BaseView base, List<ReportView> reports, List<HistoryView> history) {
    }

    record Opinion(String opinion, String reason) {
    }

    @GetMapping
    @Operation(summary = "可见的科普教育基地（本单位范围内科协主管的），可按状态、级别、类别、名称、待复核筛选，分页")
    PageView<BaseView> list(@RequestParam(required = false) BaseState state, @RequestParam(required = false) BaseLevel level,
            @RequestParam(required = false) BaseKind kind, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean due, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageView.of(catalog.page(new BaseCatalog.Filter(state, level, kind, q, due), page, size), b -> view(b));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一个基地及其年度报告和历程")
    Detail base(@PathVariable long id) {
        EducationBase b = catalog.base(id);
        return detail(b);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "申报科普教育基地（无申报材料；材料请在页面上传）：parentId 为主管科协，须在本单位范围内；统一社会信用代码须有效")
    BaseView apply(@RequestBody BaseForm form) {
        return view(applying.apply(form, List.of()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改待初审或已退回的申报（须带 version），修改后重新待初审")
    BaseView change(@PathVariable long id, @RequestBody BaseForm form) {
        return view(applying.change(id, form, List.of()));
    }

    @PostMapping("/{id}/pass")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "初审通过")
    BaseView pass(@PathVariable long id, @RequestBody(required = false) Opinion body) {
        return view(screening.pass(id, body == null ? null : body.opinion()));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "初审退回（须填写 reason）")
    BaseView giveBack(@PathVariable long id, @RequestBody Opinion body) {
        return view(screening.giveBack(id, body.reason()));
    }

    @PostMapping("/{id}/recognize")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "认定：认定编号、认定日期、有效期起止；基地随之成为组织机构中的“科普教育基地”单位")
    BaseView recognize(@PathVariable long id, @RequestBody RecognitionForm form) {
        return view(recognition.recognize(id, form));
    }

    @PostMapping("/{id}/reports")
    @Operation(summary = "报送（或修改）年度报告；activities 不填时取系统计数（本基地组织、审核通过的活动）")
    ReportView report(@PathVariable long id, @RequestBody ReportForm form) {
        return view(reporting.report(id, form));
    }

    @PostMapping("/{id}/recheck")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "复核（有效期届满前90天起，或限期整改中）：PASSED 合格、RECTIFY 限期整改（须 rectifyBy）、REVOKED 摘牌")
    BaseView recheck(@PathVariable long id, @RequestBody RecheckForm form) {
        return view(rechecking.recheck(id, form));
    }

    private Detail detail(EducationBase b) {
        return new Detail(view(b), catalog.reports(b).stream().map(BaseApi::view).toList(), catalog.history(b).stream()
                .map(h -> new HistoryView(h.getOccurredAt(), h.getActor(), h.getAction(), h.getDetail())).toList());
    }

    private static ReportView view(BaseReport r) {
        return new ReportView(r.getReportYear(), r.getVisitors(), r.getActivities(), r.getActivitiesCounted(), r.getStaff(),
                r.getNewExhibits(), r.getSummary(), r.getReportedAt(), r.getReportedBy());
    }

    private BaseView view(EducationBase b) {
        return new BaseView(b.getId(), b.getName(), b.getLevel().name(), b.getLevel().label(), b.getKind().name(), b.getKind().label(),
                UnitView.of(b.getParent()), b.getOperatorName(), b.getOperatorCreditCode(),
                b.getRegion() == null ? null : b.getRegion().getCode(), b.getAddress(), b.getOpenHours(), b.getThemes(), b.getCapacity(),
                b.getContactPerson(), catalog.contactPhone(b), b.getIntroduction(), b.getState().name(), b.getState().label(),
                b.getOrganizationId(), b.getNumber(), b.getRecognizedOn(), b.getValidFrom(), b.getValidUntil(), b.getRectifyBy(),
                b.recheckDueOn(catalog.today()), b.getVersion());
    }
}
