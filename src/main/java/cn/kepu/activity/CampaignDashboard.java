package cn.kepu.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.UnitType;
import cn.kepu.plan.PlanCatalog;
import cn.kepu.support.Times;

/**
 * The campaign's figures for the user's part of the tree: counted activities by area and by unit type against
 * the targets of the quotas the campaign feeds, by topic and target group, registrations per day, the share with
 * complete evidence, and food-safety counts per county for the assessment. The counts come from the campaign tally
 * ({@link CampaignTally}) beneath an association, and are counted from the activities otherwise.
 */
@Service
@Transactional(readOnly = true)
class CampaignDashboard {

    static final List<String> TOPICS = List.of("食品安全", "乡村振兴", "双减", "应急科普", "健康科普", "生态科普", "科学防疫",
            "数字素养", "防灾避险", "低碳生活", "知识产权", "国防知识");
    static final List<String> GROUPS = List.of("青少年", "农民", "产业工人", "老年人", "领导干部和公务员", "社区居民");

    /** One bar: a name, its count, and its target where a quota sets one. */
    public record Bar(String name, long count, BigDecimal target) {
    }

    public record Day(LocalDate day, long count) {
    }

    public record Figures(String root, long registered, long counted, long withEvidence, List<Bar> byArea, List<Bar> byUnitType,
            List<Bar> byTopic, List<Bar> byGroup, List<Day> perDay, List<Bar> foodSafetyByCounty) {

        public long evidencePercent() {
            return counted == 0 ? 0 : Math.round(100.0 * withEvidence / counted);
        }
    }

    /**
     * The counts the figures are made of, for the root's subtree: totals; counted and 食品安全 per unit beneath (each
     * unit's whole subtree; at least for the units the figures name, {@link #NAMED}); counted by the organizer's unit
     * type; counted by topic and target group; registered by day of submission.
     */
    record Counts(long registered, long counted, long withEvidence, Map<Long, Long> countedWithin, Map<Long, Long> foodSafetyWithin,
            Map<UnitType, Long> countedByType, Map<String, Long> topics, Map<String, Long> groups, SortedMap<LocalDate, Long> perDay) {
    }

    /**
     * The units the figures name (organization {@code o}, beneath {@code :path}): the areas — associations directly
     * beneath the root {@code :root} (cities for a province, counties for a city) — and the county associations.
     */
    static final String NAMED = "o.path like :path and o.unit_type = 'ASSOCIATION' and (o.parent_id = :root or o.level = 'COUNTY')";

    /** A unit the figures name: an area or a county association ({@link #NAMED}). */
    private record Named(long id, String name, boolean area, boolean county) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CampaignTally tally;
    private final DataScope scope;
    private final CampaignManagement campaigns;
    private final PlanCatalog plans;
    private final Times times;

    CampaignDashboard(NamedParameterJdbcTemplate jdbc, CampaignTally tally, DataScope scope, CampaignManagement campaigns,
            PlanCatalog plans, Times times) {
        this.jdbc = jdbc;
        this.tally = tally;
        this.scope = scope;
        this.campaigns = campaigns;
        this.plans = plans;
        this.times = times;
    }

    /** From the tally where the root is an association it keeps; counted from the activities otherwise. */
    public Figures figures(long campaignId) {
        return figures(campaigns.campaign(campaignId));
    }

    /** The figures of a campaign the caller has read (and so may see). */
    public Figures figures(Campaign campaign) {
        Organization root = root(campaign);
        return figures(campaign, root, tally.counts(campaign.getId(), root).orElseGet(() -> live(campaign.getId(), root)));
    }

    /** The same figures counted from the activities, whatever the tally says: what the tally is tested against. */
    Figures liveFigures(long campaignId) {
        Campaign campaign = campaigns.campaign(campaignId);
        Organization root = root(campaign);
        return figures(campaign, root, live(campaignId, root));
    }

    private Figures figures(Campaign campaign, Organization root, Counts counts) {
        MapSqlParameterSource p = new MapSqlParameterSource("root", root.getId()).addValue("path", root.getPath() + "%");
        // Areas are bars (the rest is the root's own and its direct units'); counties are named in the 食品安全 table.
        List<Named> named = jdbc.query("select o.id, o.name, o.short_name, o.parent_id = :root, o.level = 'COUNTY'"
                + " from organization o where " + NAMED + " order by o.path",
                p, (rs, i) -> new Named(rs.getLong(1), rs.getString(3) == null || rs.getString(3).isBlank() ? rs.getString(2)
                        : rs.getString(3), rs.getBoolean(4), rs.getBoolean(5)));

        List<Bar> byArea = new ArrayList<>();
        Map<Long, BigDecimal> targets = plans.targetsFor(campaigns.quotaLinks(campaign).entrySet().stream()
                .filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList());
        long inAreas = 0;
        for (Named area : named) {
            if (area.area()) {
                long n = counts.countedWithin().getOrDefault(area.id(), 0L);
                byArea.add(new Bar(area.name(), n, targets.get(area.id())));
                inAreas += n;
            }
        }
        byArea.add(new Bar(root.getDisplayName() + "及直属单位", counts.counted() - inAreas, null));

        Map<UnitType, BigDecimal> typeTargets = new EnumMap<>(UnitType.class);
        if (!targets.isEmpty()) {
            jdbc.query("select id, unit_type from organization where id in (:ids) and path like :path",
                    p.addValue("ids", targets.keySet()), rs -> {
                        typeTargets.merge(UnitType.valueOf(rs.getString(2)), targets.get(rs.getLong(1)), BigDecimal::add);
                    });
        }
        List<Bar> byUnitType = new ArrayList<>();
        for (UnitType type : UnitType.values()) {
            long n = counts.countedByType().getOrDefault(type, 0L);
            if (n > 0 || typeTargets.containsKey(type)) {
                byUnitType.add(new Bar(type.label(), n, typeTargets.get(type)));
            }
        }

        List<Bar> foodSafety = named.stream().filter(Named::county)
                .map(county -> new Bar(county.name(), counts.foodSafetyWithin().getOrDefault(county.id(), 0L), null)).toList();

        return new Figures(root.getDisplayName(), counts.registered(), counts.counted(), counts.withEvidence(), byArea, byUnitType,
                bars(TOPICS, counts.topics()), bars(GROUPS, counts.groups()),
                counts.perDay().entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList(), foodSafety);
    }

