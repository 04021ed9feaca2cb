package cn.kepu.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An indicator of a scheme (一级/二级指标): its name and points, and either a rule that scores a unit's figure or the
 * indicators beneath it, whose scores it adds up. 加分/扣分 items are indicators of no points whose rule is an
 * {@link Rule.Adjustment}: they move the total without being part of the full score.
 */
public record Indicator(String name, BigDecimal points, Rule rule, List<Indicator> children) {

    public Indicator {
        children = List.copyOf(children);
        if ((rule == null) == children.isEmpty()) {
            throw new IllegalArgumentException("An indicator has a rule or indicators beneath it, not both: " + name);
        }
    }

    public static Indicator scored(String name, String points, Rule rule) {
        return new Indicator(name, new BigDecimal(points), rule, List.of());
    }

    public static Indicator adjustment(String name, Rule.Adjustment rule) {
        return new Indicator(name, BigDecimal.ZERO, rule, List.of());
    }

    public static Indicator group(String name, Indicator... children) {
        BigDecimal points = List.of(children).stream().map(Indicator::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Indicator(name, points, null, List.of(children));
    }

    /** An indicator's score for one unit, with the scores beneath it. */
    public record Score(String name, BigDecimal points, BigDecimal scored, String why, List<Score> children) {
    }

    /**
     * Scores a unit: each rule reads the unit's figure for its indicator, by name; a scored indicator without a
     * figure scores nothing and says so (its data has not come in).
     */
    public Score score(Map<String, Figure> figures) {
        if (rule != null) {
            Figure figure = figures.get(name);
            if (figure == null) {
                return new Score(name, points, BigDecimal.ZERO.setScale(2), "暂无数据，得0分", List.of());
            }
            Rule.Scored scored = rule.score(points, figure);
            return new Score(name, points, scored.points(), scored.why(), List.of());
        }
        List<Score> scores = new ArrayList<>();
        for (Indicator child : children) {
            scores.add(child.score(figures));
        }
        BigDecimal total = scores.stream().map(Score::scored).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new Score(name, points, total, null, scores);
    }
}
