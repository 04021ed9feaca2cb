package cn.kepu.base;

/** 复核结论. */
public enum RecheckOutcome {
    PASSED("合格"),
    RECTIFY("限期整改"),
    REVOKED("摘牌");

    private final String label;

    RecheckOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
