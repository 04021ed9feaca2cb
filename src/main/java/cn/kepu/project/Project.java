package cn.kepu.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import cn.kepu.org.Organization;
import cn.kepu.support.PanelMean;

/**
 * 科普项目: a unit's application to a call — content, budget with its lines, expected outputs — and what became of it:
 * reviewers' scores, 立项 with the approved funds (or not), the mid-term report, 验收 with its outcome; its history.
 */
@Entity
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    private ProjectCall call;
    @ManyToOne(optional = false)
    private Organization applicant;
    private String name;
    private String content;
    private String expectedOutputs;
    @Column(precision = 14, scale = 4)
    private BigDecimal budget;
    private int fundsYear;
    private String regionCode;
    @Enumerated(EnumType.STRING)
    private ProjectState state = ProjectState.SUBMITTED;
    @Column(precision = 14, scale = 4)
    private BigDecimal approvedFunds;
    private String decisionOpinion;
    private Instant decidedAt;
    private String decidedBy;
    private String midtermReport;
    private Instant midtermAt;
    private String acceptanceOpinion;
    private Instant acceptedAt;
    private String acceptedBy;
    private Instant createdAt;
    private String createdBy;
    @Version
    private long version;
    // Eager, one query per collection for a whole page of projects (open-in-view is off; pages show them).
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 100)
    @OrderColumn(name = "position")
    @CollectionTable(name = "project_budget_line", joinColumns = @JoinColumn(name = "project_id"))
    private List<BudgetLine> budgetLines = new ArrayList<>();
    // Eager, one query per collection for a whole page of projects (open-in-view is off; pages show them).
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 100)
    @CollectionTable(name = "project_score", joinColumns = @JoinColumn(name = "project_id"))
    private List<Score> scores = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 100)
    @OrderColumn(name = "position")
    @CollectionTable(name = "project_event", joinColumns = @JoinColumn(name = "project_id"))
    private List<ProjectEvent> history = new ArrayList<>();

    protected Project() {
    }

    Project(ProjectCall call, Organization applicant, String name, String content, String expectedOutputs, BigDecimal budget,
            List<BudgetLine> lines, Instant now, String by) {
        this.call = call;
        this.applicant = applicant;
        this.name = name;
        this.content = content;
        this.expectedOutputs = expectedOutputs;
        this.budget = budget;
        this.budgetLines.addAll(lines);
        this.fundsYear = call.getYear();
        this.regionCode = applicant.getRegion() == null ? null : applicant.getRegion().getCode();
        this.createdAt = now;
        this.createdBy = by;
        record(now, by, "申报", "申报经费" + Funds.text(budget));
    }

    void record(Instant at, String by, String action, String note) {
        history.add(new ProjectEvent(at, by, action, note));
    }

    void score(String reviewer, BigDecimal points, Instant now) {
        scores.removeIf(s -> s.reviewer().equals(reviewer));
        scores.add(new Score(reviewer, points, now));
        record(now, reviewer, "评分", points.stripTrailingZeros().toPlainString() + "分");
    }

    void decide(boolean approve, BigDecimal funds, String opinion, Instant now, String by) {
        this.state = approve ? ProjectState.APPROVED : ProjectState.REJECTED;
        this.approvedFunds = approve ? funds : null;
        this.decisionOpinion = opinion;
        this.decidedAt = now;
        this.decidedBy = by;
        record(now, by, approve ? "立项" : "不予立项",
                (approve ? "立项经费" + Funds.text(funds) : "") + (opinion == null ? "" : (approve ? "；" : "") + opinion));
    }

    void reportMidterm(String report, Instant now, String by) {
        this.state = ProjectState.MIDTERM;
        this.midtermReport = report;
        this.midtermAt = now;
        record(now, by, "中期报告", report.length() > 100 ? report.substring(0, 100) + "…" : report);
    }

    void accept(boolean passed, String opinion, Instant now, String by) {
        this.state = passed ? ProjectState.ACCEPTED : ProjectState.FAILED;
        this.acceptanceOpinion = opinion;
        this.acceptedAt = now;
        this.acceptedBy = by;
        record(now, by, "验收", (passed ? "合格" : "不合格") + (opinion == null ? "" : "；" + opinion));
    }

    /** The reviewers' mean, one decimal; with five or more, the highest and the lowest are dropped first. */
    public Optional<BigDecimal> meanScore() {
        return PanelMean.of(scores.stream().map(Score::points).toList());
    }

    public String budgetText() {
        return Funds.text(budget);
    }

    /** The budget in 万元 without the unit: "12.5". */
    public String budgetFigure() {
        return Funds.format(budget);
    }

    public String approvedFundsFigure() {
        return Funds.format(approvedFunds);
    }

    public String approvedFundsText() {
        return Funds.text(approvedFunds);
    }

    /** The budget lines as one cell: "设备购置:5；宣传资料:3" (what the import reads back). */
    public String budgetLinesText() {
        return String.join("；", budgetLines.stream().map(l -> l.item() + ":" + l.amountText()).toList());
    }

    public Long getId() {
        return id;
    }

    public ProjectCall getCall() {
        return call;
    }

    public Organization getApplicant() {
        return applicant;
    }

    public String getName() {
        return name;
    }

    public String getContent() {
        return content;
    }

    public String getExpectedOutputs() {
        return expectedOutputs;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public int getFundsYear() {
        return fundsYear;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public ProjectState getState() {
        return state;
    }

    public BigDecimal getApprovedFunds() {
        return approvedFunds;
    }

    public String getDecisionOpinion() {
        return decisionOpinion;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getMidtermReport() {
        return midtermReport;
    }

    public Instant getMidtermAt() {
        return midtermAt;
    }

    public String getAcceptanceOpinion() {
        return acceptanceOpinion;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }

    public List<BudgetLine> getBudgetLines() {
        return budgetLines;
    }

    public List<Score> getScores() {
        return scores;
    }

    public List<ProjectEvent> getHistory() {
        return history;
    }
}
