package cn.kepu.volunteer;

/** 服务领域 of a team or a volunteer. */
public enum ServiceField {
    AGRICULTURE("农业"),
    HEALTH("医疗卫生"),
    EMERGENCY("应急"),
    EDUCATION("教育"),
    ECOLOGY("生态环境"),
    INFORMATION("信息技术"),
    OTHER("其他");

    private final String label;

    ServiceField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
