package cn.kepu.literacy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.plan.ContributionsChanged;
import cn.kepu.plan.CountableQuotas;
import cn.kepu.plan.CountableQuotas.Assignee;
import cn.kepu.plan.CountableQuotas.CountableQuota;
import cn.kepu.plan.CountedSource;
import cn.kepu.plan.PlanPublished;
import cn.kepu.plan.QuotaContribution;

/**
 * How measured rates reach the ledger. A rate is a level, not a count: a quota on 科学素质 in % assigned to a region's
 * association takes that region's latest rate measured by the plan's last year — one contribution per region (source
 * {@code literacy}, ref {@code literacy:{regionId}}), so the ledger's sum over a subtree is that rate. Where a quota is
 * assigned to a region and to regions beneath it, only the outermost is fed: adding a county's rate to its city's would
 * not be a rate. Beside the actual the ledger shows when it was measured and where the trend leads by the plan's end.
 */
@Component
class LiteracyCounting implements CountedSource {

    static final String SOURCE = "literacy";
    /** The words a quota's measure holds when rates feed it ("公民具备科学素质的比例", "科学素质比例"). */
    static final String MEASURE = "科学素质";

    private final LiteracyRates rates;
    private final CountableQuotas quotas;
    private final ApplicationEventPublisher events;

    LiteracyCounting(LiteracyRates rates, CountableQuotas quotas, ApplicationEventPublisher events) {
        this.rates = rates;
        this.quotas = quotas;
        this.events = events;
    }

    static String ref(long regionId) {
        return "literacy:" + regionId;
    }

    /** The quotas rates feed: on 科学素质, in %. */
    private List<CountableQuota> rateQuotas() {
        return quotas.measuring(MEASURE).stream().filter(q -> "%".equals(q.unit()) || "％".equals(q.unit())).toList();
    }

    /** These regions' rates again, as they now stand (call after they are saved and flushed). */
    void changed(Collection<Long> regionIds) {
        if (regionIds.isEmpty()) {
            return;
        }
        List<CountableQuota> all = rateQuotas();
        Map<Long, List<LiteracyRate>> series = series(regionIds);
        Set<String> refs = new HashSet<>();
        List<QuotaContribution> contributions = new ArrayList<>();
        for (long region : regionIds) {
            refs.add(ref(region));
            contributions.addAll(contributions(region, series.getOrDefault(region, List.of()), all));
        }
        events.publishEvent(new ContributionsChanged(SOURCE, refs, contributions));
    }

    /** A plan published after the rates were entered: the regions its rate quotas are assigned to are read again. */
    @EventListener
    @Transactional
    void on(PlanPublished published) {
        Set<Long> regions = new HashSet<>();
        rateQuotas().stream().filter(q -> q.planId() == published.planId())
                .forEach(q -> q.assignees().forEach(a -> regions.add(a.organizationId())));
        changed(regions);
    }

    private Map<Long, List<LiteracyRate>> series(Collection<Long> regionIds) {
        Map<Long, List<LiteracyRate>> series = new HashMap<>();
        for (LiteracyRate r : rates.findByRegion_IdInOrderBySurveyYearAsc(regionIds)) {
            series.computeIfAbsent(r.getRegion().getId(), k -> new ArrayList<>()).add(r);
        }
        return series;
    }

    /** The region's contribution to each quota it is an outermost assignee of: its latest rate by the plan's end. */
    static List<QuotaContribution> contributions(long region, List<LiteracyRate> series, List<CountableQuota> all) {
        List<QuotaContribution> contributions = new ArrayList<>();
        for (CountableQuota q : all) {
            if (outermost(q).stream().noneMatch(a -> a.organizationId() == region)) {
                continue;
            }
            latest(series, q.periodTo()).filter(r -> r.getRate().signum() > 0).ifPresent(r ->
                    contributions.add(new QuotaContribution(q.quotaId(), region, SOURCE, ref(region), r.getRate())));
        }
        return contributions;
    }

    static List<Assignee> outermost(CountableQuota q) {
        return q.assignees().stream().filter(a -> q.assignees().stream()
                .noneMatch(b -> b != a && !b.path().equals(a.path()) && a.path().startsWith(b.path()))).toList();
    }

    static Optional<LiteracyRate> latest(List<LiteracyRate> series, int upTo) {
        return series.stream().filter(r -> r.getSurveyYear() <= upTo).reduce((a, b) -> b);
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QuotaContribution> recount() {
        List<CountableQuota> all = rateQuotas();
        Map<Long, List<LiteracyRate>> series = new HashMap<>();
        for (LiteracyRate r : rates.allRegional()) {
            series.computeIfAbsent(r.getRegion().getId(), k -> new ArrayList<>()).add(r);
        }
        List<QuotaContribution> contributions = new ArrayList<>();
        series.forEach((region, s) -> contributions.addAll(contributions(region, s, all)));
        return contributions;
    }

    @Override
    public String label() {
        return "公民科学素质测评结果";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> feeding(Collection<Long> quotaIds) {
        Map<Long, String> feeding = new LinkedHashMap<>();
        rateQuotas().stream().filter(q -> quotaIds.contains(q.quotaId()))
                .forEach(q -> feeding.put(q.quotaId(), "“公民科学素质监测”中本地区最近一次测得的比例"));
        return feeding;
    }

    /** "2024年测得；按2022—2024年趋势2025年可达 18.40%，可完成" per quota fed, for its (first) outermost assignee. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> notes(Collection<Long> quotaIds) {
        if (quotas.measuring(MEASURE, quotaIds).isEmpty()) {
            return Map.of(); // the common case: a ledger page without rate quotas asks nothing more
        }
        Map<Long, String> notes = new HashMap<>();
        for (CountableQuota q : rateQuotas()) {
            if (!quotaIds.contains(q.quotaId())) {
                continue;
            }
            List<Assignee> fed = outermost(q);
            Map<Long, List<LiteracyRate>> series = series(fed.stream().map(Assignee::organizationId).toList());
            for (Assignee a : fed) {
                List<LiteracyRate> s = series.getOrDefault(a.organizationId(), List.of()).stream()
                        .filter(r -> r.getSurveyYear() <= q.periodTo()).toList();
                if (s.isEmpty()) {
                    notes.putIfAbsent(q.quotaId(), "尚无测评结果");
                    continue;
                }
                LiteracyRate last = s.get(s.size() - 1);
                BigDecimal target = a.target();
                String note = last.getSurveyYear() + "年测得" + (last.getSurveyYear() >= q.periodTo() ? ""
                        : Projection.of(s.stream().map(r -> new Projection.Point(r.getSurveyYear(), r.getRate())).toList(),
                                q.periodTo(), target).map(p -> "；" + p.words()).orElse("；仅一次测评，无法推算趋势"));
                notes.put(q.quotaId(), note);
                break;
            }
        }
        return notes;
    }

    /** A region's target from the plans: the rate to reach by a year, and where it is set. */
    record Target(int year, BigDecimal rate, String planTitle, String taskLabel) {
    }

    /** The region's targets in published plans, the latest year first. */
    @Transactional(readOnly = true)
    List<Target> targetsOf(long regionId) {
        return rateQuotas().stream().flatMap(q -> q.assignees().stream().filter(a -> a.organizationId() == regionId)
                        .map(a -> new Target(q.periodTo(), a.target(), q.planTitle(), q.taskLabel())))
                .sorted(java.util.Comparator.comparingInt(Target::year).reversed()).toList();
    }
}
