package cn.kepu.base;

import java.util.Arrays;
import java.util.Optional;

/** 基地类别, as the recognition notices group them. */
public enum BaseKind {
    VENUE("场馆类"),
    RESEARCH("教育科研类"),
    PRODUCTION("生产设施类"),
    NATURE("自然资源类"),
    OTHER("其他");

    private final String label;

    BaseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<BaseKind> fromLabel(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(k -> k.label.equals(t) || k.label.equals(t + "类") || k.name().equals(t)).findFirst();
    }
}
