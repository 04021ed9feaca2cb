package cn.kepu.assessment;

import java.math.BigDecimal;

/**
 * A unit's figure for one indicator, as its rule reads it: what was done against what was asked (a quota's actual
 * and target, approved activities and their target, assignments finished on time and all of them, or the points the
 * issuer gave), and for timeliness the 督办 notices received.
 */
public record Figure(BigDecimal actual, BigDecimal target, int notices) {

    public static Figure of(long actual, long target) {
        return new Figure(BigDecimal.valueOf(actual), BigDecimal.valueOf(target), 0);
    }

    public static Figure of(String actual, String target) {
        return new Figure(new BigDecimal(actual), new BigDecimal(target), 0);
    }

    /** Points given by hand, or the number of times an adjustment applies. */
    public static Figure given(String value) {
        return new Figure(new BigDecimal(value), null, 0);
    }

    public Figure withNotices(int notices) {
        return new Figure(actual, target, notices);
    }
}
