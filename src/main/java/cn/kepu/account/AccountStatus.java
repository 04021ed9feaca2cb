package cn.kepu.account;

enum AccountStatus {
    ACTIVE("正常"),
    DISABLED("停用");

    private final String label;

    AccountStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
