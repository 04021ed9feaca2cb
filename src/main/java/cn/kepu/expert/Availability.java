package cn.kepu.expert;

import java.util.Arrays;
import java.util.Optional;

/** When an expert can be asked; lists show the readily available first (declaration order). */
public enum Availability {
    ANYTIME("可随时联系"),
    WORKDAYS("工作日"),
    BY_APPOINTMENT("需提前预约"),
    UNAVAILABLE("暂不可用");

    private final String label;

    Availability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<Availability> fromLabel(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(a -> a.label.equals(t) || a.name().equalsIgnoreCase(t)).findFirst();
    }
}
