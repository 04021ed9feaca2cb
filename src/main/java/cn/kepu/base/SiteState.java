package cn.kepu.base;

/** 创建中 → 待评估 → 已命名 (or back to 创建中 when it falls short) → 已撤销. */
public enum SiteState {
    CREATING("创建中"),
    SUBMITTED("待评估"),
    NAMED("已命名"),
    REVOKED("已撤销");

    private final String label;

    SiteState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
