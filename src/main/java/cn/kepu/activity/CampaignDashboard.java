package cn.kepu.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.DataScope;
import cn.kepu.org.OrgLevel;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.UnitType;
import cn.kepu.plan.PlanCatalog;
import cn.kepu.support.Times;

/**
 * The campaign's figures for the user's part of the tree: counted activities by area and by unit type against
 * the targets of the quotas the campaign feeds, by topic and target group, registrations per day, the share with
 * complete evidence, and food-safety counts per county for the assessment. Counting is done by the database
 * per organizer and per tag set (two scans of the campaign's activities) and rolled up the tree here.
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

    private record PerOrganizer(long registered, long counted, long foodSafety, long withEvidence) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final OrganizationDirectory organizations;
    private final DataScope scope;
    private final CampaignManagement campaigns;
    private final PlanCatalog plans;
    private final Times times;

    CampaignDashboard(NamedParameterJdbcTemplate jdbc, OrganizationDirectory organizations, DataScope scope, CampaignManagement campaigns,
            PlanCatalog plans, Times times) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.scope = scope;
        this.campaigns = campaigns;
        this.plans = plans;
        this.times = times;
    }

    public Figures figures(long campaignId) {
        Campaign campaign = campaigns.campaign(campaignId);
        Organization root = root(campaign);
        List<Organization> tree = organizations.subtree(root);
        Map<Long, BigDecimal> targets = plans.targetsFor(campaigns.quotaLinks(campaign).entrySet().stream()
                .filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList());

        // Two passes over the campaign's activities within the root's subtree, both grouped by the database into few
        // rows: one per organizer (what areas, unit types and counties add up), and one per day of submission, counting
        // or not, and tag sets (split and summed here: no per-row text matching, slow on H2). Grouping by organizer and
        // tags at once sent the national dashboard about one row per activity (a million).
        long offset = times.zone().getRules().getOffset(Instant.now()).getTotalSeconds();
        String day = "floor((extract(epoch from a.submitted_at) + " + offset + ") / 86400)";
        String counting = "a.state in (" + ActivityState.COUNTING.stream().map(st -> "'" + st.name() + "'")
                .collect(java.util.stream.Collectors.joining(", ")) + ")";
        String within = " from activity a where a.campaign_id = :campaign and a.organizer_id in"
                + " (select o.id from organization o where o.path like :path)";
        MapSqlParameterSource parameters = new MapSqlParameterSource("campaign", campaignId).addValue("path", root.getPath() + "%");
        Map<Long, PerOrganizer> perOrganizer = new HashMap<>();
        jdbc.query("select a.organizer_id, count(*), sum(case when " + counting + " then 1 else 0 end),"
                + " sum(case when " + counting + " and a.counted_topics like '%|食品安全|%' then 1 else 0 end),"
                + " sum(case when a.state = 'COMPLETED' and a.photo_count > 0 then 1 else 0 end)" + within
                + " group by a.organizer_id", parameters, rs -> {
                    perOrganizer.put(rs.getLong(1), new PerOrganizer(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
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

        // Each organizer's counts added to every unit on its path: a unit's subtree total is then one lookup.
        Map<Long, long[]> subtree = new HashMap<>();
        for (Organization o : tree) {
            PerOrganizer p = perOrganizer.get(o.getId());
            if (p != null) {
                for (String id : o.getPath().split("/")) {
                    if (!id.isEmpty()) {
                        long[] totals = subtree.computeIfAbsent(Long.valueOf(id), k -> new long[2]);
                        totals[0] += p.counted();
                        totals[1] += p.foodSafety();
                    }
                }
            }
        }

        // Areas: the associations directly beneath the root (cities for a province, counties for a city).
        List<Bar> byArea = new ArrayList<>();
        List<String> areaPaths = new ArrayList<>();
        long directCount = 0;
        for (Organization child : tree) {
            if (root.getId().equals(child.getParentId()) && child.getUnitType() == UnitType.ASSOCIATION) {
                byArea.add(new Bar(child.getDisplayName(), subtree.getOrDefault(child.getId(), new long[2])[0], targets.get(child.getId())));
                areaPaths.add(child.getPath());
            }
        }
        for (Organization o : tree) {
            if (areaPaths.stream().noneMatch(o.getPath()::startsWith)) {
                directCount += perOrganizer.getOrDefault(o.getId(), new PerOrganizer(0, 0, 0, 0)).counted();
            }
        }
        byArea.add(new Bar(root.getDisplayName() + "及直属单位", directCount, null));

        Map<UnitType, long[]> typeCounts = new LinkedHashMap<>();
        Map<UnitType, BigDecimal> typeTargets = new HashMap<>();
        for (Organization o : tree) {
            PerOrganizer p = perOrganizer.get(o.getId());
            typeCounts.computeIfAbsent(o.getUnitType(), t -> new long[1])[0] += p == null ? 0 : p.counted();
            BigDecimal t = targets.get(o.getId());
            if (t != null) {
                typeTargets.merge(o.getUnitType(), t, BigDecimal::add);
            }
        }
        List<Bar> byUnitType = typeCounts.entrySet().stream().filter(e -> e.getValue()[0] > 0 || typeTargets.containsKey(e.getKey()))
                .map(e -> new Bar(e.getKey().label(), e.getValue()[0], typeTargets.get(e.getKey()))).toList();

        List<Bar> foodSafety = tree.stream().filter(o -> o.getUnitType() == UnitType.ASSOCIATION && o.getLevel() == OrgLevel.COUNTY)
                .map(o -> new Bar(o.getDisplayName(), subtree.getOrDefault(o.getId(), new long[2])[1], null)).toList();

        long registered = perOrganizer.values().stream().mapToLong(PerOrganizer::registered).sum();
        long counted = perOrganizer.values().stream().mapToLong(PerOrganizer::counted).sum();
        long evidence = perOrganizer.values().stream().mapToLong(PerOrganizer::withEvidence).sum();
        return new Figures(root.getDisplayName(), registered, counted, evidence, byArea, byUnitType, bars(TOPICS, topicCounts),
                bars(GROUPS, groupCounts), perDayCounts.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList(),
                foodSafety);
    }

    /** The known tags first (zero where none), then any others people used, most frequent first. */
    private static List<Bar> bars(List<String> known, Map<String, Long> counts) {
        List<Bar> bars = new ArrayList<>();
        known.forEach(name -> bars.add(new Bar(name, counts.getOrDefault(name, 0L), null)));
        counts.forEach((name, n) -> {
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
