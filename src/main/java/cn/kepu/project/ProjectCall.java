package cn.kepu.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import cn.kepu.org.Organization;

/** 申报通知: an association calls the units beneath it to apply for projects of one kind, by a deadline, within a budget. */
@Entity
public class ProjectCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    private Organization issuer;
    private String title;
    @Enumerated(EnumType.STRING)
    private ProjectKind kind;
    @Column(name = "call_year")
    private int year;
    private LocalDate deadline;
    @Column(precision = 14, scale = 4)
    private BigDecimal budget;
    private String description;
    private LocalDate midtermDue;
    private LocalDate acceptanceDue;
    private Instant createdAt;
    private String createdBy;
    @Version
    private long version;

    protected ProjectCall() {
    }

    ProjectCall(Organization issuer, String title, ProjectKind kind, int year, LocalDate deadline, BigDecimal budget,
            String description, LocalDate midtermDue, LocalDate acceptanceDue, Instant now, String by) {
        this.issuer = issuer;
        this.title = title;
        this.kind = kind;
        this.year = year;
        this.deadline = deadline;
        this.budget = budget;
        this.description = description;
        this.midtermDue = midtermDue;
        this.acceptanceDue = acceptanceDue;
        this.createdAt = now;
        this.createdBy = by;
    }

    /** Demo data and tests only: a call issued earlier. */
    void backdate(LocalDate deadline, LocalDate midtermDue, LocalDate acceptanceDue) {
        this.deadline = deadline;
        this.midtermDue = midtermDue;
        this.acceptanceDue = acceptanceDue;
    }

    public boolean acceptsOn(LocalDate today) {
        return !today.isAfter(deadline);
    }

    public String budgetFigure() {
        return Funds.format(budget);
    }

    public String budgetText() {
        return Funds.text(budget);
    }

    public Long getId() {
        return id;
    }

    public Organization getIssuer() {
        return issuer;
    }

    public String getTitle() {
        return title;
    }

    public ProjectKind getKind() {
        return kind;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getMidtermDue() {
        return midtermDue;
    }

    public LocalDate getAcceptanceDue() {
        return acceptanceDue;
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
}
