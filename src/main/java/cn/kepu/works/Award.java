package cn.kepu.works;

/** The awards a call gives by category, highest first. */
public enum Award {
    FIRST("一等奖"), SECOND("二等奖"), THIRD("三等奖"), EXCELLENT("优秀奖");

    private final String label;

    Award(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
