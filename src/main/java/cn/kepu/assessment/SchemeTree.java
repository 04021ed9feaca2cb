package cn.kepu.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stored scheme's indicators as the tree that scores units ({@link Indicator}), with where each computed one reads
 * its figure. Names are unique within a scheme, so figures, given points and adjustments are keyed by name.
 */
public record SchemeTree(List<SchemeIndicator> firstLevel, Map<Long, List<SchemeIndicator>> beneath,
        Map<String, SchemeIndicator> byName) {

    static SchemeTree of(List<SchemeIndicator> indicators) {
        List<SchemeIndicator> firstLevel = new ArrayList<>();
        Map<Long, List<SchemeIndicator>> beneath = new LinkedHashMap<>();
        Map<String, SchemeIndicator> byName = new LinkedHashMap<>();
        for (SchemeIndicator i : indicators) {
            byName.put(i.getName(), i);
            if (i.getParentId() == null) {
                firstLevel.add(i);
            } else {
                beneath.computeIfAbsent(i.getParentId(), p -> new ArrayList<>()).add(i);
            }
        }
        return new SchemeTree(firstLevel, beneath, byName);
    }

    public List<SchemeIndicator> beneath(SchemeIndicator group) {
        return beneath.getOrDefault(group.getId(), List.of());
    }

    /** The scoring tree; empty while the scheme has no indicator to score (a group with none beneath is left out). */
    Optional<Indicator> scoring(String title) {
        List<Indicator> top = new ArrayList<>();
        for (SchemeIndicator i : firstLevel) {
            if (i.getKind() != IndicatorKind.GROUP) {
                top.add(new Indicator(i.getName(), i.getPoints(), i.rule(), List.of()));
            } else if (!beneath(i).isEmpty()) {
                top.add(Indicator.group(i.getName(), beneath(i).stream()
                        .map(c -> new Indicator(c.getName(), c.getPoints(), c.rule(), List.of())).toArray(Indicator[]::new)));
            }
        }
        return top.isEmpty() ? Optional.empty() : Optional.of(Indicator.group(title, top.toArray(Indicator[]::new)));
    }

    /** Indicator name → where its figure comes from, for the computed indicators. */
    Map<String, Source> sources(int year) {
        Map<String, Source> sources = new LinkedHashMap<>();
        byName.forEach((name, i) -> {
            if (i.getKind().computed()) {
                sources.put(name, i.source(year));
            }
        });
        return sources;
    }

    /** The points of the full score: every scored indicator, 加分/扣分 aside. */
    public BigDecimal fullPoints() {
        return byName.values().stream().filter(i -> i.getKind() != IndicatorKind.GROUP && !i.getKind().adjustment())
                .map(SchemeIndicator::getPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A first-level indicator's points: its own, or those beneath it added up. */
    public BigDecimal points(SchemeIndicator i) {
        return i.getKind() != IndicatorKind.GROUP ? i.getPoints()
                : beneath(i).stream().map(SchemeIndicator::getPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    List<SchemeIndicator> all() {
        return List.copyOf(byName.values());
    }
}
