package cn.kepu.activity;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationReshaped;
import cn.kepu.org.UnitType;
import cn.kepu.support.Times;

/**
 * The campaign dashboard's read model, so that a province or the nation is a few hundred rows to read, not a million
 * activities to count: for each association, the figures of a campaign's activities beneath it (table
 * {@code campaign_tally}, measures in V40).
 * <p>
 * Nothing is added up in the transaction that changes an activity — every registration in the country would queue on
 * the national association's rows. The change only marks the activity ({@link TallyMarks}); a fold, every few seconds on
 * each instance and before a dashboard is read, takes the marks, subtracts what each activity added when it was last
 * folded in ({@code activity_tallied}) and adds what it adds now. Folds take turns on one row, so instances never fold
 * the same mark twice. A campaign with very many marks (the first fold after V40, generated data) is recounted whole.
 */
@Component
class CampaignTally {

    private static final Logger log = LoggerFactory.getLogger(CampaignTally.class);
    static final int BATCH = 5_000;
    /** Beyond this many marks a campaign is recounted whole: one pass instead of a subtraction per activity. */
    static final int RECOUNT_ABOVE = 20_000;

    /** What one activity adds to the tally of every association credited (those on its organizer's path). */
    record Contribution(long campaignId, String units, String unitType, LocalDate submittedOn, boolean counting,
            boolean foodSafety, boolean withEvidence, String countedTopics, String targetGroups) {

        void addTo(Map<Key, Long> deltas, long sign) {
            for (String unit : Activity.split(units)) {
                long u = Long.parseLong(unit);
                Consumer<Key> add = key -> deltas.merge(key, sign, Long::sum);
                add.accept(new Key(campaignId, u, "R", ""));
                if (submittedOn != null) {
                    add.accept(new Key(campaignId, u, "D", submittedOn.toString()));
                }
                if (withEvidence) {
                    add.accept(new Key(campaignId, u, "E", ""));
                }
                if (counting) {
                    add.accept(new Key(campaignId, u, "C", ""));
                    add.accept(new Key(campaignId, u, "U", unitType));
                    Activity.split(countedTopics).forEach(t -> add.accept(new Key(campaignId, u, "T", t)));
                    Activity.split(targetGroups).forEach(g -> add.accept(new Key(campaignId, u, "G", g)));
                }
                if (foodSafety) {
                    add.accept(new Key(campaignId, u, "F", ""));
                }
            }
        }
    }

    record Key(long campaignId, long unitId, String measure, String item) {
    }

    private static final String CURRENT = "select a.id, a.campaign_id, o.path, o.unit_type, a.state, a.counted_topics, a.target_groups,"
            + " a.submitted_at, a.photo_count from activity a join organization o on o.id = a.organizer_id";
    private static final String MERGE = "merge into campaign_tally t using (values (cast(? as bigint), cast(? as bigint),"
            + " cast(? as varchar(1)), cast(? as varchar(300)), cast(? as bigint))) s (campaign_id, unit_id, measure, item, n)"
            + " on t.campaign_id = s.campaign_id and t.unit_id = s.unit_id and t.measure = s.measure and t.item = s.item"
            + " when matched then update set n = t.n + s.n"
            + " when not matched then insert (campaign_id, unit_id, measure, item, n) values (s.campaign_id, s.unit_id, s.measure, s.item, s.n)";
    private static final String REMEMBER = "insert into activity_tallied (activity_id, campaign_id, units, unit_type, submitted_on,"
            + " counting, food_safety, with_evidence, counted_topics, target_groups) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final NamedParameterJdbcTemplate jdbc;
    /** Reads a campaign's activities a batch at a time: a million rows at once would not fit the heap. */
    private final NamedParameterJdbcTemplate streaming;
    private final TransactionTemplate ownTransaction;
    private final Times times;
    private final Clock clock;

