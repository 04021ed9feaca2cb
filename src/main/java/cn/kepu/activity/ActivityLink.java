package cn.kepu.activity;

import jakarta.persistence.Embeddable;

/** A video or a news report about the activity, by its address. */
@Embeddable
record ActivityLink(String kind, String url) {

    public static final String VIDEO = "VIDEO";
    public static final String NEWS = "NEWS";

    public String label() {
        return VIDEO.equals(kind) ? "视频" : "新闻报道";
    }
}
