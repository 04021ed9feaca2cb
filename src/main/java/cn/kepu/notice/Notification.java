package cn.kepu.notice;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A message to the users of one organization: a reminder, a request, a decision. */
@Entity
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organizationId;
    private String title;
    private String body;
    private String link;
    private Instant createdAt;

    protected Notification() {
    }

    Notification(long organizationId, String title, String body, String link, Instant now) {
        this.organizationId = organizationId;
        this.title = title;
        this.body = body;
        this.link = link;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
