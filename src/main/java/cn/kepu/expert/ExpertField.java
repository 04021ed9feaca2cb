package cn.kepu.expert;

import java.util.Arrays;
import java.util.Optional;

/** 科普 fields an expert works in; the codes shared with {@code volunteer.ServiceField} mean the same there. */
public enum ExpertField {
    AGRICULTURE("农业"),
    HEALTH("医疗卫生"),
    EMERGENCY("应急科普"),
    EDUCATION("教育"),
    ECOLOGY("生态环境"),
    INFORMATION("信息技术"),
    METEOROLOGY("气象"),
    EARTHQUAKE("防震减灾"),
    ENGINEERING("工程技术"),
    OTHER("其他");

    private final String label;

    ExpertField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<ExpertField> fromLabel(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(f -> f.label.equals(t) || f.name().equalsIgnoreCase(t)
                || "应急".equals(t) && f == EMERGENCY).findFirst();
    }
}
