package cn.kepu.activity;

/** The recurring campaigns of the associations' calendar. */
enum CampaignKind {
    SCIENCE_DAY("全国科普日"),
    SPRING("科普之春"),
    WORKERS_DAY("全国科技工作者日"),
    SCIENCE_WEEK("科技活动周"),
    FOOD_SAFETY_WEEK("食品安全宣传周"),
    OTHER("其他");

    private final String label;

    CampaignKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
