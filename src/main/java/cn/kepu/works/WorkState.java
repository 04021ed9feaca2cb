package cn.kepu.works;

/** Where a work stands in 形式审查. */
public enum WorkState {
    SUBMITTED("待审查"), ACCEPTED("审查通过"), RETURNED("已退回");

    private final String label;

    WorkState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
