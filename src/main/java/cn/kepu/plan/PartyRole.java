package cn.kepu.plan;

/** 牵头 (leads and coordinates) or 负责落实 (carries the task out and reports on it). */
enum PartyRole {
    LEAD("牵头"), RESPONSIBLE("负责");

    private final String label;

    PartyRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
