package cn.kepu.literacy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.Organization;

/**
 * What a region's charts draw, in one value the page carries as JSON: its rates by year beside its parent region's
 * (or the country's), its target line, the trend in words, the regions beneath it in one year, and the latest breakdowns.
 */
@Component
@Transactional(readOnly = true)
class LiteracyCharts {

    record Line(String name, List<BigDecimal> rates) {
    }

    record Target(int year, BigDecimal rate, String label) {
    }

    record Group(String dimension, String group, BigDecimal rate) {
    }

    record Charts(String region, List<Integer> years, List<Line> lines, Target target, String trend, Integer comparedYear,
            List<LiteracyRegistry.Compared> compared, Integer breakdownYear, List<Group> breakdowns) {
    }

    private final LiteracyRegistry registry;
    private final LiteracyCounting counting;

    LiteracyCharts(LiteracyRegistry registry, LiteracyCounting counting) {
        this.registry = registry;
        this.counting = counting;
    }

    /** The national charts (region null) or a region's, the comparison in {@code year} (the latest measured when null). */
    Charts of(Organization region, Integer year) {
        List<LiteracyRate> own = registry.series(region == null ? null : region.getId());
        // Compared with the nearest region above that has measured anything, else with the country.
        List<LiteracyRate> above = List.of();
        String aboveName = null;
        if (region != null) {
            Optional<Organization> parent = registry.parentRegion(region);
            while (parent.isPresent() && above.isEmpty()) {
                above = registry.series(parent.get().getId());
                aboveName = LiteracyRate.regionName(parent.get());
                parent = registry.parentRegion(parent.get());
            }
            if (above.isEmpty()) {
                above = registry.series(null);
                aboveName = LiteracyRate.NATIONAL;
            }
        }

        Optional<LiteracyCounting.Target> goal = region == null ? Optional.empty()
                : counting.targetsOf(region.getId()).stream().findFirst();
        TreeSet<Integer> years = new TreeSet<>();
        own.forEach(r -> years.add(r.getSurveyYear()));
        above.forEach(r -> years.add(r.getSurveyYear()));
        goal.ifPresent(g -> years.add(g.year()));
        List<Line> lines = new ArrayList<>();
        String name = region == null ? LiteracyRate.NATIONAL : LiteracyRate.regionName(region);
        lines.add(new Line(name, align(years, own)));
        if (!above.isEmpty()) {
            lines.add(new Line(aboveName, align(years, above)));
        }
        Target target = goal.map(g -> new Target(g.year(), g.rate(), g.year() + "年目标 " + g.rate().stripTrailingZeros().toPlainString() + "%"))
                .orElse(null);
        Optional<Projection> projection = goal.flatMap(g -> LiteracyRegistry.projection(own, g.year(), g.year(), g.rate()));
        String trend = projection.map(Projection::words).orElse(null);
        projection.filter(p -> p.lastYear() < p.targetYear()).ifPresent(p -> {
            // The trend drawn from the last measurement to the target year, beside the words.
            List<BigDecimal> dotted = new ArrayList<>();
            BigDecimal last = own.stream().filter(r -> r.getSurveyYear() == p.lastYear()).findFirst().map(LiteracyRate::getRate).orElse(null);
            years.forEach(y -> dotted.add(y == p.lastYear() ? last : y == p.targetYear() ? p.projected() : null));
            lines.add(new Line("趋势推算", dotted));
        });

        Integer comparedYear = year;
        List<LiteracyRegistry.Compared> compared = List.of();
        if (region != null) {
            if (comparedYear == null) {
                comparedYear = own.isEmpty() ? registry.thisYear() - 1 : own.get(own.size() - 1).getSurveyYear();
            }
            compared = registry.comparison(region.getId(), comparedYear);
        }
        LiteracyRate withGroups = null;
        for (LiteracyRate r : own) {
            if (!r.getBreakdowns().isEmpty()) {
                withGroups = r;
            }
        }
        List<Group> groups = withGroups == null ? List.of() : withGroups.getBreakdowns().stream()
                .map(b -> new Group(b.getDimension().label(), b.getGroup(), b.getRate())).toList();
        return new Charts(name, new ArrayList<>(years), lines, target, trend, comparedYear, compared,
                withGroups == null ? null : withGroups.getSurveyYear(), groups);
    }

    private static List<BigDecimal> align(TreeSet<Integer> years, List<LiteracyRate> series) {
        Map<Integer, BigDecimal> byYear = series.stream().collect(Collectors.toMap(LiteracyRate::getSurveyYear,
                LiteracyRate::getRate, (a, b) -> b));
        return years.stream().map(y -> byYear.get(y)).collect(Collectors.toList());
    }

}
