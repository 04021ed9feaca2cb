package cn.kepu.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Grade bands (优秀/良好/合格/不合格), either by score — the first band whose minimum the total reaches — or by rank
 * share — the first band whose share of the group the rank falls within (rounded up, so 20% of 8 units is the first
 * 2 ranks; units sharing a rank share its grade). The last band takes the rest.
 */
public sealed interface Grades {

    String grade(BigDecimal total, int rank, int units);

    /** Bands in order, each with its lowest total; the last band is for everything below. */
    record ByScore(Map<String, BigDecimal> minimums, String rest) implements Grades {

        public ByScore {
            minimums = new LinkedHashMap<>(minimums);
        }

        @Override
        public String grade(BigDecimal total, int rank, int units) {
            return minimums.entrySet().stream().filter(band -> total.compareTo(band.getValue()) >= 0)
                    .map(Map.Entry::getKey).findFirst().orElse(rest);
        }
    }

    /** Bands in order, each with its share of the group (0.2 = the top fifth), cumulative; the last takes the rest. */
    record ByShare(Map<String, BigDecimal> shares, String rest) implements Grades {

        public ByShare {
            shares = new LinkedHashMap<>(shares);
        }

        @Override
        public String grade(BigDecimal total, int rank, int units) {
            BigDecimal reached = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> band : shares.entrySet()) {
                reached = reached.add(band.getValue());
                int lastRank = reached.multiply(BigDecimal.valueOf(units)).setScale(0, java.math.RoundingMode.CEILING).intValue();
                if (rank <= lastRank) {
                    return band.getKey();
                }
            }
            return rest;
        }
    }
}
