package cn.kepu.recommendation;

/** 推荐评审中 → 公示中 → 已公布表彰名单. */
public enum RoundStage {
    OPEN("推荐评审中"), PUBLICITY("公示中"), FINISHED("已公布表彰名单");

    private final String label;

    RoundStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
