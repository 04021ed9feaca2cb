package cn.kepu.base;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in the life of a base or a demonstration site, as its page tells it. */
@Entity
@Table(name = "registry_history")
public class HistoryEntry {

    static final String BASE = "base";
    static final String SITE = "site";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String subject;
    private long subjectId;
    private Instant occurredAt;
    private String actor;
    private String action;
    private String detail;

    protected HistoryEntry() {
    }

    HistoryEntry(String subject, long subjectId, Instant occurredAt, String actor, String action, String detail) {
        this.subject = subject;
        this.subjectId = subjectId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
