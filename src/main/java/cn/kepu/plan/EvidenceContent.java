package cn.kepu.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An evidence file's bytes, apart from its description so that lists never load them. */
@Entity
class EvidenceContent {

    @Id
    private Long evidenceId;
    @Column(columnDefinition = "bytea")
    private byte[] content;

    protected EvidenceContent() {
    }

    EvidenceContent(long evidenceId, byte[] content) {
        this.evidenceId = evidenceId;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}