    CampaignTally(NamedParameterJdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactions, Times times,
            Clock clock) {
        this.jdbc = jdbc;
        JdbcTemplate batches = new JdbcTemplate(dataSource);
        batches.setFetchSize(BATCH);
        this.streaming = new NamedParameterJdbcTemplate(batches);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.times = times;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${kepu.dashboard.fold:5s}")
    void foldAll() {
        while (fold() > 0) {
            // until no marks are left
        }
    }

    /** A unit moved or retyped: the activities beneath it credit other associations or count as another type now. */
    @EventListener
    void on(OrganizationReshaped reshaped) {
        // By id too: the unit's own new path may not be written yet when this runs in the moving transaction.
        jdbc.update("insert into campaign_tally_pending (activity_id) select a.id from activity a join organization o"
                + " on o.id = a.organizer_id where o.id = :unit or o.path like :path", new MapSqlParameterSource("unit",
                        reshaped.organizationId()).addValue("path", reshaped.path() + "%"));
    }

    /** Folds up to {@link #BATCH} marks in a transaction of its own; how many it took. */
    int fold() {
        Integer folded = ownTransaction.execute(status -> {
            takeTurn();
            // Which campaign is crowded is asked only when the marks are many: it joins them all to their activities.
            if (waiting(RECOUNT_ABOVE) > RECOUNT_ABOVE) {
                List<Long> crowded = jdbc.getJdbcTemplate().queryForList("select a.campaign_id from campaign_tally_pending p"
                        + " join activity a on a.id = p.activity_id group by a.campaign_id having count(*) > " + RECOUNT_ABOVE,
                        Long.class);
                if (!crowded.isEmpty()) {
                    return recountIn(crowded.get(0));
                }
            }
            Map<Long, Long> marks = new HashMap<>();
            jdbc.getJdbcTemplate().query("select id, activity_id from campaign_tally_pending order by id fetch first " + BATCH
                    + " rows only", rs -> {
                        marks.put(rs.getLong(1), rs.getLong(2));
                    });
            if (marks.isEmpty()) {
                return 0;
            }
            foldIn(new LinkedHashSet<>(marks.values()));
            inChunks(marks.keySet(), ids -> jdbc.update("delete from campaign_tally_pending where id in (:ids)",
                    new MapSqlParameterSource("ids", ids)));
            return marks.size();
        });
        return folded == null ? 0 : folded;
    }

    /** The campaign counted again from its activities, whatever its tally says (after a repair of the data, say). */
    void recount(long campaignId) {
        ownTransaction.executeWithoutResult(status -> {
            takeTurn();
            recountIn(campaignId);
        });
    }

    /** Waits for a fold under way on any instance to end; the caller's transaction then holds the turn. */
    private void takeTurn() {
        jdbc.getJdbcTemplate().update("update campaign_tally_fold set folded_at = ? where id = 1", Timestamp.from(clock.instant()));
    }

    /** Each activity's change: what it added before taken away, what it adds now added. */
    private void foldIn(Set<Long> activityIds) {
        Map<Long, Contribution> before = new HashMap<>();
        Map<Long, Contribution> now = new HashMap<>();
        Set<Long> associations = associations();
        inChunks(activityIds, ids -> {
            MapSqlParameterSource p = new MapSqlParameterSource("ids", ids);
            jdbc.query("select * from activity_tallied where activity_id in (:ids)", p, rs -> {
                before.put(rs.getLong("activity_id"), remembered(rs));
            });
            jdbc.query(CURRENT + " where a.id in (:ids)", p, rs -> {
                now.put(rs.getLong(1), current(rs, associations));
            });
        });
        Map<Key, Long> deltas = new HashMap<>();
        List<Long> changed = new ArrayList<>();
        for (Long id : activityIds) {
            Contribution was = before.get(id);
            Contribution is = now.get(id);
            if (Objects.equals(was, is)) {
                continue;
            }
            changed.add(id);
            if (was != null) {
                was.addTo(deltas, -1);
            }
            if (is != null) {
                is.addTo(deltas, 1);
            }
        }
        write(deltas);
        inChunks(changed, ids -> jdbc.update("delete from activity_tallied where activity_id in (:ids)",
                new MapSqlParameterSource("ids", ids)));
        remember(changed.stream().filter(now::containsKey).map(id -> Map.entry(id, now.get(id))).toList());
    }

    /**
     * The campaign counted again from its activities: its rows replaced, its marks taken — only those read before the
     * count, as a mark written meanwhile may be for a change the count did not see.
     */
    private int recountIn(long campaignId) {
        long started = System.currentTimeMillis();
        List<Long> marks = jdbc.getJdbcTemplate().queryForList("select p.id from campaign_tally_pending p join activity a"
                + " on a.id = p.activity_id where a.campaign_id = ?", Long.class, campaignId);
        MapSqlParameterSource campaign = new MapSqlParameterSource("campaign", campaignId);
        jdbc.update("delete from campaign_tally where campaign_id = :campaign", campaign);
        jdbc.update("delete from activity_tallied where campaign_id = :campaign", campaign);
        Set<Long> associations = associations();
        Map<Key, Long> totals = new HashMap<>();
        List<Map.Entry<Long, Contribution>> batch = new ArrayList<>();
        streaming.query(CURRENT + " where a.campaign_id = :campaign", campaign, rs -> {
            Contribution c = current(rs, associations);
            c.addTo(totals, 1);
            batch.add(Map.entry(rs.getLong(1), c));
            if (batch.size() == BATCH) {
                remember(batch);
                batch.clear();
            }
        });
        remember(batch);
        write(totals);
        inChunks(marks, ids -> jdbc.update("delete from campaign_tally_pending where id in (:ids)", new MapSqlParameterSource("ids", ids)));
        log.info("活动看板汇总：活动{}重新计数，{}项改动，用时{}毫秒", campaignId, marks.size(), System.currentTimeMillis() - started);
        return marks.size();
    }

    /** How many marks wait to be folded, counted up to one more than {@code atMost}: the tally is behind until none. */
    private int waiting(int atMost) {
        return jdbc.getJdbcTemplate().queryForObject("select count(*) from (select id from campaign_tally_pending order by id"
                + " fetch first " + (atMost + 1) + " rows only) p", Integer.class);
    }

    /**
     * The campaign's figures beneath an association, folded up to now, with the counts within each association directly
     * beneath it and each county association; empty while many changes wait (the dashboard then counts live).
     */
    Optional<CampaignDashboard.Counts> counts(long campaignId, Organization root) {
        if (root.getUnitType() != UnitType.ASSOCIATION) {
            return Optional.empty();
        }
        // A few marks are folded here (changes made since are as new as this read); many mean a recount is under way.
        int waiting = waiting(BATCH);
        if (waiting > BATCH) {
            return Optional.empty();
        }
        if (waiting > 0) {
            fold();
        }
        MapSqlParameterSource p = new MapSqlParameterSource("campaign", campaignId).addValue("root", root.getId())
                .addValue("path", root.getPath() + "%");
        long[] totals = new long[3];
        Map<UnitType, Long> byType = new HashMap<>();
        Map<String, Long> topics = new HashMap<>();
        Map<String, Long> groups = new HashMap<>();
        TreeMap<LocalDate, Long> perDay = new TreeMap<>();
        jdbc.query("select measure, item, n from campaign_tally where campaign_id = :campaign and unit_id = :root and n <> 0", p, rs -> {
            String item = rs.getString(2);
            long n = rs.getLong(3);
            switch (rs.getString(1)) {
                case "R" -> totals[0] = n;
                case "C" -> totals[1] = n;
                case "E" -> totals[2] = n;
                case "U" -> byType.put(UnitType.valueOf(item), n);
                case "T" -> topics.put(item, n);
                case "G" -> groups.put(item, n);
                case "D" -> perDay.put(LocalDate.parse(item), n);
                default -> {
                }
            }
        });
        // Only the units the dashboard names (areas and counties), read from the units' side: the nation has 3,000 of
        // them, and their two rows each are found by index (V41).
        Map<Long, Long> counted = new HashMap<>();
        Map<Long, Long> foodSafety = new HashMap<>();
        jdbc.query("select o.id, c.n, f.n from organization o"
                + " left join campaign_tally c on c.campaign_id = :campaign and c.measure = 'C' and c.item = '' and c.unit_id = o.id"
                + " left join campaign_tally f on f.campaign_id = :campaign and f.measure = 'F' and f.item = '' and f.unit_id = o.id"
                + " where " + CampaignDashboard.NAMED, p, rs -> {
                    counted.put(rs.getLong(1), rs.getLong(2));
                    foodSafety.put(rs.getLong(1), rs.getLong(3));
                });
        return Optional.of(new CampaignDashboard.Counts(totals[0], totals[1], totals[2], counted, foodSafety, byType, topics, groups,
                perDay));
    }

    private Set<Long> associations() {
        return new HashSet<>(jdbc.getJdbcTemplate().queryForList("select id from organization where unit_type = 'ASSOCIATION'",
                Long.class));
    }

    private Contribution current(ResultSet rs, Set<Long> associations) throws SQLException {
        StringBuilder units = new StringBuilder("|");
        for (String id : rs.getString(3).split("/")) {
            if (!id.isEmpty() && associations.contains(Long.valueOf(id))) {
                units.append(id).append('|');
            }
        }
        boolean counting = ActivityState.COUNTING.contains(ActivityState.valueOf(rs.getString(5)));
        String topics = counting ? rs.getString(6) : "|";
        Timestamp submitted = rs.getTimestamp(8);
        return new Contribution(rs.getLong(2), units.toString(), rs.getString(4),
                submitted == null ? null : submitted.toInstant().atZone(times.zone()).toLocalDate(), counting,
                counting && topics.contains("|食品安全|"), rs.getString(5).equals(ActivityState.COMPLETED.name()) && rs.getInt(9) > 0,
                topics, counting ? rs.getString(7) : "|");
    }

    private static Contribution remembered(ResultSet rs) throws SQLException {
        Date day = rs.getDate("submitted_on");
        return new Contribution(rs.getLong("campaign_id"), rs.getString("units"), rs.getString("unit_type"),
                day == null ? null : day.toLocalDate(), rs.getBoolean("counting"), rs.getBoolean("food_safety"),
                rs.getBoolean("with_evidence"), rs.getString("counted_topics"), rs.getString("target_groups"));
    }

    private void remember(List<Map.Entry<Long, Contribution>> contributions) {
        jdbc.getJdbcTemplate().batchUpdate(REMEMBER, contributions.stream().map(e -> {
            Contribution c = e.getValue();
            return new Object[] {e.getKey(), c.campaignId(), c.units(), c.unitType(),
                c.submittedOn() == null ? null : Date.valueOf(c.submittedOn()), c.counting(), c.foodSafety(),
                c.withEvidence(), c.countedTopics(), c.targetGroups()};
        }).toList());
    }

    private void write(Map<Key, Long> deltas) {
        jdbc.getJdbcTemplate().batchUpdate(MERGE, deltas.entrySet().stream().filter(e -> e.getValue() != 0).map(e -> new Object[] {
            e.getKey().campaignId(), e.getKey().unitId(), e.getKey().measure(), e.getKey().item(), e.getValue()}).toList());
    }

    private static void inChunks(Collection<Long> ids, Consumer<List<Long>> action) {
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            action.accept(all.subList(from, Math.min(all.size(), from + 1000)));
        }
    }
}
