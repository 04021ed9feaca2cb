package cn.kepu.org;

enum OrgStatus {
    ENABLED("正常"),
    DISABLED("停用");

    private final String label;

    OrgStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
