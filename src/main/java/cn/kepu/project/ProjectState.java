package cn.kepu.project;

import java.util.Arrays;
import java.util.Optional;

/** 已申报 → 已立项 (or 未立项) → 中期已报告 → 验收合格 / 验收不合格. */
public enum ProjectState {
    SUBMITTED("已申报"),
    APPROVED("已立项"),
    REJECTED("未立项"),
    MIDTERM("中期已报告"),
    ACCEPTED("验收合格"),
    FAILED("验收不合格");

    private final String label;

    ProjectState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the project was funded (立项) — what the funds summary counts. */
    public boolean funded() {
        return this == APPROVED || this == MIDTERM || this == ACCEPTED || this == FAILED;
    }

    public static Optional<ProjectState> fromLabel(String text) {
        return Arrays.stream(values()).filter(s -> s.label.equals(text) || s.name().equals(text)).findFirst();
    }
}
