package cn.kepu.org;

import java.util.Arrays;
import java.util.Optional;

/** 单位级别: the tier of the administrative tree a unit works at. */
public enum OrgLevel {
    PROVINCE("省级"),
    CITY("市级"),
    COUNTY("县级"),
    TOWNSHIP("乡镇级");

    private final String label;

    OrgLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<OrgLevel> fromLabel(String text) {
        return Arrays.stream(values()).filter(l -> l.label.equals(text) || l.name().equals(text)).findFirst();
    }
}
