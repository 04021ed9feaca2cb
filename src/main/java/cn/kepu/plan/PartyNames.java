package cn.kepu.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import cn.kepu.org.Organization;
import cn.kepu.support.RuleViolation;

/**
 * Reads "各县市区（功能区）科协，市科技馆、泰山区、岱岳区科协" into selectors and organizations, looking names up
 * among the units a plan's issuer can reach: full name, short name, or the short form documents use (泰山区 for
 * 泰山区科协). Other modules get one from {@link PlanDrafting#names} and read each name once.
 */
public final class PartyNames {

    private final List<Organization> units;

    PartyNames(List<Organization> units) {
        this.units = units;
    }

    /** What one lead or responsible name stands for: a kind of unit or one organization, if any fits. */
    public Optional<Party> party(String name) {
        return UnitSelector.fromText(name).map(s -> new Party(null, s)).or(() -> find(name).map(o -> new Party(o, null)));
    }

    /**
     * What a quota's subject stands for ("县市区" and "各市级学会" as kinds, "泰山区" as a unit); empty for
     * "每个责任单位", whose quota applies to every responsible unit, and for a name nothing fits.
     */
    public Optional<Party> subject(String name) {
        return QuotaWording.selectorIn(name).map(s -> new Party(null, s)).or(() -> find(name).map(o -> new Party(o, null)));
    }

    /** Every named party, or a violation naming each name it could not find (field {@code field}). */
    List<Party> read(String text, String field, String what) {
        List<Party> parties = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        String phrased = text == null ? null : text.replaceAll("(各)?县市区、功能区科协", "各县市区（功能区）科协");
        for (String item : split(phrased)) {
            party(item).ifPresentOrElse(parties::add, () -> unknown.add(item));
        }
        if (!unknown.isEmpty()) {
            throw new RuleViolation(field, "找不到" + what + "“" + String.join("”“", unknown)
                    + "”：请填写系统中的单位名称（或简称），或“各县市区（功能区）科协”“各市级学会”等类别");
        }
        return parties;
    }

    Optional<Organization> find(String name) {
        String n = name.strip();
        for (var match : List.<Predicate<Organization>>of(
                o -> o.getName().equals(n),
                o -> n.equals(o.getShortName()),
                o -> (n + "科协").equals(o.getShortName()),
                o -> o.getShortName() != null && n.length() >= 3 && o.getShortName().endsWith(n))) {
            List<Organization> found = units.stream().filter(Organization::isEnabled).filter(match).toList();
            Optional<Organization> highest = highest(found);
            if (highest.isPresent()) {
                return highest;
            }
        }
        // 区教育局 ↔ 区教育和体育局: the same start and end, the shorter's characters in order — when only one fits.
        List<Organization> loose = units.stream().filter(Organization::isEnabled)
                .filter(o -> abbreviates(n, o.getName()) || o.getShortName() != null && abbreviates(n, o.getShortName())).toList();
        return loose.size() == 1 ? Optional.of(loose.get(0)) : Optional.empty();
    }

    /**
     * The one unit among several that sits highest in the tree: in 泰安市科协's document "市科协" is 泰安市科协 itself,
     * not 新泰市科协 or 肥城市科协 beneath it. Two at the same height stay ambiguous.
     */
    private static Optional<Organization> highest(List<Organization> found) {
        if (found.size() <= 1) {
            return found.stream().findFirst();
        }
        int top = found.stream().mapToInt(PartyNames::depth).min().orElseThrow();
        List<Organization> atTop = found.stream().filter(o -> depth(o) == top).toList();
        return atTop.size() == 1 ? Optional.of(atTop.get(0)) : Optional.empty();
    }

    private static int depth(Organization o) {
        return (int) o.getPath().chars().filter(c -> c == '/').count();
    }

    static boolean abbreviates(String shorter, String longer) {
        if (shorter.length() < 3 || shorter.length() >= longer.length() || shorter.charAt(0) != longer.charAt(0)
                || shorter.charAt(shorter.length() - 1) != longer.charAt(longer.length() - 1)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < longer.length() && j < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(j)) {
                j++;
            }
        }
        return j == shorter.length();
    }

    static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth--;
            }
            if (depth == 0 && "，,、；;\n".indexOf(c) >= 0) {
                add(items, current);
            } else {
                current.append(c);
            }
        }
        add(items, current);
        return items;
    }

    private static void add(List<String> items, StringBuilder current) {
        String item = current.toString().strip().replaceAll("〔.*?〕", "");
        if (!item.isEmpty()) {
            items.add(item);
        }
        current.setLength(0);
    }
}
