package cn.kepu.recommendation;

/**
 * The paper forms of the seed notice: 附件2 先进单位推荐表 (单位名称, 单位级别, 职工总数, 联系人, 联系电话, 主要事迹) and
 * 附件3 优秀活动推荐表 (活动名称, 单位名称, 联系人, 联系电话, 主要内容).
 */
public enum FormPreset {
    UNIT("先进单位推荐表", "单位名称", "主要事迹", "推荐单位审核意见"),
    ACTIVITY("优秀活动推荐表", "活动名称", "主要内容", "推荐单位意见");

    private final String label;
    private final String subjectLabel;
    private final String mainLabel;
    private final String opinionLabel;

    FormPreset(String label, String subjectLabel, String mainLabel, String opinionLabel) {
        this.label = label;
        this.subjectLabel = subjectLabel;
        this.mainLabel = mainLabel;
        this.opinionLabel = opinionLabel;
    }

    public String label() {
        return label;
    }

    public String subjectLabel() {
        return subjectLabel;
    }

    public String mainLabel() {
        return mainLabel;
    }

    public String opinionLabel() {
        return opinionLabel;
    }

    static FormPreset of(RoundKind kind) {
        return kind == RoundKind.ACTIVITY ? ACTIVITY : UNIT;
    }
}
