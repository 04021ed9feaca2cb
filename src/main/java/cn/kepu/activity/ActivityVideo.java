package cn.kepu.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A video file's description; the bytes are an {@link ActivityVideoContent}, read only when played. */
@Entity
class ActivityVideo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Activity activity;
    private String name;
    private String contentType;
    private long size;

    protected ActivityVideo() {
    }

    ActivityVideo(Activity activity, String name, String contentType, long size) {
        this.activity = activity;
        this.name = name;
        this.contentType = contentType;
        this.size = size;
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

    /** "12.5 MB" */
    public String sizeText() {
        return String.format("%.1f MB", size / 1024.0 / 1024.0);
    }
}
