package cn.kepu.works;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.support.PanelMean;

/**
 * 评审结果: each accepted work's panel mean (five scores up, the highest and lowest dropped) and its place within its
 * category — ties share a place. A national call has tens of thousands of works and hundreds of thousands of scores:
 * they are read as bare (work, category, points) rows in one query, and titles and authors only for the places shown.
 */
@Service
@Transactional(readOnly = true)
public class WorkResults {

    /** One work's place: its mean (null when nobody scored it yet), how many scores, its place (0 without a mean). */
    public record Place(long workId, WorkCategory category, int scores, BigDecimal mean, int rank) {
    }

    /** A place as shown, with what the work is. */
    public record Line(long workId, WorkCategory category, String title, String authors, String authorUnit, int scores,
            BigDecimal mean, int rank) {
    }

    /** A category's places, the best first, how many of its works are scored, and the first {@code shown} with names. */
    public record CategoryResults(WorkCategory category, int works, int scored, List<Place> places, List<Line> lines) {
    }

    private final WorkCatalog catalog;
    private final Works works;
    private final JdbcTemplate jdbc;

    WorkResults(WorkCatalog catalog, Works works, JdbcTemplate jdbc) {
        this.catalog = catalog;
        this.works = works;
        this.jdbc = jdbc;
    }

    /** The results of the call, each category's first {@code shown} places named. */
    public List<CategoryResults> of(long callId, int shown) {
        WorkCall call = catalog.call(callId);
        Map<Long, WorkCategory> categories = new HashMap<>();
        Map<Long, List<BigDecimal>> points = new HashMap<>();
        jdbc.query("select w.id, w.category, s.points from work w left join work_score s on s.work_id = w.id "
                + "where w.call_id = ? and w.state = 'ACCEPTED'", rs -> {
            long id = rs.getLong(1);
            categories.computeIfAbsent(id, k -> {
                try {
                    return WorkCategory.valueOf(rs.getString(2));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            List<BigDecimal> p = points.computeIfAbsent(id, k -> new ArrayList<>(5));
            BigDecimal score = rs.getBigDecimal(3);
            if (score != null) {
                p.add(score);
            }
        }, call.getId());
        Map<WorkCategory, List<Place>> byCategory = new EnumMap<>(WorkCategory.class);
        categories.forEach((id, category) -> {
            List<BigDecimal> p = points.get(id);
            byCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(new Place(id, category, p.size(), PanelMean.of(p).orElse(null), 0));
        });
        List<CategoryResults> ranked = new ArrayList<>();
        byCategory.forEach((category, places) -> ranked.add(ranked(category, places)));
        List<Long> named = ranked.stream().flatMap(c -> c.places().stream().limit(shown)).map(Place::workId).toList();
        Map<Long, Object[]> heads = heads(named);
        return ranked.stream().map(c -> new CategoryResults(c.category(), c.works(), c.scored(), c.places(), c.places().stream()
                .limit(shown).map(p -> {
                    Object[] h = heads.get(p.workId());
                    return new Line(p.workId(), p.category(), (String) h[1], (String) h[2], (String) h[3], p.scores(), p.mean(), p.rank());
                }).toList())).toList();
    }

    private Map<Long, Object[]> heads(Collection<Long> ids) {
        Map<Long, Object[]> heads = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += 1000) {
            works.headsOf(all.subList(i, Math.min(all.size(), i + 1000))).forEach(h -> heads.put((Long) h[0], h));
        }
        return heads;
    }

    static CategoryResults ranked(WorkCategory category, List<Place> places) {
        List<Place> sorted = new ArrayList<>(places);
        sorted.sort(Comparator.comparing(Place::mean, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Place::workId));
        List<Place> ranked = new ArrayList<>(sorted.size());
        int scored = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Place p = sorted.get(i);
            if (p.mean() == null) {
                ranked.add(p);
                continue;
            }
            scored++;
            Place before = i == 0 ? null : ranked.get(i - 1);
            int rank = before != null && before.mean() != null && before.mean().compareTo(p.mean()) == 0 ? before.rank() : i + 1;
            ranked.add(new Place(p.workId(), category, p.scores(), p.mean(), rank));
        }
        return new CategoryResults(category, sorted.size(), scored, ranked, List.of());
    }
}
