package cn.kepu.base;

/** 待初审 → 待认定 (or 已退回, then 待初审 again) → 已认定 → (复核) 已认定 / 限期整改 / 已摘牌. */
public enum BaseState {
    APPLIED("待初审"),
    RETURNED("已退回"),
    SCREENED("待认定"),
    RECOGNIZED("已认定"),
    RECTIFYING("限期整改"),
    REVOKED("已摘牌");

    private final String label;

    BaseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A recognized base — in good standing or rectifying — files annual reports and is rechecked. */
    public boolean recognized() {
        return this == RECOGNIZED || this == RECTIFYING;
    }

    public boolean editable() {
        return this == APPLIED || this == RETURNED;
    }
}
