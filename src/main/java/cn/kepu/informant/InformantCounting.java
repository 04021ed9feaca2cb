package cn.kepu.informant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.plan.ContributionsChanged;
import cn.kepu.plan.CountableQuotas;
import cn.kepu.plan.CountableQuotas.CountableQuota;
import cn.kepu.plan.CountedSource;
import cn.kepu.plan.PlanPublished;
import cn.kepu.plan.QuotaContribution;

/**
 * What informant counts count toward plan quotas, always derived from scratch (see the package's counting rule): a
 * unit's year sum, once per quota measuring 信息员 in a published plan of that year assigned to the unit or a unit above
 * it. A change to any month replaces the unit's year as a whole — nothing is added as a difference, so a changed or
 * re-imported month never counts twice.
 */
@Component
class InformantCounting implements CountedSource {

    static final String SOURCE = "informant";
    /** The words a quota's measure holds when informants count toward it ("新增科普中国信息员"). */
    static final String MEASURE = "信息员";

    private final MonthlyCounts counts;
    private final CountableQuotas quotas;
    private final ApplicationEventPublisher events;

    InformantCounting(MonthlyCounts counts, CountableQuotas quotas, ApplicationEventPublisher events) {
        this.counts = counts;
        this.quotas = quotas;
        this.events = events;
    }

    static String ref(long unitId, int year) {
        return "informants:" + unitId + ":" + year;
    }

    /** The unit's year counts again, as its months now stand (call after the months are saved and flushed). */
    void changed(Collection<Key> years) {
        if (years.isEmpty()) {
            return;
        }
        List<CountableQuota> all = quotas.measuring(MEASURE);
        Set<String> refs = new HashSet<>();
        List<QuotaContribution> contributions = new ArrayList<>();
        for (Key key : years) {
            refs.add(ref(key.unitId(), key.year()));
            contributions.addAll(contributions(key.unitId(), key.path(), key.year(), counts.yearTotal(key.unitId(), key.year()), all));
        }
        events.publishEvent(new ContributionsChanged(SOURCE, refs, contributions));
    }

    /** A unit's year: what one ref stands for. */
    record Key(long unitId, String path, int year) {
    }

    /** A plan published after the counts were entered: every count of its years is derived again. */
    @EventListener
    @Transactional
    void on(PlanPublished published) {
        List<CountableQuota> all = quotas.measuring(MEASURE);
        Set<Integer> years = new HashSet<>();
        all.stream().filter(q -> q.planId() == published.planId())
                .forEach(q -> { for (int y = q.periodFrom(); y <= q.periodTo(); y++) { years.add(y); } });
        if (years.isEmpty()) {
            return;
        }
        Set<String> refs = new HashSet<>();
        List<QuotaContribution> contributions = new ArrayList<>();
        for (Object[] row : counts.totalsIn(years)) {
            long unit = (Long) row[0];
            int year = (Integer) row[2];
            refs.add(ref(unit, year));
            contributions.addAll(contributions(unit, (String) row[1], year, ((Number) row[3]).longValue(), all));
        }
        if (!refs.isEmpty()) {
            events.publishEvent(new ContributionsChanged(SOURCE, refs, contributions));
        }
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QuotaContribution> recount() {
        List<CountableQuota> all = quotas.measuring(MEASURE);
        List<QuotaContribution> contributions = new ArrayList<>();
        for (Object[] row : counts.totals()) {
            contributions.addAll(contributions((Long) row[0], (String) row[1], (Integer) row[2], ((Number) row[3]).longValue(), all));
        }
        return contributions;
    }

    @Override
    public String label() {
        return "登记的科普中国信息员";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> feeding(Collection<Long> quotaIds) {
        Map<Long, String> feeding = new LinkedHashMap<>();
        quotas.measuring(MEASURE, quotaIds).forEach(q -> feeding.put(q, "“科普中国信息员”中按月登记的新增人数"));
        return feeding;
    }

    static List<QuotaContribution> contributions(long unitId, String path, int year, long total, List<CountableQuota> all) {
        if (total == 0) {
            return List.of();
        }
        List<QuotaContribution> contributions = new ArrayList<>();
        for (CountableQuota q : all) {
            if (q.covers(year) && q.above(path).isPresent()) {
                contributions.add(new QuotaContribution(q.quotaId(), unitId, SOURCE, ref(unitId, year), BigDecimal.valueOf(total)));
            }
        }
        return contributions;
    }
}
