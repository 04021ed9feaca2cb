package cn.kepu.plan;

import java.math.BigDecimal;

import cn.kepu.support.RuleViolation;

/** The bound a quota sets, and so how an actual value meets its target: 不少于 (≥), 不超过 (≤) or exactly (=). */
public enum Bound {
    AT_LEAST("≥", ">="), AT_MOST("≤", "<="), EXACTLY("=", "=");

    private final String symbol;
    private final String ascii;

    Bound(String symbol, String ascii) {
        this.symbol = symbol;
        this.ascii = ascii;
    }

    public String symbol() {
        return symbol;
    }

    public String ascii() {
        return ascii;
    }

    /** How far an actual value has come toward the target, from 0 to 1. */
    public double completion(BigDecimal actual, BigDecimal target) {
        if (this == AT_MOST) {
            return actual.compareTo(target) <= 0 ? 1 : 0;
        }
        if (target.signum() == 0) {
            return 1;
        }
        return Math.min(1, Math.max(0, actual.doubleValue() / target.doubleValue()));
    }

    public static Bound fromText(String text) {
        return switch (text.strip()) {
            case "≥", ">=", "不少于", "不低于", "至少", "以上" -> AT_LEAST;
            case "≤", "<=", "不超过", "不高于", "以内" -> AT_MOST;
            case "=", "＝" -> EXACTLY;
            default -> throw new RuleViolation("comparator", "比较方式“" + text + "”应为 ≥、≤ 或 =");
        };
    }
}
