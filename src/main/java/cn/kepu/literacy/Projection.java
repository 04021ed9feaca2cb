package cn.kepu.literacy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Where a region's measured rates lead by a target year: the least-squares straight line through the measurements,
 * read at that year. Two measurements make a trend; one does not, and then nothing is projected — a guess from one
 * point would read as a forecast. The target is a minimum (不低于18%): reached when the line reaches it.
 */
public record Projection(int firstYear, int lastYear, int targetYear, BigDecimal projected, BigDecimal target) {

    /** A measurement: a year and the rate found. */
    public record Point(int year, BigDecimal rate) {
    }

    /** The line through these points (at least two distinct years) read at the target year; empty with fewer. */
    public static Optional<Projection> of(List<Point> points, int targetYear, BigDecimal target) {
        if (points.stream().map(Point::year).distinct().count() < 2) {
            return Optional.empty();
        }
        double n = points.size();
        double meanX = points.stream().mapToInt(Point::year).average().orElseThrow();
        double meanY = points.stream().mapToDouble(p -> p.rate().doubleValue()).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (Point p : points) {
            sxy += (p.year() - meanX) * (p.rate().doubleValue() - meanY);
            sxx += (p.year() - meanX) * (p.year() - meanX);
        }
        double slope = sxy / sxx;
        double at = meanY + slope * (targetYear - meanX);
        // A rate stays a rate: the line may not leave 0–100 however steep the few points are.
        BigDecimal projected = BigDecimal.valueOf(Math.max(0, Math.min(100, at))).setScale(2, RoundingMode.HALF_UP);
        int first = points.stream().mapToInt(Point::year).min().orElseThrow();
        int last = points.stream().mapToInt(Point::year).max().orElseThrow();
        return Optional.of(new Projection(first, last, targetYear, projected, target)).filter(x -> n >= 2);
    }

    public boolean reaches() {
        return target == null || projected.compareTo(target) >= 0;
    }

    /** "按2022—2024年趋势2025年可达 18.40%，可完成" or "…，难以完成". */
    public String words() {
        return "按" + firstYear + "—" + lastYear + "年趋势" + targetYear + "年可达 " + projected.toPlainString() + "%"
                + (target == null ? "" : reaches() ? "，可完成" : "，难以完成");
    }
}
