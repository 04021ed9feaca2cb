package cn.kepu.plan;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import cn.kepu.org.Organization;

/** A leaf of a plan: what is to be done, by whom, by when, and how much. */
@Entity
class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "plan_id")
    private WorkPlan plan;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "section_id")
    private PlanSection section;
    private int position;
    private String number;
    private String title;
    private String content;
    private String requirements;
    private String remarks;
    /** The superior's task this one carries out (承接), when the issuer decomposed an assignment into its own plan. */
    private Long parentTaskId;
    @Embedded
    private Deadline deadline;
    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT) // batched by hibernate.default_batch_fetch_size; SUBSELECT re-ran the whole parent query
    @OrderBy("position")
    private List<TaskParty> parties = new ArrayList<>();
    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT) // batched by hibernate.default_batch_fetch_size; SUBSELECT re-ran the whole parent query
    @OrderBy("position")
    private List<Quota> quotas = new ArrayList<>();

    protected Task() {
    }

    Task(WorkPlan plan, PlanSection section, int position, Content content) {
        this.plan = plan;
        this.section = section;
        this.position = position;
        apply(content);
    }

    /** The words of a task as the document gives them. */
    public record Content(String number, String title, String content, String requirements, String remarks,
            Deadline deadline) {
    }

    void apply(Content c) {
        this.number = c.number();
        this.title = c.title();
        this.content = c.content();
        this.requirements = c.requirements();
        this.remarks = c.remarks();
        this.deadline = c.deadline() == null ? Deadline.none() : c.deadline();
    }

    void linkTo(Long parentTaskId) {
        this.parentTaskId = parentTaskId;
    }

    public Long getParentTaskId() {
        return parentTaskId;
    }

    void addParty(PartyRole role, Organization organization, UnitSelector selector) {
        parties.add(new TaskParty(this, role, organization, selector, parties.size()));
    }

    void clearParties() {
        parties.clear();
    }

    Quota addQuota(Quota.Terms terms) {
        Quota quota = new Quota(this, terms, quotas.size());
        quotas.add(quota);
        return quota;
    }

    void clearQuotas() {
        quotas.clear();
    }

    public String category() {
        return section == null ? "" : section.top().getTitle();
    }

    /** The heading under the category this task sits beneath ("3. 开展座谈交流"), or null when it sits in the category itself. */
    public String heading() {
        if (section == null || section.getParent() == null) {
            return null;
        }
        List<String> headings = new ArrayList<>();
        for (PlanSection s = section; s.getParent() != null; s = s.getParent()) {
            headings.add(0, (s.getNumber() == null ? "" : s.getNumber() + " ") + s.getTitle());
        }
        return String.join(" › ", headings);
    }

    public String partiesText(PartyRole role) {
        return String.join("，", parties.stream().filter(p -> p.getRole() == role).map(TaskParty::label).toList());
    }

    public String label() {
        return (number == null || number.isBlank() ? "" : number + ". ") + title;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public WorkPlan getPlan() {
        return plan;
    }

    public PlanSection getSection() {
        return section;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    public String getRequirements() {
        return requirements;
    }

    public String getRemarks() {
        return remarks;
    }

    public Deadline getDeadline() {
        return deadline == null ? Deadline.none() : deadline;
    }

    public List<TaskParty> getParties() {
        return parties;
    }

    public List<Quota> getQuotas() {
        return quotas;
    }
}
