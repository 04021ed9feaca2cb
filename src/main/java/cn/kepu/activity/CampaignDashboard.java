package cn.kepu.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.Organizations;
import cn.kepu.org.UnitType;
import cn.kepu.plan.PlanCatalog;
import cn.kepu.support.Times;

/**
 * The campaign's figures for the user's part of the tree: counted activities by area and by unit type against
 * the targets of the quotas the campaign feeds, by topic and target group, registrations per day, the share with
 * complete evidence, and food-safety counts per county for the assessment. Counting is done by the database
 * per organizer (one scan of the campaign's activities) and rolled up the tree here.
 */
@Service
@Transactional(readOnly = true)
public class CampaignDashboard {

    static final List<String> TOPICS = List.of("食品安全", "乡村振兴", "双减", "应急科普", "健康科普", "生态科普", "科学防疫",
            "数字素养", "防灾避险", "低碳生活", "知识产权", "国防知识");
    static final List<String> GROUPS = List.of("青少年", "农民", "产业工人", "老年人", "领导干部和公务员", "社区居民");
    private static final String COUNTED = "a.state in ('APPROVED', 'COMPLETED')";

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
    private final Organizations organizations;
    private final DataScope scope;
    private final CampaignManagement campaigns;
    private final PlanCatalog plans;
    private final Times times;

    CampaignDashboard(NamedParameterJdbcTemplate jdbc, Organizations organizations, DataScope scope, CampaignManagement campaigns,
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
        MapSqlParameterSource params = new MapSqlParameterSource("campaign", campaignId).addValue("path", root.getPath() + "%");
        String from = " from activity a join organization o on o.id = a.organizer_id where a.campaign_id = :campaign and o.path like :path";

        Map<Long, PerOrganizer> perOrganizer = new HashMap<>();
        jdbc.query("select a.organizer_id, count(*), sum(case when " + COUNTED + " then 1 else 0 end),"
                + " sum(case when " + COUNTED + " and a.counted_topics like '%|食品安全|%' then 1 else 0 end),"
                + " sum(case when a.state = 'COMPLETED' and exists (select 1 from activity_photo p where p.activity_id = a.id) then 1 else 0 end)"
                + from + " group by a.organizer_id", params, rs -> {
                    perOrganizer.put(rs.getLong(1), new PerOrganizer(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                });

        List<Organization> tree = organizations.findByPathStartingWithOrderByPath(root.getPath());
        Map<Long, BigDecimal> targets = plans.targetsFor(campaigns.quotaLinks(campaign).entrySet().stream()
                .filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList());

        // Areas: the associations directly beneath the root (cities for a province, counties for a city).
        List<Bar> byArea = new ArrayList<>();
        List<String> areaPaths = new ArrayList<>();
        long directCount = 0;
        for (Organization child : tree) {
            if (root.getId().equals(child.getParentId()) && child.getUnitType() == UnitType.ASSOCIATION) {
                byArea.add(new Bar(child.getDisplayName(), sum(tree, perOrganizer, child, PerOrganizer::counted), targets.get(child.getId())));
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

        List<Bar> byTopic = tagCounts("counted_topics", TOPICS, from, params);
        List<Bar> byGroup = tagCounts("target_groups", GROUPS, from, params);

        long offset = times.zone().getRules().getOffset(java.time.Instant.now()).getTotalSeconds();
        List<Day> perDay = jdbc.query("select floor((extract(epoch from a.submitted_at) + " + offset + ") / 86400) as d, count(*)"
                + from + " and a.submitted_at is not null group by floor((extract(epoch from a.submitted_at) + " + offset
                + ") / 86400) order by 1", params,
                (rs, n) -> new Day(LocalDate.ofEpochDay(rs.getLong(1)), rs.getLong(2)));

        List<Bar> foodSafety = tree.stream().filter(o -> o.getUnitType() == UnitType.ASSOCIATION && o.getLevel() != null
                && o.getLevel().name().equals("COUNTY"))
                .map(o -> new Bar(o.getDisplayName(), sum(tree, perOrganizer, o, PerOrganizer::foodSafety), null)).toList();

        long registered = perOrganizer.values().stream().mapToLong(PerOrganizer::registered).sum();
        long counted = perOrganizer.values().stream().mapToLong(PerOrganizer::counted).sum();
        long evidence = perOrganizer.values().stream().mapToLong(PerOrganizer::withEvidence).sum();
        return new Figures(root.getDisplayName(), registered, counted, evidence, byArea, byUnitType, byTopic, byGroup,
                perDay, foodSafety);
    }

    /** The campaign's organizer, or the user's own unit when it sits beneath it. */
    private Organization root(Campaign campaign) {
        Organization organizer = campaign.getOrganizer();
        return scope.ownUnit().filter(own -> own.isWithin(organizer) && !own.getId().equals(organizer.getId())).orElse(organizer);
    }

    private static long sum(List<Organization> tree, Map<Long, PerOrganizer> per, Organization under,
            java.util.function.ToLongFunction<PerOrganizer> what) {
        long total = 0;
        for (Organization o : tree) {
            if (o.getPath().startsWith(under.getPath())) {
                PerOrganizer p = per.get(o.getId());
                total += p == null ? 0 : what.applyAsLong(p);
            }
        }
        return total;
    }

    private List<Bar> tagCounts(String column, List<String> tags, String from, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < tags.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("sum(case when a.").append(column).append(" like '%|").append(tags.get(i))
                    .append("|%' then 1 else 0 end)");
        }
        sql.append(from).append(" and ").append(COUNTED);
        return jdbc.query(sql.toString(), params, rs -> {
            List<Bar> bars = new ArrayList<>();
            if (rs.next()) {
                for (int i = 0; i < tags.size(); i++) {
                    bars.add(new Bar(tags.get(i), rs.getLong(i + 1), null));
                }
            }
            bars.sort(Comparator.comparingLong(Bar::count).reversed());
            return bars;
        });
    }
}
