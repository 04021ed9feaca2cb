package cn.kepu.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 评审组平均分: the mean of a panel's scores to one decimal (half up); with five scores or more the highest and the
 * lowest are dropped first, to blunt one reviewer's extreme. The one rule of project reviews, recommendation rounds and
 * works' expert panels.
 */
public final class PanelMean {

    /** From this many scores up, the highest and the lowest are dropped. */
    public static final int TRIMMED_FROM = 5;

    private PanelMean() {
    }

    /** Empty when there is no score. */
    public static Optional<BigDecimal> of(Collection<BigDecimal> points) {
        if (points.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> counted = new ArrayList<>(points);
        counted.sort(Comparator.naturalOrder());
        if (counted.size() >= TRIMMED_FROM) {
            counted = counted.subList(1, counted.size() - 1);
        }
        BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(counted.size()), 1, RoundingMode.HALF_UP));
    }
}