    /**
     * Counted from the campaign's activities within the root's subtree, in two passes grouped by the database into few
     * rows: one per organizer (what areas, unit types and counties add up), and one per day of submission, counting or
     * not, and tag sets (split and summed here: no per-row text matching, slow on H2). Grouping by organizer and tags at
     * once sent the national dashboard about one row per activity (a million).
     */
    private Counts live(long campaignId, Organization root) {
        long offset = times.zone().getRules().getOffset(Instant.now()).getTotalSeconds();
        String day = "floor((extract(epoch from a.submitted_at) + " + offset + ") / 86400)";
        String counting = "a.state in (" + ActivityState.COUNTING.stream().map(st -> "'" + st.name() + "'")
                .collect(java.util.stream.Collectors.joining(", ")) + ")";
        String within = " from activity a where a.campaign_id = :campaign and a.organizer_id in"
                + " (select o.id from organization o where o.path like :path)";
        MapSqlParameterSource parameters = new MapSqlParameterSource("campaign", campaignId).addValue("path", root.getPath() + "%");
        long[] totals = new long[3];
        Map<Long, Long> countedWithin = new HashMap<>();
        Map<Long, Long> foodSafetyWithin = new HashMap<>();
        Map<UnitType, Long> byType = new EnumMap<>(UnitType.class);
        jdbc.query("select o.path, o.unit_type, x.registered, x.counted, x.food_safety, x.with_evidence from (select a.organizer_id,"
                + " count(*) registered, sum(case when " + counting + " then 1 else 0 end) counted,"
                + " sum(case when " + counting + " and a.counted_topics like '%|食品安全|%' then 1 else 0 end) food_safety,"
                + " sum(case when a.state = 'COMPLETED' and a.photo_count > 0 then 1 else 0 end) with_evidence" + within
                + " group by a.organizer_id) x join organization o on o.id = x.organizer_id", parameters, rs -> {
                    long counted = rs.getLong(4);
                    long food = rs.getLong(5);
                    totals[0] += rs.getLong(3);
                    totals[1] += counted;
                    totals[2] += rs.getLong(6);
                    byType.merge(UnitType.valueOf(rs.getString(2)), counted, Long::sum);
                    // Each organizer's counts added to every unit on its path: a unit's subtree total is then one lookup.
                    for (String id : rs.getString(1).split("/")) {
                        if (!id.isEmpty()) {
                            countedWithin.merge(Long.valueOf(id), counted, Long::sum);
                            foodSafetyWithin.merge(Long.valueOf(id), food, Long::sum);
                        }
                    }
                });
        Map<String, Long> topicCounts = new HashMap<>();
        Map<String, Long> groupCounts = new HashMap<>();
        TreeMap<LocalDate, Long> perDayCounts = new TreeMap<>();
        String counts = "case when " + counting + " then 1 else 0 end";
        jdbc.query("select " + day + ", " + counts + ", a.counted_topics, a.target_groups, count(*)" + within
                + " group by " + day + ", " + counts + ", a.counted_topics, a.target_groups", parameters, rs -> {
                    long n = rs.getLong(5);
                    long epochDay = rs.getLong(1);
                    if (!rs.wasNull()) {
                        perDayCounts.merge(LocalDate.ofEpochDay(epochDay), n, Long::sum);
                    }
                    if (rs.getInt(2) == 1) {
                        Activity.split(rs.getString(3)).forEach(t -> topicCounts.merge(t, n, Long::sum));
                        Activity.split(rs.getString(4)).forEach(g -> groupCounts.merge(g, n, Long::sum));
                    }
                });
        byType.values().removeIf(n -> n == 0);
        return new Counts(totals[0], totals[1], totals[2], countedWithin, foodSafetyWithin, byType, topicCounts, groupCounts,
                perDayCounts);
    }

    /** The known tags first (zero where none), then any others people used, most frequent first. */
    private static List<Bar> bars(List<String> known, Map<String, Long> counts) {
        List<Bar> bars = new ArrayList<>();
        known.forEach(name -> bars.add(new Bar(name, counts.getOrDefault(name, 0L), null)));
        new TreeMap<>(counts).forEach((name, n) -> {
            if (!known.contains(name)) {
                bars.add(new Bar(name, n, null));
            }
        });
        bars.sort(Comparator.comparingLong(Bar::count).reversed());
        return bars;
    }

    /** The campaign's organizer, or the user's own unit when it sits beneath it. */
    private Organization root(Campaign campaign) {
        Organization organizer = campaign.getOrganizer();
        return scope.ownUnit().filter(own -> own.isWithin(organizer) && !own.getId().equals(organizer.getId())).orElse(organizer);
    }

}
