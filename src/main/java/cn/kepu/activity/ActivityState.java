package cn.kepu.activity;

/** 草稿 → 已提交 → 已通过 / 已退回 → 信息已完善. Approved and completed activities are the ones that count. */
public enum ActivityState {
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

    public boolean counts() {
        return this == APPROVED || this == COMPLETED;
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
