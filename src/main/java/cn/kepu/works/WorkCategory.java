package cn.kepu.works;

import java.util.List;

/** The categories a call may choose, with the formats and size they accept unless the call says otherwise. */
public enum WorkCategory {
    BOOK("科普图书", List.of(WorkFormat.PDF), 50, false),
    VIDEO("短视频", List.of(WorkFormat.MP4), 200, true),
    ANIMATION("动漫", List.of(WorkFormat.MP4), 200, true),
    POSTER("挂图", List.of(WorkFormat.PDF, WorkFormat.JPG, WorkFormat.PNG), 20, false),
    TALK("讲解", List.of(WorkFormat.MP4), 200, true);

    private final String label;
    private final List<WorkFormat> formats;
    private final int maxMb;
    private final boolean link;

    WorkCategory(String label, List<WorkFormat> formats, int maxMb, boolean link) {
        this.label = label;
        this.formats = formats;
        this.maxMb = maxMb;
        this.link = link;
    }

    public String label() {
        return label;
    }

    public List<WorkFormat> defaultFormats() {
        return formats;
    }

    public int defaultMaxMb() {
        return maxMb;
    }

    public boolean defaultLink() {
        return link;
    }
}
