package cn.kepu.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.activity.ActivityFigures;
import cn.kepu.org.Organization;
import cn.kepu.plan.UnitFigures;
import cn.kepu.publicity.NewsFigures;
import cn.kepu.supervision.SupervisionFigures;

/**
 * Scores units under a scheme: reads each computed indicator's figures from {@code plan} and {@code activity}
 * ({@link UnitFigures}, {@link ActivityFigures}), adds the figures given by hand, scores the
 * indicator tree per unit and ranks the totals. Within the reader's scope, as those read models are.
 */
@Service
@Transactional(readOnly = true)
public class Assessing {

    /** One unit's result: its scores down the tree, its rank and its grade. */
    public record Result(long organizationId, String organizationName, Indicator.Score score, int rank, String grade) {
    }

    private final UnitFigures plans;
    private final ActivityFigures activities;

    private final SupervisionFigures supervision;
    private final NewsFigures news;

    Assessing(UnitFigures plans, ActivityFigures activities, SupervisionFigures supervision, NewsFigures news) {
        this.news = news;
        this.supervision = supervision;
        this.plans = plans;
        this.activities = activities;
    }

    /**
     * Unit id → indicator name → figure, for the indicators that have a source; a unit without a figure (no
     * assignment for that quota) has none, and its indicator scores nothing and says so.
     */
    public Map<Long, Map<String, Figure>> figures(List<Organization> units, Map<String, Source> sources) {
        Map<Long, Map<String, Figure>> figures = new LinkedHashMap<>();
        units.forEach(u -> figures.put(u.getId(), new HashMap<>()));
        // Indicators reading the same plan or campaign are read together: one ledger read per plan, one scan per campaign.
        Map<Long, List<String>> byPlan = new LinkedHashMap<>();
        Map<Long, List<String>> byCampaign = new LinkedHashMap<>();
        sources.forEach((indicator, source) -> {
            if (source instanceof Source.PlanQuota q) {
                byPlan.computeIfAbsent(q.planId(), p -> new ArrayList<>()).add(indicator);
            } else if (source instanceof Source.OnTime t) {
                byPlan.computeIfAbsent(t.planId(), p -> new ArrayList<>()).add(indicator);
            } else if (source instanceof Source.CampaignActivities a) {
                byCampaign.computeIfAbsent(a.campaignId(), c -> new ArrayList<>()).add(indicator);
            }
        });
        byPlan.forEach((planId, indicators) -> {
            List<Long> quotas = indicators.stream().map(sources::get).filter(Source.PlanQuota.class::isInstance)
                    .map(q -> ((Source.PlanQuota) q).quotaId()).toList();
            boolean onTime = indicators.stream().map(sources::get).anyMatch(Source.OnTime.class::isInstance);
            UnitFigures.PlanFigures plan = plans.of(planId, quotas, onTime);
            for (String indicator : indicators) {
                if (sources.get(indicator) instanceof Source.PlanQuota q) {
                    plan.quotas().get(q.quotaId()).forEach((unit, f) -> put(figures, unit, indicator, new Figure(f.actual(), f.target(), 0)));
                } else if (sources.get(indicator) instanceof Source.OnTime t) {
                    Map<Long, Integer> notices = supervision.noticesReceived(figures.keySet(), t.from(), t.to());
                    plan.timeliness().forEach((unit, f) -> put(figures, unit, indicator,
                            Figure.of(f.onTime(), f.due()).withNotices(notices.getOrDefault(unit, 0))));
                }
            }
        });
        byCampaign.forEach((campaignId, indicators) -> {
            List<String> topics = indicators.stream().map(i -> ((Source.CampaignActivities) sources.get(i)).topic()).distinct().toList();
            Map<String, Map<Long, Long>> counts = activities.countingByTopic(campaignId, topics, units);
            for (String indicator : indicators) {
                Source.CampaignActivities a = (Source.CampaignActivities) sources.get(indicator);
                counts.get(a.topic()).forEach((unit, count) -> put(figures, unit, indicator, Figure.of(count, a.target())));
            }
        });
        sources.forEach((indicator, source) -> {
            if (source instanceof Source.NewsPoints n) {
                news.adoptedWithin(units, n.from(), n.to()).forEach((unit, adopted) ->
                        put(figures, unit, indicator, new Figure(adopted.points(), n.target(), 0)));
            }
        });
        return figures;
    }

    /** Scores and ranks the units; {@code given} holds each unit's figures entered by hand (manual items, 加分/扣分). */
    public List<Result> results(Indicator scheme, List<Organization> units, Map<String, Source> sources,
            Map<Long, Map<String, Figure>> given, Grades grades) {
        Map<Long, Map<String, Figure>> figures = figures(units, sources);
        given.forEach((unit, items) -> figures.computeIfPresent(unit, (u, computed) -> {
            computed.putAll(items);
            return computed;
        }));
        return ranked(scheme, units, figures, Map.of(), grades);
    }

    /**
     * Scores and ranks the units on figures already gathered (read live, or frozen), with the issuer's adjustments of
     * computed indicators (unit id → indicator name → the points it was set to).
     */
    public List<Result> ranked(Indicator scheme, List<Organization> units, Map<Long, Map<String, Figure>> figures,
            Map<Long, Map<String, Indicator.Adjusted>> adjustments, Grades grades) {
        Map<String, Indicator.Score> scores = new LinkedHashMap<>();
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        Map<String, Organization> byKey = new HashMap<>();
        for (Organization unit : units) {
            String key = String.valueOf(unit.getId());
            Indicator.Score score = scheme.score(figures.getOrDefault(unit.getId(), Map.of()),
                    adjustments.getOrDefault(unit.getId(), Map.of()));
            scores.put(key, score);
            totals.put(key, score.scored());
            byKey.put(key, unit);
        }
        return Ranking.of(totals, grades).stream().map(p -> new Result(byKey.get(p.unit()).getId(), byKey.get(p.unit()).getName(),
                scores.get(p.unit()), p.rank(), p.grade())).toList();
    }

    private static void put(Map<Long, Map<String, Figure>> figures, long unit, String indicator, Figure figure) {
        Map<String, Figure> ofUnit = figures.get(unit);
        if (ofUnit != null) {
            ofUnit.put(indicator, figure);
        }
    }
}
