package cn.kepu.org;

import java.util.Arrays;
import java.util.Optional;

/** What kind of body a unit is; the Chinese labels are the ones in the associations' own documents. */
public enum UnitType {
    ASSOCIATION("科协"),
    SOCIETY("学会"),
    UNIVERSITY_ASSOCIATION("高校科协"),
    ENTERPRISE_ASSOCIATION("企业科协"),
    AFFILIATE("直属单位"),
    INTERNAL_DEPARTMENT("内设部门"),
    DEMONSTRATION_UNIT("示范单位"),
    EDUCATION_BASE("科普教育基地"),
    VOLUNTEER_TEAM("志愿服务队"),
    MEMBER_UNIT("成员单位");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<UnitType> fromLabel(String text) {
        return Arrays.stream(values()).filter(t -> t.label.equals(text) || t.name().equals(text)).findFirst();
    }
}
