package cn.kepu.plan;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an actual comes from. One rule for every quota: a quota a source counts (活动数 fed by a campaign's approved
 * activities) takes its figure from that count, and what a unit types for it is a correction beside the count, with
 * its reason; a quota nothing counts takes the figure the unit reports. The assignment page shows the parts, so
 * "22" reads "审核通过的活动 2项 + 本单位填报的更正 20项" instead of a sum nobody can explain.
 */
@Service
@Transactional(readOnly = true)
class ActualSources {

    /** One part of an actual: what it is, in words, and how much it adds (a correction may subtract). */
    record Part(String label, BigDecimal amount) {
    }

    private final List<CountedSource> sources;
    private final QuotaActuals actuals;

    ActualSources(List<CountedSource> sources, QuotaActuals actuals) {
        this.sources = sources;
        this.actuals = actuals;
    }

    /** Quota id → what counts it, for those of these quotas a source counts. */
    Map<Long, String> feeding(Collection<Long> quotaIds) {
        Map<Long, String> feeding = new HashMap<>();
        for (CountedSource source : sources) {
            source.feeding(quotaIds).forEach((quota, words) -> feeding.merge(quota, words, (a, b) -> a + "、" + b));
        }
        return feeding;
    }

    /**
     * What counts the assignment's quotas and what each actual is made of, in words ("本单位审核通过的活动 2项 + 本单位填报的
     * 更正 20项"): what the assignment page shows, read once.
     */
    Progress.Actuals of(Assignment assignment) {
        Map<Long, String> fed = feeding(assignment.getTargets().stream().map(t -> t.getQuota().getId()).toList());
        Map<Long, String> unitOf = new HashMap<>();
        assignment.getTargets().forEach(t -> unitOf.put(t.getQuota().getId(), t.getQuota().getUnit()));
        Map<Long, String> words = new HashMap<>();
        parts(assignment, fed).forEach((quota, parts) -> words.put(quota, words(parts, unitOf.get(quota))));
        return new Progress.Actuals(fed, words);
    }

    static String words(List<Part> parts, String unit) {
        StringBuilder words = new StringBuilder();
        for (Part part : parts) {
            if (!words.isEmpty()) {
                words.append(part.amount().signum() < 0 ? " − " : " + ");
            } else if (part.amount().signum() < 0) {
                words.append("−");
            }
            words.append(part.label()).append(' ').append(Numbers.plain(part.amount().abs())).append(unit);
        }
        return words.toString();
    }

    /** Quota id → the parts of the assignment's actual (summed over its unit's subtree). */
    private Map<Long, List<Part>> parts(Assignment assignment, Map<Long, String> fed) {
        List<Long> quotaIds = assignment.getTargets().stream().map(t -> t.getQuota().getId()).toList();
        if (quotaIds.isEmpty()) {
            return Map.of();
        }
        long unit = assignment.getOrganization().getId();
        // Counted parts before typed ones, the unit's own before those beneath: the order a person checks them in.
        Map<Long, Map<String, BigDecimal>> sums = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        for (Object[] row : actuals.partsWithin(quotaIds, assignment.getOrganization().getPath())) {
            long quota = (Long) row[0];
            boolean own = ((Long) row[2]) == unit;
            boolean typed = Progress.REPORT_SOURCE.equals(row[1]);
            String label = (own ? "本单位" : "下级单位") + label((String) row[1], fed.containsKey(quota));
            rank.put(label, (typed ? 2 : 0) + (own ? 0 : 1));
            sums.computeIfAbsent(quota, q -> new HashMap<>()).merge(label, (BigDecimal) row[3], BigDecimal::add);
        }
        Map<Long, List<Part>> parts = new HashMap<>();
        sums.forEach((quota, byLabel) -> parts.put(quota, byLabel.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, BigDecimal> e) -> rank.get(e.getKey())))
                .map(e -> new Part(e.getKey(), e.getValue().stripTrailingZeros())).toList()));
        return parts;
    }

    /** Quota id → the assignment's actual without what its own unit reported: what a correction is added to. */
    Map<Long, BigDecimal> countedBeside(Assignment assignment, Collection<Long> quotaIds) {
        Map<Long, BigDecimal> counted = new HashMap<>();
        if (quotaIds.isEmpty()) {
            return counted;
        }
        long unit = assignment.getOrganization().getId();
        for (Object[] row : actuals.partsWithin(quotaIds, assignment.getOrganization().getPath())) {
            if (!(Progress.REPORT_SOURCE.equals(row[1]) && ((Long) row[2]) == unit)) {
                counted.merge((Long) row[0], (BigDecimal) row[3], BigDecimal::add);
            }
        }
        return counted;
    }

    private String label(String source, boolean fed) {
        if (Progress.REPORT_SOURCE.equals(source)) {
            return fed ? "填报的更正" : "填报";
        }
        return sources.stream().filter(s -> s.source().equals(source)).map(CountedSource::label).findFirst().orElse(source);
    }
}
