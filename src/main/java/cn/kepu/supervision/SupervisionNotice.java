package cn.kepu.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import cn.kepu.org.Organization;

/**
 * 督办单: an association (the issuer) tells a unit beneath it which work is late and what it requires, by when the
 * unit must reply. The unit replies; the issuer accepts (已办结) or returns the reply, and a returned notice is replied
 * again.
 */
@Entity
class SupervisionNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    @ManyToOne(optional = false)
    private Organization issuer;
    @ManyToOne(optional = false)
    private Organization unit;
    private String matters;
    private String requirements;
    private LocalDate replyBy;
    private LocalDate sentOn;
    private Instant sentAt;
    private String sentBy;
    @Enumerated(EnumType.STRING)
    private NoticeState state;
    private Instant closedAt;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supervision_notice_task", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderColumn(name = "position")
    private List<NoticeTask> tasks = new ArrayList<>();
    @OneToMany(mappedBy = "notice", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<SupervisionReply> replies = new ArrayList<>();

    protected SupervisionNotice() {
    }

    SupervisionNotice(String number, Organization issuer, Organization unit, List<NoticeTask> tasks, String matters,
            String requirements, LocalDate replyBy, LocalDate sentOn, Instant now, String by) {
        this.number = number;
        this.issuer = issuer;
        this.unit = unit;
        this.tasks.addAll(tasks);
        this.matters = matters;
        this.requirements = requirements;
        this.replyBy = replyBy;
        this.sentOn = sentOn;
        this.sentAt = now;
        this.sentBy = by;
        this.state = NoticeState.PENDING;
    }

    SupervisionReply reply(String situation, String measures, LocalDate expectedCompletion, Instant now, String by) {
        SupervisionReply reply = new SupervisionReply(this, situation, measures, expectedCompletion, now, by);
        replies.add(reply);
        state = NoticeState.REPLIED;
        return reply;
    }

    void accept(Instant now, String by) {
        latestReply().orElseThrow().decide(SupervisionReply.Decision.ACCEPTED, null, now, by);
        state = NoticeState.CLOSED;
        closedAt = now;
    }

    void giveBack(String reason, Instant now, String by) {
        latestReply().orElseThrow().decide(SupervisionReply.Decision.RETURNED, reason, now, by);
        state = NoticeState.RETURNED;
    }

    /** Demo data only: a notice of an earlier year, as if sent then. */
    void backdate(LocalDate sentOn, LocalDate replyBy, Instant sentAt) {
        this.sentOn = sentOn;
        this.replyBy = replyBy;
        this.sentAt = sentAt;
    }

    /** Waiting for a reply and past the reply-by date: 逾期未回复. */
    public boolean overdueOn(LocalDate today) {
        return state.awaitsReply() && today.isAfter(replyBy);
    }

    /** What the notice is about in one line: the tasks' labels, then the free text. */
    public String mattersText() {
        List<String> parts = new ArrayList<>(tasks.stream().map(NoticeTask::label).toList());
        if (matters != null) {
            parts.add(matters);
        }
        return String.join("；", parts);
    }

    public Optional<SupervisionReply> latestReply() {
        return replies.isEmpty() ? Optional.empty() : Optional.of(replies.get(replies.size() - 1));
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Organization getIssuer() {
        return issuer;
    }

    public Organization getUnit() {
        return unit;
    }

    public String getMatters() {
        return matters;
    }

    public String getRequirements() {
        return requirements;
    }

    public LocalDate getReplyBy() {
        return replyBy;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public NoticeState getState() {
        return state;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<NoticeTask> getTasks() {
        return tasks;
    }

    public List<SupervisionReply> getReplies() {
        return replies;
    }
}
