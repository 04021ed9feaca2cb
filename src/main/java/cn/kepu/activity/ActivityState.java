package cn.kepu.activity;

import java.util.EnumSet;
import java.util.Set;

/** 草稿 → 已提交 → 已通过 / 已退回 → 信息已完善. Approved and completed activities are the ones that count. */
enum ActivityState {
    DRAFT("草稿"),
    SUBMITTED("已提交"),
    APPROVED("已通过"),
    RETURNED("已退回"),
    COMPLETED("信息已完善");

    private final String label;

    ActivityState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The states in which an activity counts toward quotas. */
    public static final Set<ActivityState> COUNTING = EnumSet.of(APPROVED, COMPLETED);

    public boolean counts() {
        return COUNTING.contains(this);
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
