package cn.kepu.statistics;

/** The survey's main tables, in its order. */
public enum StatisticsTable {
    PERSONNEL("科普人员"),
    VENUES("科普场地"),
    FUNDING("科普经费"),
    MEDIA("科普传媒"),
    ACTIVITIES("科普活动");

    private final String label;

    StatisticsTable(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
