package cn.kepu.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
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

import cn.kepu.org.Organization;
import cn.kepu.support.RuleViolation;

/**
 * 科普项目 for other systems and scripts: the same rules and data scope as the pages. Amounts are decimal strings in
 * 万元 (e.g. "12.5"), as typed on the form — never floats.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "科普项目")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class ProjectApi {

    private final ProjectCatalog catalog;
    private final CallOpening opening;
    private final ProjectApplication application;
    private final ProjectReview review;
    private final ProjectReporting reporting;
    private final FundsSummary funds;

    ProjectApi(ProjectCatalog catalog, CallOpening opening, ProjectApplication application, ProjectReview review,
            ProjectReporting reporting, FundsSummary funds) {
        this.catalog = catalog;
        this.opening = opening;
        this.application = application;
        this.review = review;
        this.reporting = reporting;
        this.funds = funds;
    }

    record UnitView(long id, String name) {
        static UnitView of(Organization o) {
            return new UnitView(o.getId(), o.getName());
        }
    }

    record CallView(long id, String title, UnitView issuer, String kind, String kindLabel, int year, LocalDate deadline,
            String budget, String description, LocalDate midtermDue, LocalDate acceptanceDue, boolean open) {
    }

    record LineView(String item, String amount) {
    }

    record EventView(Instant at, String actor, String action, String note) {
    }

    record ProjectView(long id, long callId, String call, String kind, UnitView applicant, String name, String content,
            String expectedOutputs, String budget, List<LineView> budgetLines, int year, String regionCode, String state,
            String stateLabel, BigDecimal meanScore, int scores, String approvedFunds, String decisionOpinion,
            String midtermReport, String acceptanceOpinion, List<EventView> history, long version) {
    }

    record PageView(List<ProjectView> items, long total, int page, int size) {
    }

    record NewCall(String title, ProjectKind kind, Integer year, LocalDate deadline, String budget, String description,
            LocalDate midtermDue, LocalDate acceptanceDue) {
    }

    record NewProject(Long callId, Long applicantId, String name, String content, String expectedOutputs, String budget,
            List<LineView> budgetLines) {
    }

    record Score(String points) {
    }

    record Decision(Boolean approve, String approvedFunds, String opinion) {
    }

    record Midterm(String report) {
    }

    record Acceptance(Boolean passed, String opinion) {
    }

    record FundsRow(String regionCode, String regionName, int year, long projects, String funds) {
    }

    record FundsView(List<FundsRow> rows, Map<Integer, String> totalsByYear) {
    }

    @GetMapping("/project-calls")
    @Operation(summary = "可见的申报通知：本单位范围内发布的，以及上级发给本单位的")
    List<CallView> calls() {
        return catalog.calls().stream().map(this::view).toList();
    }

    @GetMapping("/project-calls/{id}")
    CallView call(@PathVariable long id) {
        return view(catalog.call(id));
    }

    @PostMapping("/project-calls")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "发布申报通知：kind 为 GRASSROOTS（基层科普行动计划）、RURAL（科普惠农兴村）、COMMUNITY（社区科普益民）或 "
            + "DEMONSTRATION（科普项目示范单位）；budget 为预算（万元，十进制字符串）")
    CallView open(@RequestBody NewCall body) {
        CallForm f = new CallForm();
        f.setTitle(body.title());
        f.setKind(body.kind());
        f.setYear(body.year());
        f.setDeadline(body.deadline());
        f.setBudget(body.budget());
        f.setDescription(body.description());
        f.setMidtermDue(body.midtermDue());
        f.setAcceptanceDue(body.acceptanceDue());
        return view(opening.open(f));
    }

    @GetMapping("/projects")
    @Operation(summary = "可见的科普项目（申报单位在本单位范围内），可按申报通知、类别、状态、年度、名称或单位筛选，分页，新的在前")
    PageView projects(@RequestParam(required = false) Long callId, @RequestParam(required = false) ProjectKind kind,
            @RequestParam(required = false) ProjectState state, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Page<Project> found = catalog.projects(new ProjectCatalog.Filter(callId, kind, state, year, q), page,
                Math.min(Math.max(size, 1), 200));
        return new PageView(found.getContent().stream().map(ProjectApi::view).toList(), found.getTotalElements(), found.getNumber(),
                found.getSize());
    }

    @GetMapping("/projects/{id}")
    ProjectView project(@PathVariable long id) {
        return view(catalog.project(id));
    }

    @PostMapping("/projects")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "申报项目：申报单位须在本单位范围内、是通知发布单位的下级；须在截止日期前；经费明细合计须等于申报经费（万元）")
    ProjectView apply(@RequestBody NewProject body) {
        if (body.callId() == null) {
            throw new RuleViolation("callId", "请指定申报通知（callId）");
        }
        ProjectForm f = new ProjectForm();
        f.setApplicantId(body.applicantId());
        f.setName(body.name());
        f.setContent(body.content());
        f.setExpectedOutputs(body.expectedOutputs());
        f.setBudget(body.budget());
        if (body.budgetLines() != null) {
            body.budgetLines().forEach(l -> f.line(l.item(), l.amount()));
        }
        return view(application.apply(body.callId(), f));
    }

    @PostMapping("/projects/{id}/score")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "评分（0–100，一位小数）；同一评审再次评分替换原分；五个及以上评分时去掉最高分和最低分取平均")
    ProjectView score(@PathVariable long id, @RequestBody Score body) {
        BigDecimal points;
        try {
            points = body.points() == null ? null : new BigDecimal(body.points().strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation("points", "评分“" + body.points() + "”不是数字");
        }
        return view(review.score(id, points));
    }

    @PostMapping("/projects/{id}/decision")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "立项（approve=true，approvedFunds 为立项经费，万元）或不予立项（approve=false，opinion 为理由）")
    ProjectView decide(@PathVariable long id, @RequestBody Decision body) {
        if (body.approve() == null) {
            throw new RuleViolation("approve", "请选择立项（true）或不予立项（false）");
        }
        return view(review.decide(id, body.approve(), body.approvedFunds(), body.opinion()));
    }

    @PostMapping("/projects/{id}/midterm")
    @Operation(summary = "提交中期报告（已立项的项目）")
    ProjectView midterm(@PathVariable long id, @RequestBody Midterm body) {
        return view(reporting.reportMidterm(id, body.report()));
    }

    @PostMapping("/projects/{id}/acceptance")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "验收：须已提交中期报告并有验收材料；passed=false 时须填 opinion")
    ProjectView accept(@PathVariable long id, @RequestBody Acceptance body) {
        return view(review.accept(id, body.passed(), body.opinion()));
    }

    @GetMapping("/projects/funds")
    @Operation(summary = "立项经费按申报单位所在行政区划和年度汇总（万元），本单位范围内")
    FundsView funds(@RequestParam(required = false) Integer year) {
        FundsSummary.Summary s = funds.summary(year);
        Map<Integer, String> totals = new java.util.LinkedHashMap<>();
        s.totalsByYear().forEach((y, v) -> totals.put(y, Funds.format(v)));
        return new FundsView(s.rows().stream().map(r -> new FundsRow(r.regionCode(), r.regionName(), r.year(), r.projects(),
                Funds.format(r.funds()))).toList(), totals);
    }

    private CallView view(ProjectCall c) {
        return new CallView(c.getId(), c.getTitle(), UnitView.of(c.getIssuer()), c.getKind().name(), c.getKind().label(), c.getYear(),
                c.getDeadline(), Funds.format(c.getBudget()), c.getDescription(), c.getMidtermDue(), c.getAcceptanceDue(),
                c.acceptsOn(catalog.today()));
    }

    private static ProjectView view(Project p) {
        return new ProjectView(p.getId(), p.getCall().getId(), p.getCall().getTitle(), p.getCall().getKind().label(),
                UnitView.of(p.getApplicant()), p.getName(), p.getContent(), p.getExpectedOutputs(), Funds.format(p.getBudget()),
                p.getBudgetLines().stream().map(l -> new LineView(l.item(), l.amountText())).toList(), p.getFundsYear(),
                p.getRegionCode(), p.getState().name(), p.getState().label(), p.meanScore().orElse(null), p.getScores().size(),
                p.getApprovedFunds() == null ? null : Funds.format(p.getApprovedFunds()), p.getDecisionOpinion(), p.getMidtermReport(),
                p.getAcceptanceOpinion(), p.getHistory().stream().map(e -> new EventView(e.at(), e.actor(), e.action(), e.note())).toList(),
                p.getVersion());
    }
}
