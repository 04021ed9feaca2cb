package cn.kepu.plan;

import java.util.Arrays;
import java.util.Optional;

/** Where a responsible unit stands on its part of a task. */
public enum AssignmentState {
    NOT_STARTED("未开始"), IN_PROGRESS("进行中"), DONE("已完成");

    private final String label;

    AssignmentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<AssignmentState> fromLabel(String text) {
        return Arrays.stream(values()).filter(s -> s.label.equals(text) || s.name().equals(text)).findFirst();
    }
}
