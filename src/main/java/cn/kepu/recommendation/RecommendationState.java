package cn.kepu.recommendation;

/** 草稿 → 已提交 → 已通过 / 已退回 (改后再提交) / 未通过. */
public enum RecommendationState {
    DRAFT("草稿"), SUBMITTED("已提交"), PASSED("已通过"), RETURNED("已退回"), REJECTED("未通过");

    private final String label;

    RecommendationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
