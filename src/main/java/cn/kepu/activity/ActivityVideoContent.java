package cn.kepu.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A video's bytes, apart from its description so that pages listing videos never load them. */
@Entity
class ActivityVideoContent {

    @Id
    private Long videoId;
    @Column(columnDefinition = "bytea")
    private byte[] content;

    protected ActivityVideoContent() {
    }

    ActivityVideoContent(long videoId, byte[] content) {
        this.videoId = videoId;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}
