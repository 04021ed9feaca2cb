package cn.kepu.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of the audit log. Immutable: there are no setters, and nothing updates or deletes rows. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    private String username;
    private Long organizationId;
    private String organizationName;
    private String clientAddress;
    private String action;
    private String objectType;
    private String objectId;
    private String objectName;
    private String summary;
    private String result;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, AuditActor actor, String clientAddress, ActionPerformed record) {
        this.occurredAt = occurredAt;
        if (actor != null) {
            this.username = actor.username();
            this.organizationId = actor.organizationId();
            this.organizationName = actor.organizationName();
        }
        this.clientAddress = clientAddress;
        this.action = record.action().name();
        this.objectType = record.objectType();
        this.objectId = record.objectId();
        this.objectName = truncate(record.objectName(), 200);
        this.summary = truncate(record.summary(), 4000);
        this.result = record.success() ? "SUCCESS" : "FAILURE";
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getAction() {
        return action;
    }

    public String getActionLabel() {
        return AuditAction.valueOf(action).label();
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getObjectName() {
        return objectName;
    }

    public String getSummary() {
        return summary;
    }

    public String getResult() {
        return result;
    }

    public boolean isSuccess() {
        return "SUCCESS".equals(result);
    }
}
