package cn.kepu.mobile;

import java.util.Arrays;
import java.util.Optional;

/** Where a visit stops. */
public enum PlaceKind {
    TOWNSHIP("乡镇"),
    SCHOOL("学校"),
    COMMUNITY("社区"),
    OTHER("其他");

    private final String label;

    PlaceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<PlaceKind> read(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.name().equals(text.strip()) || k.label.equals(text.strip())).findFirst();
    }
}
