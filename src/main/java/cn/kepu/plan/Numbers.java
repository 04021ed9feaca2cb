package cn.kepu.plan;

import java.math.BigDecimal;

/** How numbers are written in plans. */
public final class Numbers {

    private Numbers() {
    }

    /** 一, 二, … 十九 for section numbers. */
    public static String chinese(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + digits[n % 10];
    }

    /** 60 rather than 60.00, 18.5 rather than 18.50. */
    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
