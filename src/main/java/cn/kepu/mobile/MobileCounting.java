package cn.kepu.mobile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
 * What visits count toward plan quotas, always derived from scratch. A completed visit counts 1 (source {@code mobile},
 * ref {@code mobile:{visitId}}) for its resource's unit toward every quota of a published plan whose period holds the
 * visit's year, whose measure names 大篷车, 流动科技馆, 流动科普 or 巡展 and is counted in 场/次/站/项 (not people or a
 * share), and that is assigned to the resource's unit or a unit above it. Nobody links anything by hand: the plan's
 * wording is the link, as for 信息员. Whatever happened to a visit (completed, reopened, cancelled, deleted, moved to
 * another date), its contributions are replaced as a whole.
 */
@Component
class MobileCounting implements CountedSource {

    static final String SOURCE = "mobile";
    /** Words a quota's measure holds when visits count toward it. */
    static final List<String> MEASURES = List.of("大篷车", "流动科技馆", "流动科普", "巡展");
    /** Units a count of visits is given in; a quota in 人次 or % is not a count of visits. */
    static final Set<String> COUNTED_UNITS = Set.of("", "场", "次", "场次", "站", "站次", "项", "个", "批次", "期");

    private final MobileVisits visits;
    private final CountableQuotas quotas;
    private final ApplicationEventPublisher events;

    MobileCounting(MobileVisits visits, CountableQuotas quotas, ApplicationEventPublisher events) {
        this.visits = visits;
        this.quotas = quotas;
        this.events = events;
    }

    static String ref(long visitId) {
        return "mobile:" + visitId;
    }

    /** The quotas visits feed, each once. */
    List<CountableQuota> visitQuotas() {
        Map<Long, CountableQuota> found = new LinkedHashMap<>();
        for (String words : MEASURES) {
            for (CountableQuota q : quotas.measuring(words)) {
                if (COUNTED_UNITS.contains(q.unit() == null ? "" : q.unit().strip())) {
                    found.putIfAbsent(q.quotaId(), q);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** The visit's contributions again, as it now stands (call after it is saved and flushed). */
    void changed(MobileVisit visit) {
        events.publishEvent(ContributionsChanged.of(SOURCE, ref(visit.getId()), contributions(visit, visitQuotas())));
    }

    /** The visit is gone: it counts nothing. */
    void deleted(long visitId) {
        events.publishEvent(ContributionsChanged.of(SOURCE, ref(visitId), List.of()));
    }

    /** A plan published after visits were completed: every completed visit of its years is derived again. */
    @EventListener
    @Transactional
    void on(PlanPublished published) {
        List<CountableQuota> all = visitQuotas();
        List<CountableQuota> its = all.stream().filter(q -> q.planId() == published.planId()).toList();
        if (its.isEmpty()) {
            return;
        }
        int from = its.stream().mapToInt(CountableQuota::periodFrom).min().orElseThrow();
        int to = its.stream().mapToInt(CountableQuota::periodTo).max().orElseThrow();
        List<MobileVisit> done = visits.inPeriod(VisitState.COMPLETED, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
        if (done.isEmpty()) {
            return;
        }
        List<QuotaContribution> contributions = new ArrayList<>();
        done.forEach(v -> contributions.addAll(contributions(v, all)));
        events.publishEvent(new ContributionsChanged(SOURCE, Set.copyOf(done.stream().map(v -> ref(v.getId())).toList()), contributions));
    }

    static List<QuotaContribution> contributions(MobileVisit visit, List<CountableQuota> all) {
        if (visit.getState() != VisitState.COMPLETED) {
            return List.of();
        }
        int year = visit.getVisitDate().getYear();
        String path = visit.getResource().getOrganization().getPath();
        long unit = visit.getResource().getOrganization().getId();
        List<QuotaContribution> contributions = new ArrayList<>();
        for (CountableQuota q : all) {
            if (q.covers(year) && q.above(path).isPresent()) {
                contributions.add(new QuotaContribution(q.quotaId(), unit, SOURCE, ref(visit.getId()), BigDecimal.ONE));
            }
        }
        return contributions;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QuotaContribution> recount() {
        List<CountableQuota> all = visitQuotas();
        if (all.isEmpty()) {
            return List.of();
        }
        List<QuotaContribution> contributions = new ArrayList<>();
        for (MobileVisit v : visits.findByState(VisitState.COMPLETED)) {
            contributions.addAll(contributions(v, all));
        }
        return contributions;
    }

    @Override
    public String label() {
        return "已完成的流动科普巡展";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> feeding(Collection<Long> quotaIds) {
        if (quotaIds.isEmpty() || MEASURES.stream().allMatch(w -> quotas.measuring(w, quotaIds).isEmpty())) {
            return Map.of(); // the common case: a ledger page without 巡展 quotas asks nothing more
        }
        Map<Long, String> feeding = new LinkedHashMap<>();
        visitQuotas().stream().filter(q -> quotaIds.contains(q.quotaId()))
                .forEach(q -> feeding.put(q.quotaId(), "“流动科普”中已完成的巡展（科普大篷车、流动科技馆、巡展展板，每站计1）"));
        return feeding;
    }
}
