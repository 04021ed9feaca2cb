package cn.kepu.mobile;

import java.util.Arrays;
import java.util.Optional;

/** What a mobile resource is. */
public enum ResourceKind {
    VEHICLE("科普大篷车"),
    EXHIBITION_SET("流动科技馆展品"),
    BOARDS("巡展展板");

    private final String label;

    ResourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<ResourceKind> read(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.name().equals(text.strip()) || k.label.equals(text.strip())).findFirst();
    }
}
