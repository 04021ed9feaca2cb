package cn.kepu.supervision;

/** Where a 督办单 stands: 待回复 → 已回复 → 已办结, or 已回复 → 已退回 → 已回复 … */
enum NoticeState {
    PENDING("待回复"), REPLIED("已回复"), RETURNED("已退回"), CLOSED("已办结");

    private final String label;

    NoticeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Waiting for the unit's (next) reply. */
    public boolean awaitsReply() {
        return this == PENDING || this == RETURNED;
    }
}
