package cn.kepu.works;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.support.PanelMean;

/**
 * 评审结果: each accepted work's panel mean (five scores up, the highest and lowest dropped) and its place within its
 * category — ties share a place — from one read of every score of the call, whatever the number of works.
 */
@Service
@Transactional(readOnly = true)
public class WorkResults {

    /** One work's line: its mean (null when nobody scored it yet), how many scores, its place (0 without a mean). */
    public record Line(long workId, WorkCategory category, String title, String authors, String authorUnit, int scores,
            BigDecimal mean, int rank) {
    }

    /** A category's results, the best first, and how many of its works are scored. */
    public record CategoryResults(WorkCategory category, int works, int scored, List<Line> lines) {

        public List<Line> top(int n) {
            return lines.subList(0, Math.min(n, lines.size()));
        }
    }

    private final WorkCatalog catalog;
    private final Works works;

    WorkResults(WorkCatalog catalog, Works works) {
        this.catalog = catalog;
        this.works = works;
    }

    public List<CategoryResults> of(long callId) {
        WorkCall call = catalog.call(callId);
        Map<Long, Object[]> head = new LinkedHashMap<>();
        Map<Long, List<BigDecimal>> points = new LinkedHashMap<>();
        for (Object[] r : works.scoresOf(call.getId())) {
            long id = (Long) r[0];
            head.putIfAbsent(id, r);
            List<BigDecimal> p = points.computeIfAbsent(id, k -> new ArrayList<>());
            if (r[5] != null) {
                p.add((BigDecimal) r[5]);
            }
        }
        Map<WorkCategory, List<Line>> byCategory = new EnumMap<>(WorkCategory.class);
        head.forEach((id, r) -> {
            List<BigDecimal> p = points.get(id);
            byCategory.computeIfAbsent((WorkCategory) r[1], c -> new ArrayList<>()).add(new Line(id, (WorkCategory) r[1], (String) r[2],
                    (String) r[3], (String) r[4], p.size(), PanelMean.of(p).orElse(null), 0));
        });
        List<CategoryResults> results = new ArrayList<>();
        byCategory.forEach((category, lines) -> results.add(ranked(category, lines)));
        return results;
    }

    static CategoryResults ranked(WorkCategory category, List<Line> lines) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(Line::mean, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Line::workId));
        List<Line> ranked = new ArrayList<>();
        int scored = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Line l = sorted.get(i);
            if (l.mean() == null) {
                ranked.add(l);
                continue;
            }
            scored++;
            Line before = i == 0 ? null : ranked.get(i - 1);
            int rank = before != null && before.mean() != null && before.mean().compareTo(l.mean()) == 0 ? before.rank() : i + 1;
            ranked.add(new Line(l.workId(), category, l.title(), l.authors(), l.authorUnit(), l.scores(), l.mean(), rank));
        }
        return new CategoryResults(category, sorted.size(), scored, ranked);
    }
}
