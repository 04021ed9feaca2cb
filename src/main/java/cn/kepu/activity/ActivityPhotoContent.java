package cn.kepu.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A photo's full bytes, apart from its description so that lists never load them. */
@Entity
class ActivityPhotoContent {

    @Id
    private Long photoId;
    @Column(columnDefinition = "bytea")
    private byte[] content;

    protected ActivityPhotoContent() {
    }

    ActivityPhotoContent(long photoId, byte[] content) {
        this.photoId = photoId;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}
