package cn.kepu.publicity;

/** Where a news item stands: with the office, adopted, or back with the unit. */
public enum NewsState {
    SUBMITTED("待审核"), ADOPTED("已采用"), RETURNED("已退回");

    private final String label;

    NewsState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
