package cn.kepu.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import cn.kepu.org.OrgLevel;
import cn.kepu.org.Organization;
import cn.kepu.org.UnitType;

/**
 * The unit-type phrases documents use instead of names ("各县市区（功能区）科协", "各市级学会"), resolved within
 * the issuing organization's subtree when a plan is published, and again for units added later.
 */
enum UnitSelector {
    COUNTIES_AND_ZONES("各县市区（功能区）科协", o -> countyAssociation(o)),
    COUNTIES("各县市区科协", o -> countyAssociation(o) && !o.isFunctionalZone()),
    FUNCTIONAL_ZONES("各功能区科协", Organization::isFunctionalZone),
    SOCIETIES("各市级学会", o -> o.getUnitType() == UnitType.SOCIETY),
    UNIVERSITY_ASSOCIATIONS("各高校科协", o -> o.getUnitType() == UnitType.UNIVERSITY_ASSOCIATION),
    ENTERPRISE_ASSOCIATIONS("各企业科协", o -> o.getUnitType() == UnitType.ENTERPRISE_ASSOCIATION),
    AFFILIATES("市科协直属各单位", o -> o.getUnitType() == UnitType.AFFILIATE),
    DEMONSTRATION_UNITS("各科普项目示范单位", o -> o.getUnitType() == UnitType.DEMONSTRATION_UNIT),
    EDUCATION_BASES("各级科普教育基地", o -> o.getUnitType() == UnitType.EDUCATION_BASE),
    VOLUNTEER_TEAMS("各科技志愿服务队", o -> o.getUnitType() == UnitType.VOLUNTEER_TEAM),
    MEMBER_UNITS("各成员单位", o -> o.getUnitType() == UnitType.MEMBER_UNIT);

    private final String label;
    private final Predicate<Organization> matches;

    UnitSelector(String label, Predicate<Organization> matches) {
        this.label = label;
        this.matches = matches;
    }

    public String label() {
        return label;
    }

    /** Whether {@code unit}, an enabled unit beneath {@code issuer}, is one of those this phrase names. */
    public boolean selects(Organization unit, Organization issuer) {
        return unit.isEnabled() && !unit.getId().equals(issuer.getId()) && unit.isWithin(issuer) && matches.test(unit);
    }

    public List<Organization> resolve(List<Organization> subtree, Organization issuer) {
        return subtree.stream().filter(o -> selects(o, issuer)).toList();
    }

    /** The selector a phrase means: its label, or the usual variants of it in documents. */
    public static Optional<UnitSelector> fromText(String text) {
        String t = text.strip().replace('(', '（').replace(')', '）');
        // "有关市级学会", "相关县市区科协": the qualifier names no other kind of unit.
        String plain = t.replaceFirst("^(有关|相关)", "");
        return exactly(t).or(() -> plain.equals(t) ? Optional.empty() : exactly(plain));
    }

    private static Optional<UnitSelector> exactly(String t) {
        return Arrays.stream(values()).filter(s -> s.label.equals(t) || s.name().equals(t)).findFirst()
                .or(() -> Optional.ofNullable(switch (t) {
                    case "县市区（功能区）科协", "各县（市、区）科协", "各县市区、功能区科协", "县市区、功能区科协" -> COUNTIES_AND_ZONES;
                    case "县市区科协", "各县市区", "县市区", "每个县市区" -> COUNTIES;
                    case "功能区", "各功能区", "功能区科协" -> FUNCTIONAL_ZONES;
                    case "市级学会", "各学会" -> SOCIETIES;
                    case "高校科协", "各高校科协" -> UNIVERSITY_ASSOCIATIONS;
                    case "企业科协", "各企业科协" -> ENTERPRISE_ASSOCIATIONS;
                    case "市科协直属单位", "直属单位", "市科协直属各单位" -> AFFILIATES;
                    case "示范单位", "各科普示范单位", "科普项目示范单位", "各科普项目示范单位" -> DEMONSTRATION_UNITS;
                    case "科普教育基地", "各科普教育基地", "各级科普教育基地" -> EDUCATION_BASES;
                    case "各科技志愿服务队", "科技志愿服务队", "各级新时代文明实践农业科技志愿服务队" -> VOLUNTEER_TEAMS;
                    default -> null;
                }));
    }

    private static boolean countyAssociation(Organization o) {
        return o.getUnitType() == UnitType.ASSOCIATION && o.getLevel() == OrgLevel.COUNTY;
    }
}
