package cn.kepu.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How an indicator turns a unit's figure into points. Each rule says what it scores in words, so a unit reads why it
 * has the points it has ("完成率85%，得8.5分（满分10分）"). Points are kept to two decimals, rounded half up.
 */
public sealed interface Rule {

    /** The points for a figure, at most {@code points} plus whatever the rule allows above them. */
    Scored score(BigDecimal points, Figure figure);

    /** Points and the sentence that explains them. */
    record Scored(BigDecimal points, String why) {

        public Scored {
            points = round(points);
        }
    }

    /**
     * Completion against a target — a quota of the ledger (its completion) or a count of approved activities against a
     * target — scored in proportion: full points at the target; above it, {@code extraPerTarget} more points for each
     * further target's worth, up to {@code extraCap} (zero: capped at full points).
     */
    record Proportional(BigDecimal extraPerTarget, BigDecimal extraCap) implements Rule {

        public static Proportional capped() {
            return new Proportional(BigDecimal.ZERO, BigDecimal.ZERO);
        }

        @Override
        public Scored score(BigDecimal points, Figure figure) {
            if (figure.target() == null || figure.target().signum() <= 0) {
                throw new IllegalArgumentException("A proportional rule needs a positive target");
            }
            BigDecimal ratio = figure.actual().max(BigDecimal.ZERO).divide(figure.target(), 6, RoundingMode.HALF_UP);
            BigDecimal base = points.multiply(ratio.min(BigDecimal.ONE));
            BigDecimal extra = ratio.compareTo(BigDecimal.ONE) > 0
                    ? extraPerTarget.multiply(ratio.subtract(BigDecimal.ONE)).min(extraCap) : BigDecimal.ZERO;
            BigDecimal earned = round(base.add(extra));
            return new Scored(earned, "完成" + plain(figure.actual()) + "，目标" + plain(figure.target())
                    + "（" + percent(ratio) + "），得" + plain(earned) + "分（满分" + plain(points) + "分"
                    + (extra.signum() > 0 ? "，超额加" + plain(round(extra)) + "分" : "") + "）");
        }
    }

    /**
     * Timeliness: the share of the unit's assignments finished by their deadline, times the points, less
     * {@code perNotice} for each 督办 notice the unit received — never below zero.
     */
    record Timeliness(BigDecimal perNotice) implements Rule {

        @Override
        public Scored score(BigDecimal points, Figure figure) {
            BigDecimal share = figure.target().signum() == 0 ? BigDecimal.ONE
                    : figure.actual().divide(figure.target(), 6, RoundingMode.HALF_UP);
            BigDecimal off = perNotice.multiply(BigDecimal.valueOf(figure.notices()));
            BigDecimal earned = round(points.multiply(share).subtract(off).max(BigDecimal.ZERO));
            return new Scored(earned, "按时完成" + plain(figure.actual()) + "/" + plain(figure.target()) + "项"
                    + (figure.notices() > 0 ? "，收到督办单" + figure.notices() + "份扣" + plain(off) + "分" : "")
                    + "，得" + plain(earned) + "分（满分" + plain(points) + "分）");
        }
    }

    /** Scored by the issuer (after the unit's self-assessment): the given points, never above the indicator's. */
    record Manual() implements Rule {

        @Override
        public Scored score(BigDecimal points, Figure figure) {
            if (figure.actual().signum() < 0 || figure.actual().compareTo(points) > 0) {
                throw new IllegalArgumentException("评分应在0到" + plain(points) + "分之间");
            }
            return new Scored(figure.actual(), "评分" + plain(figure.actual()) + "分（满分" + plain(points) + "分）");
        }
    }

    /**
     * 加分/扣分: each occurrence adds (or, negative, takes) {@code each}, the total at most {@code cap} either way —
     * "受省级表彰 +2，最多加4分", "逾期报送每次 −0.5，最多扣3分".
     */
    record Adjustment(BigDecimal each, BigDecimal cap) implements Rule {

        @Override
        public Scored score(BigDecimal points, Figure figure) {
            BigDecimal total = each.multiply(figure.actual());
            BigDecimal limited = each.signum() >= 0 ? total.min(cap) : total.max(cap.negate());
            String word = each.signum() >= 0 ? "加" : "扣";
            return new Scored(limited, plain(figure.actual()) + "次，" + word + plain(round(limited).abs()) + "分"
                    + (limited.compareTo(total) != 0 ? "（最多" + word + plain(cap) + "分）" : ""));
        }
    }

    private static BigDecimal round(BigDecimal points) {
        return points.setScale(2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String percent(BigDecimal ratio) {
        return ratio.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
