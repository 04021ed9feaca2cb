package cn.kepu.project;

import java.math.BigDecimal;
import java.util.List;

import cn.kepu.support.RuleViolation;

/**
 * Money as the notices write it: 万元, exact to the yuan (four decimal places), never a float. Reads what a person typed
 * ("12.5", "12.5万元", "1,200") and writes it back without trailing zeros.
 */
public final class Funds {

    static final BigDecimal MAX = new BigDecimal("100000000");

    private Funds() {
    }

    /** The amount, or null with the problem added (field and label name it in the message). */
    static BigDecimal parse(String text, String field, String label, boolean required, List<RuleViolation> problems) {
        String t = text == null ? "" : text.strip().replace(",", "").replace("，", "").replace("万元", "").replace("万", "").strip();
        if (t.isEmpty()) {
            if (required) {
                problems.add(new RuleViolation(field, "请填写" + label + "（万元）"));
            }
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(t);
        } catch (NumberFormatException e) {
            problems.add(new RuleViolation(field, label + "“" + text.strip() + "”不是金额，请填写以万元为单位的数字，如 12.5"));
            return null;
        }
        if (amount.signum() <= 0) {
            problems.add(new RuleViolation(field, label + "应大于0"));
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 4) {
            problems.add(new RuleViolation(field, label + "最多保留四位小数（以万元为单位，精确到元）"));
            return null;
        }
        if (amount.compareTo(MAX) >= 0) {
            problems.add(new RuleViolation(field, label + "过大（单位为万元）"));
            return null;
        }
        return amount.setScale(4);
    }

    /** 12.5000 → "12.5". */
    public static String format(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    /** "12.5万元", or "—" when there is none. */
    public static String text(BigDecimal amount) {
        return amount == null ? "—" : format(amount) + "万元";
    }
}
