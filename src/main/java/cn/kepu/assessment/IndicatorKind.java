package cn.kepu.assessment;

/** How an indicator of a stored scheme is scored, and where its figure comes from. */
public enum IndicatorKind {
    GROUP("一级指标（下设指标）", false),
    QUOTA("台账指标完成率", true),
    ACTIVITIES("活动数", true),
    NEWS_POINTS("信息采用积分", true),
    TIMELINESS("按时完成率", true),
    MANUAL("自评+评分", false),
    BONUS("加分项", false),
    DEDUCTION("扣分项", false);

    private final String label;
    private final boolean computed;

    IndicatorKind(String label, boolean computed) {
        this.label = label;
        this.computed = computed;
    }

    public String label() {
        return label;
    }

    /** Computed from what plan and activity hold (and frozen when scoring is finished), not given by hand. */
    public boolean computed() {
        return computed;
    }

    /** 加分/扣分: counted by the issuer, outside the full score. */
    public boolean adjustment() {
        return this == BONUS || this == DEDUCTION;
    }
}
