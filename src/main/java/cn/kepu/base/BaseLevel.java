package cn.kepu.base;

import java.util.Arrays;
import java.util.Optional;

import cn.kepu.org.OrgLevel;

/** Who recognized a base: 全国, 省级, 市级 or 县级科普教育基地. */
public enum BaseLevel {
    NATIONAL("全国", OrgLevel.PROVINCE),
    PROVINCE("省级", OrgLevel.PROVINCE),
    CITY("市级", OrgLevel.CITY),
    COUNTY("县级", OrgLevel.COUNTY);

    private final String label;
    private final OrgLevel orgLevel;

    BaseLevel(String label, OrgLevel orgLevel) {
        this.label = label;
        this.orgLevel = orgLevel;
    }

    public String label() {
        return label;
    }

    /** The level of the unit it becomes in the tree. */
    OrgLevel orgLevel() {
        return orgLevel;
    }

    static Optional<BaseLevel> fromLabel(String text) {
        String t = text == null ? "" : text.strip().replace("科普教育基地", "").replace("级", "");
        return Arrays.stream(values()).filter(l -> l.label.replace("级", "").equals(t) || l.name().equals(t)).findFirst();
    }
}
