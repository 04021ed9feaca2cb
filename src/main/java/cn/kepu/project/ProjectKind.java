package cn.kepu.project;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of 科普项目 the associations fund. */
public enum ProjectKind {
    GRASSROOTS("基层科普行动计划"),
    RURAL("科普惠农兴村"),
    COMMUNITY("社区科普益民"),
    // An accepted project of this kind makes its unit a 科普项目示范单位 (plan's UnitSelector.DEMONSTRATION_UNITS).
    DEMONSTRATION("科普项目示范单位");

    private final String label;

    ProjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ProjectKind> fromLabel(String text) {
        return Arrays.stream(values()).filter(k -> k.label.equals(text) || k.name().equals(text)).findFirst();
    }
}
