package cn.kepu.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import cn.kepu.org.Organization;

/** 工作计划 / 清单 / 要点 / 实施方案: issued by one organization for a year or several. */
@Entity
public class WorkPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "issuer_id")
    private Organization issuer;
    private String title;
    private String docNumber;
    private int periodFrom;
    private int periodTo;
    private LocalDate issueDate;
    @Enumerated(EnumType.STRING)
    private PlanState state;
    private Instant publishedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT) // batched by hibernate.default_batch_fetch_size; SUBSELECT re-ran the whole parent query
    @OrderBy("position")
    private List<PlanSection> sections = new ArrayList<>();
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT) // batched by hibernate.default_batch_fetch_size; SUBSELECT re-ran the whole parent query
    @OrderBy("position")
    private List<Task> tasks = new ArrayList<>();

    protected WorkPlan() {
    }

    WorkPlan(Organization issuer, Heading heading, Instant now) {
        this.issuer = issuer;
        this.state = PlanState.DRAFT;
        this.createdAt = now;
        apply(heading, now);
    }

    /** What the document's head says: title, 文号, period and date. */
    public record Heading(String title, String docNumber, int periodFrom, int periodTo, LocalDate issueDate) {
    }

    void apply(Heading heading, Instant now) {
        this.title = heading.title();
        this.docNumber = heading.docNumber();
        this.periodFrom = heading.periodFrom();
        this.periodTo = heading.periodTo();
        this.issueDate = heading.issueDate();
        this.updatedAt = now;
    }

    PlanSection addSection(PlanSection parent, String number, String title) {
        PlanSection section = new PlanSection(this, parent, number, title, sections.size());
        sections.add(section);
        return section;
    }

    Task addTask(PlanSection section, Task.Content content) {
        Task task = new Task(this, section, tasks.size(), content);
        tasks.add(task);
        return task;
    }

    void publish(Instant now) {
        state = PlanState.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    void close(Instant now) {
        state = PlanState.CLOSED;
        updatedAt = now;
    }

    /** The first day the plan's work runs from: its issue date, or the first day of its period. */
    public LocalDate startsOn() {
        return issueDate != null && issueDate.getYear() == periodFrom ? issueDate : LocalDate.of(periodFrom, 1, 1);
    }

    public String period() {
        return periodFrom == periodTo ? periodFrom + "年" : periodFrom + "—" + periodTo + "年";
    }

    public boolean isDraft() {
        return state == PlanState.DRAFT;
    }

    public List<PlanSection> topSections() {
        return sections.stream().filter(s -> s.getParent() == null).toList();
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

    public String getDocNumber() {
        return docNumber;
    }

    public int getPeriodFrom() {
        return periodFrom;
    }

    public int getPeriodTo() {
        return periodTo;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public PlanState getState() {
        return state;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<PlanSection> getSections() {
        return sections;
    }

    public List<Task> getTasks() {
        return tasks;
    }
}
