package cn.kepu.assessment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 异议: what an assessed unit objects to during 公示, and the issuer's answer, which must come before 定档. */
@Entity
@Table(name = "assessment_objection")
public class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long schemeId;
    private long organizationId;
    private String body;
    private String filedBy;
    private Instant filedAt;
    private String answer;
    private String answeredBy;
    private Instant answeredAt;

    protected Objection() {
    }

    Objection(long schemeId, long organizationId, String body, String filedBy, Instant filedAt) {
        this.schemeId = schemeId;
        this.organizationId = organizationId;
        this.body = body;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
    }

    void answer(String text, String by, Instant at) {
        answer = text;
        answeredBy = by;
        answeredAt = at;
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public Long getId() {
        return id;
    }

    public long getSchemeId() {
        return schemeId;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public String getBody() {
        return body;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
