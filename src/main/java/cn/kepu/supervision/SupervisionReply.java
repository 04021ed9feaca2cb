package cn.kepu.supervision;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One reply of the unit: the situation, its measures, a new expected date; the issuer's decision on it. */
@Entity
class SupervisionReply {

    enum Decision {
        ACCEPTED("已办结"), RETURNED("已退回");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "notice_id")
    private SupervisionNotice notice;
    private String situation;
    private String measures;
    private LocalDate expectedCompletion;
    private Instant repliedAt;
    private String repliedBy;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String reason;
    private Instant decidedAt;
    private String decidedBy;

    protected SupervisionReply() {
    }

    SupervisionReply(SupervisionNotice notice, String situation, String measures, LocalDate expectedCompletion, Instant now,
            String by) {
        this.notice = notice;
        this.situation = situation;
        this.measures = measures;
        this.expectedCompletion = expectedCompletion;
        this.repliedAt = now;
        this.repliedBy = by;
    }

    void decide(Decision decision, String reason, Instant now, String by) {
        this.decision = decision;
        this.reason = reason;
        this.decidedAt = now;
        this.decidedBy = by;
    }

    /** Demo data only: a reply of an earlier year, as if given and decided then. */
    void backdate(Instant repliedAt, Instant decidedAt) {
        this.repliedAt = repliedAt;
        if (decision != null) {
            this.decidedAt = decidedAt;
        }
    }

    public Long getId() {
        return id;
    }

    public SupervisionNotice getNotice() {
        return notice;
    }

    public String getSituation() {
        return situation;
    }

    public String getMeasures() {
        return measures;
    }

    public LocalDate getExpectedCompletion() {
        return expectedCompletion;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public String getRepliedBy() {
        return repliedBy;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
