package cn.kepu.plan;

import java.math.BigDecimal;

final class Numbers {

    private Numbers() {
    }

    /** 60 rather than 60.00, 18.5 rather than 18.50. */
    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
