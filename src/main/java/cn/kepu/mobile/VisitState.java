package cn.kepu.mobile;

import java.util.Arrays;
import java.util.Optional;

/** A visit's state: planned, done (it counts), or called off. */
public enum VisitState {
    PLANNED("计划"),
    COMPLETED("已完成"),
    CANCELLED("已取消");

    private final String label;

    VisitState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<VisitState> read(String text) {
        return text == null || text.isBlank() ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.name().equals(text.strip()) || k.label.equals(text.strip())).findFirst();
    }
}
