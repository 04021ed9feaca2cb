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

    /** The points the issuer set a computed indicator to, and why; the computed score stays beside it in words. */
    public record Adjusted(BigDecimal points, String reason) {
    }

    /** An indicator's score for one unit, with the scores beneath it. */
    public record Score(String name, BigDecimal points, BigDecimal scored, String why, List<Score> children) {
    }

    /**
     * Scores a unit: each rule reads the unit's figure for its indicator, by name; a scored indicator without a
     * figure scores nothing and says so (its data has not come in).
     */
    public Score score(Map<String, Figure> figures) {
        return score(figures, Map.of());
    }

    /** Scores a unit, an adjusted indicator taking the points it was set to (its computed score said beside them). */
    public Score score(Map<String, Figure> figures, Map<String, Adjusted> adjustments) {
        if (rule != null) {
            Figure figure = figures.get(name);
            Adjusted adjusted = adjustments.get(name);
            String computed;
            BigDecimal earned;
            if (figure == null) {
                earned = BigDecimal.ZERO.setScale(2);
                computed = rule instanceof Rule.Manual ? "待评分，暂计0分" : "暂无数据，得0分";
            } else {
                Rule.Scored scored = rule.score(points, figure);
                earned = scored.points();
                computed = scored.why();
            }
            if (adjusted != null) {
                return new Score(name, points, adjusted.points().setScale(2, java.math.RoundingMode.HALF_UP), computed + "；调整为"
                        + adjusted.points().stripTrailingZeros().toPlainString() + "分（理由：" + adjusted.reason() + "）", List.of());
            }
            return new Score(name, points, earned, computed, List.of());
        }
        List<Score> scores = new ArrayList<>();
        for (Indicator child : children) {
            scores.add(child.score(figures, adjustments));
        }
        BigDecimal total = scores.stream().map(Score::scored).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new Score(name, points, total, null, scores);
    }
}
