package cn.kepu.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 考核 for other systems and scripts: the same rules, workflow and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "考核")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class AssessmentApi {

    private final SchemeManagement schemes;
    private final Results results;
    private final UnitSheets sheets;
    private final Workflow workflow;

    AssessmentApi(SchemeManagement schemes, Results results, UnitSheets sheets, Workflow workflow) {
        this.schemes = schemes;
        this.results = results;
        this.sheets = sheets;
        this.workflow = workflow;
    }

    record SchemeView(long id, String title, int year, String issuer, String state, BigDecimal totalPoints, String bands,
            String documentNumber, LocalDate selfAssessmentDeadline, LocalDate publicityEnds, Instant frozenAt) {
        static SchemeView of(Scheme s) {
            return new SchemeView(s.getId(), s.getTitle(), s.getYear(), s.getIssuer().getName(), s.getState().label(),
                    s.getTotalPoints(), s.getBands(), s.getDocumentNumber(), s.getSelfAssessmentDeadline(), s.getPublicityEnds(),
                    s.getFrozenAt());
        }
    }

    record IndicatorView(long id, String parent, String name, String kind, BigDecimal points, String rule, Long planId, Long quotaId,
            Long campaignId, String topic, String guidance) {
    }

    record UnitView(long id, String name) {
    }

    record SchemeDetail(SchemeView scheme, List<IndicatorView> indicators, List<UnitView> units) {
    }

    record IndicatorRequest(String name, String parent, IndicatorKind kind, BigDecimal points, Long quotaId, Long planId,
            Long campaignId, String topic, BigDecimal target, BigDecimal extraPerTarget, BigDecimal extraCap, BigDecimal perNotice,
            BigDecimal eachPoints, BigDecimal cap, String guidance) {
    }

    record SchemeRequest(Long issuerId, Integer year, String title, String documentNumber, BigDecimal totalPoints, String bands,
            LocalDate selfAssessmentDeadline, Integer publicityDays, Long previousId, List<Long> unitIds,
            List<IndicatorRequest> indicators) {
    }

    record ScoreView(String name, BigDecimal points, BigDecimal scored, String why, List<ScoreView> indicators) {
        static ScoreView of(Indicator.Score s) {
            return new ScoreView(s.name(), s.points(), s.scored(), s.why(), s.children().stream().map(ScoreView::of).toList());
        }
    }

    record ResultRow(long organizationId, String organization, BigDecimal total, Integer rank, String grade, BigDecimal change,
            List<ScoreView> indicators) {
    }

    record ResultsView(SchemeView scheme, boolean ranked, Instant dataAt, List<ResultRow> rows) {
    }

    record SelfItem(long indicatorId, BigDecimal points, String note) {
    }

    record SelfAssessment(List<SelfItem> items, boolean submit) {
    }

    record ScoreItem(long indicatorId, BigDecimal given, BigDecimal adjusted, String reason) {
    }

    record Scores(List<ScoreItem> items) {
    }

    record Text(String text) {
    }

    @GetMapping
    @Operation(summary = "我运行的考核方案，以及考核本单位的已发布方案")
    List<SchemeView> list() {
        return schemes.visible().stream().map(SchemeView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "制定考核方案（含指标，一次提交；任何一项有误则都不保存）")
    SchemeDetail create(@RequestBody SchemeRequest request) {
        SchemeForm f = new SchemeForm();
        f.setIssuerId(request.issuerId());
        f.setYear(request.year());
        f.setTitle(request.title());
        f.setDocumentNumber(request.documentNumber());
        if (request.totalPoints() != null) {
            f.setTotalPoints(request.totalPoints());
        }
        if (request.bands() != null) {
            f.setBands(request.bands());
        }
        f.setSelfAssessmentDeadline(request.selfAssessmentDeadline());
        if (request.publicityDays() != null) {
            f.setPublicityDays(request.publicityDays());
        }
        f.setPreviousId(request.previousId());
        f.setUnitIds(request.unitIds() == null ? new ArrayList<>() : new ArrayList<>(request.unitIds()));
        List<IndicatorForm> forms = new ArrayList<>();
        List<String> parents = new ArrayList<>();
        for (IndicatorRequest r : request.indicators() == null ? List.<IndicatorRequest>of() : request.indicators()) {
            IndicatorForm i = new IndicatorForm();
            i.setName(r.name());
            i.setKind(r.kind());
            i.setPoints(r.points());
            i.setQuotaId(r.quotaId());
            i.setPlanId(r.planId());
            i.setCampaignId(r.campaignId());
            i.setTopic(r.topic());
            i.setTarget(r.target());
            i.setExtraPerTarget(r.extraPerTarget());
            i.setExtraCap(r.extraCap());
            i.setPerNotice(r.perNotice());
            i.setEachPoints(r.eachPoints());
            i.setCap(r.cap());
            i.setGuidance(r.guidance());
            forms.add(i);
            parents.add(r.parent());
        }
        return detail(schemes.define(f, forms, parents).getId());
    }

    @GetMapping("/{id}")
    SchemeDetail detail(@PathVariable long id) {
        Scheme s = schemes.scheme(id);
        Map<Long, String> names = new HashMap<>();
        List<SchemeIndicator> all = schemes.indicators(s);
        all.forEach(i -> names.put(i.getId(), i.getName()));
        List<IndicatorView> indicators = all.stream().map(i -> new IndicatorView(i.getId(), names.get(i.getParentId()), i.getName(),
                i.getKind().name(), i.getPoints(), i.describe(), i.getPlanId(), i.getQuotaId(), i.getCampaignId(), i.getTopic(),
                i.getGuidance())).toList();
        List<UnitView> units = schemes.manages(s) ? schemes.assessed(s).stream().map(u -> new UnitView(u.getId(), u.getName())).toList()
                : schemes.assessedUnit(s).map(u -> List.of(new UnitView(u.getId(), u.getName()))).orElse(List.of());
        return new SchemeDetail(SchemeView.of(s), indicators, units);
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "考核结果：公示前单位只看到本单位的得分，考核单位看到全部")
    ResultsView results(@PathVariable long id) {
        Results.Board board = results.board(schemes.scheme(id));
        List<ResultRow> rows = board.rows().stream().map(r -> new ResultRow(r.organizationId(), r.organizationName(),
                r.score().scored(), board.ranked() ? r.rank() : null, board.ranked() ? r.grade() : null, board.change(r),
                r.score().children().stream().map(ScoreView::of).toList())).toList();
        return new ResultsView(SchemeView.of(board.scheme()), board.ranked(), board.dataAt(), rows);
    }

    @PostMapping("/{id}/self-assessment")
    @Operation(summary = "被考核单位填写自评（submit=true 为提交，提交后不能修改）")
    SchemeView assessSelf(@PathVariable long id, @RequestBody SelfAssessment request) {
        Map<Long, BigDecimal> points = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        for (SelfItem item : request.items() == null ? List.<SelfItem>of() : request.items()) {
            if (item.points() != null) {
                points.put(item.indicatorId(), item.points());
            }
            if (item.note() != null) {
                notes.put(item.indicatorId(), item.note());
            }
        }
        sheets.assessSelf(id, points, notes, Map.of(), request.submit());
        return SchemeView.of(schemes.scheme(id));
    }

    @PostMapping("/{id}/units/{unitId}/scores")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "考核单位评分：人工评分项的得分、加分扣分项的次数、计算得分的调整（须写理由）")
    ResultsView score(@PathVariable long id, @PathVariable long unitId, @RequestBody Scores request) {
        Map<Long, BigDecimal> given = new HashMap<>();
        Map<Long, BigDecimal> adjusted = new HashMap<>();
        Map<Long, String> reasons = new HashMap<>();
        for (ScoreItem item : request.items() == null ? List.<ScoreItem>of() : request.items()) {
            if (item.given() != null) {
                given.put(item.indicatorId(), item.given());
            }
            if (item.adjusted() != null) {
                adjusted.put(item.indicatorId(), item.adjusted());
            }
            if (item.reason() != null) {
                reasons.put(item.indicatorId(), item.reason());
            }
        }
        sheets.score(id, unitId, given, adjusted, reasons);
        return results(id);
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    SchemeView publish(@PathVariable long id) {
        return SchemeView.of(workflow.publish(id));
    }

    @PostMapping("/{id}/finish-scoring")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "完成评分：计算指标的数据按此刻固定")
    SchemeView finishScoring(@PathVariable long id) {
        return SchemeView.of(workflow.finishScoring(id));
    }

    @PostMapping("/{id}/publicity")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    SchemeView publicity(@PathVariable long id) {
        return SchemeView.of(workflow.openPublicity(id));
    }

    @PostMapping("/{id}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "被考核单位在公示期内提出异议")
    Map<String, Object> object(@PathVariable long id, @RequestBody Text request) {
        Objection o = workflow.object(id, request.text());
        return Map.of("id", o.getId(), "filedAt", o.getFiledAt());
    }

    @PostMapping("/{id}/objections/{objectionId}/answer")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    Map<String, Object> answer(@PathVariable long id, @PathVariable long objectionId, @RequestBody Text request) {
        Objection o = workflow.answer(id, objectionId, request.text());
        return Map.of("id", o.getId(), "answeredAt", o.getAnsweredAt());
    }

    @PostMapping("/{id}/file")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "定档：所有异议答复后，结果不再改变")
    SchemeView file(@PathVariable long id) {
        return SchemeView.of(workflow.file(id));
    }
}
