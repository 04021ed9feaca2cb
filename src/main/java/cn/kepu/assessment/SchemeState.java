package cn.kepu.assessment;

/**
 * Where a scheme stands: drafted by the issuer; published, so the units see it with their live scores and assess
 * themselves; scored, its figures frozen; in 公示, its results open to every assessed unit, which may object; filed.
 */
public enum SchemeState {
    DRAFT("草稿"),
    PUBLISHED("已发布"),
    SCORED("已评分"),
    PUBLICITY("公示中"),
    FINAL("已定档");

    private final String label;

    SchemeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the figures are frozen: from scoring on, results are read from what was frozen, not from the ledger. */
    public boolean frozen() {
        return this == SCORED || this == PUBLICITY || this == FINAL;
    }

    /** Whether every assessed unit sees the whole ranking. */
    public boolean open() {
        return this == PUBLICITY || this == FINAL;
    }
}
