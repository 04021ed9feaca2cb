package cn.kepu.recommendation;

/** What a round recommends: a unit or a base (picked from the recommender's subtree), an activity, or a person. */
public enum RoundKind {
    UNIT("单位"), ACTIVITY("活动"), PERSON("个人"), BASE("基地");

    private final String label;

    RoundKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean picksUnit() {
        return this == UNIT || this == BASE;
    }
}
