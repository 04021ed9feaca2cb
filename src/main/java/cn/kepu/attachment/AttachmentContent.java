package cn.kepu.attachment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An attachment's bytes, kept in the database so that every app instance serves the same files. */
@Entity
class AttachmentContent {

    @Id
    private Long attachmentId;
    private byte[] content;

    protected AttachmentContent() {
    }

    AttachmentContent(long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}
