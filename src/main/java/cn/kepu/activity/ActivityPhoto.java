package cn.kepu.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A photo's description and its small thumbnail; the full picture is an {@link ActivityPhotoContent}. */
@Entity
class ActivityPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Activity activity;
    private String name;
    private String contentType;
    private long size;
    @Column(columnDefinition = "bytea")
    private byte[] thumbnail;

    protected ActivityPhoto() {
    }

    ActivityPhoto(Activity activity, String name, String contentType, long size, byte[] thumbnail) {
        this.activity = activity;
        this.name = name;
        this.contentType = contentType;
        this.size = size;
        this.thumbnail = thumbnail;
    }

    public Long getId() {
        return id;
    }

    public Activity getActivity() {
        return activity;
    }

    public String getName() {
        return name;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public byte[] getThumbnail() {
        return thumbnail;
    }
}
