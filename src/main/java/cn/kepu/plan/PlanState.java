package cn.kepu.plan;

enum PlanState {
    DRAFT("草稿"), PUBLISHED("已发布"), CLOSED("已关闭");

    private final String label;

    PlanState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
