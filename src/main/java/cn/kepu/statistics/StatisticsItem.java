package cn.kepu.statistics;

import java.util.Arrays;
import java.util.List;

/**
 * The items of the yearly 科普统计 form, after the national survey's main tables: each with its unit of measure, the
 * item it is a part of ("其中" — never above it), whether it is counted in whole numbers, and where Kepu can pre-fill
 * it from. 常住人口 is not a 科普 figure: it is there for 人均科普经费, and is not added up the tree like the others.
 */
public enum StatisticsItem {
    STAFF_FULL(StatisticsTable.PERSONNEL, "科普专职人员", "人", null, Prefill.NONE),
    STAFF_FULL_SENIOR(StatisticsTable.PERSONNEL, "其中：中级职称及以上", "人", STAFF_FULL, Prefill.NONE),
    STAFF_FULL_WOMEN(StatisticsTable.PERSONNEL, "其中：女性", "人", STAFF_FULL, Prefill.NONE),
    STAFF_PART(StatisticsTable.PERSONNEL, "科普兼职人员", "人", null, Prefill.NONE),
    STAFF_PART_RURAL(StatisticsTable.PERSONNEL, "其中：农村科普人员", "人", STAFF_PART, Prefill.NONE),
    STAFF_PART_GUIDES(StatisticsTable.PERSONNEL, "其中：科普讲解人员", "人", STAFF_PART, Prefill.NONE),
    VOLUNTEERS(StatisticsTable.PERSONNEL, "注册科技志愿者", "人", null, Prefill.VOLUNTEERS),

    SCIENCE_CENTERS(StatisticsTable.VENUES, "科技馆", "个", null, Prefill.NONE),
    SCIENCE_MUSEUMS(StatisticsTable.VENUES, "科学技术类博物馆", "个", null, Prefill.NONE),
    YOUTH_CENTERS(StatisticsTable.VENUES, "青少年科技馆站", "个", null, Prefill.NONE),
    EDUCATION_BASES(StatisticsTable.VENUES, "科普教育基地", "个", null, Prefill.BASES),
    VEHICLES(StatisticsTable.VENUES, "科普宣传专用车", "辆", null, Prefill.NONE),
    GALLERIES(StatisticsTable.VENUES, "科普画廊", "个", null, Prefill.NONE),

    FUNDS_RAISED(StatisticsTable.FUNDING, "年度科普经费筹集额", "万元", null, Prefill.NONE),
    FUNDS_GOVERNMENT(StatisticsTable.FUNDING, "其中：政府拨款", "万元", FUNDS_RAISED, Prefill.NONE),
    FUNDS_SPECIAL(StatisticsTable.FUNDING, "其中：科普专项经费", "万元", FUNDS_GOVERNMENT, Prefill.NONE),
    FUNDS_DONATED(StatisticsTable.FUNDING, "其中：捐赠", "万元", FUNDS_RAISED, Prefill.NONE),
    FUNDS_SELF(StatisticsTable.FUNDING, "其中：自筹资金", "万元", FUNDS_RAISED, Prefill.NONE),
    FUNDS_SPENT(StatisticsTable.FUNDING, "年度科普经费使用额", "万元", null, Prefill.NONE),
    SPENT_ACTIVITIES(StatisticsTable.FUNDING, "其中：科普活动支出", "万元", FUNDS_SPENT, Prefill.NONE),
    SPENT_VENUES(StatisticsTable.FUNDING, "其中：科普场馆基建支出", "万元", FUNDS_SPENT, Prefill.NONE),
    POPULATION(StatisticsTable.FUNDING, "常住人口（用于计算人均科普经费）", "万人", null, Prefill.NONE),

    BOOKS(StatisticsTable.MEDIA, "科普图书出版", "种", null, Prefill.NONE),
    PERIODICALS(StatisticsTable.MEDIA, "科普期刊出版", "种", null, Prefill.NONE),
    VIDEOS(StatisticsTable.MEDIA, "科普音像制品和短视频", "个", null, Prefill.NONE),
    WEBSITES(StatisticsTable.MEDIA, "科普网站", "个", null, Prefill.NONE),
    NEW_MEDIA(StatisticsTable.MEDIA, "科普类微信公众号和新媒体账号", "个", null, Prefill.NONE),

    ACTIVITIES(StatisticsTable.ACTIVITIES, "科普活动（审核通过的）", "次", null, Prefill.ACTIVITIES),
    SCIENCE_DAY(StatisticsTable.ACTIVITIES, "其中：全国科普日活动", "次", ACTIVITIES, Prefill.SCIENCE_DAY),
    SCIENCE_WEEK(StatisticsTable.ACTIVITIES, "其中：科技活动周活动", "次", ACTIVITIES, Prefill.SCIENCE_WEEK),
    PARTICIPANTS(StatisticsTable.ACTIVITIES, "科普活动参加人次", "人次", null, Prefill.PARTICIPANTS),
    LECTURES(StatisticsTable.ACTIVITIES, "科普讲座", "次", null, Prefill.NONE),
    EXHIBITIONS(StatisticsTable.ACTIVITIES, "科普展览", "次", null, Prefill.NONE),
    COMPETITIONS(StatisticsTable.ACTIVITIES, "科普竞赛", "次", null, Prefill.NONE);

    /** Where Kepu knows an item's number from. */
    enum Prefill {
        NONE, ACTIVITIES, SCIENCE_DAY, SCIENCE_WEEK, PARTICIPANTS, BASES, VOLUNTEERS
    }

    private final StatisticsTable table;
    private final String label;
    private final String measure;
    private final StatisticsItem partOf;
    private final Prefill prefill;

    StatisticsItem(StatisticsTable table, String label, String measure, StatisticsItem partOf, Prefill prefill) {
        this.table = table;
        this.label = label;
        this.measure = measure;
        this.partOf = partOf;
        this.prefill = prefill;
    }

    public StatisticsTable table() {
        return table;
    }

    public String label() {
        return label;
    }

    public String measure() {
        return measure;
    }

    public StatisticsItem partOf() {
        return partOf;
    }

    Prefill prefill() {
        return prefill;
    }

    public boolean prefilled() {
        return prefill != Prefill.NONE;
    }

    /** Counted in whole numbers (people, places, times); 万元 and 万人 take two decimals. */
    public boolean whole() {
        return !measure.equals("万元") && !measure.equals("万人");
    }

    /** Added up the tree: every item but the population. */
    public boolean summed() {
        return this != POPULATION;
    }

    /** The item's name without "其中：", for messages. */
    public String shortLabel() {
        return label.startsWith("其中：") ? label.substring(3) : label;
    }

    static List<StatisticsItem> of(StatisticsTable table) {
        return Arrays.stream(values()).filter(i -> i.table == table).toList();
    }
}
