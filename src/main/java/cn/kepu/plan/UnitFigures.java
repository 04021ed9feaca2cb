package cn.kepu.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.support.Times;

/**
 * The plan's figures per responsible unit, for modules that judge units by them (考核): what each unit achieved
 * toward a quota, and how much of its work it finished by the deadline. A read model over the ledger — within the
 * reader's data scope, like the ledger — so another module never reads the plan's tables.
 */
@Service
@Transactional(readOnly = true)
public class UnitFigures {

    /** A unit's actual toward a quota (over its subtree, as the ledger counts it) and its target. */
    public record QuotaFigure(long organizationId, String organizationName, BigDecimal actual, BigDecimal target) {
    }

    /**
     * A unit's assignments in a plan that have fallen due or are done ({@code due}), and those of them it finished by
     * their deadline ({@code onTime}).
     */
    public record OnTime(long organizationId, String organizationName, int due, int onTime) {
    }

    private final Ledger ledger;
    private final Assignments assignments;
    private final EntityManager entities;
    private final Clock clock;
    private final Times times;

    UnitFigures(Ledger ledger, Assignments assignments, EntityManager entities, Clock clock, Times times) {
        this.entities = entities;
        this.ledger = ledger;
        this.assignments = assignments;
        this.clock = clock;
        this.times = times;
    }

    /**
     * What a plan holds for units, read from its ledger once: per quota (each as {@link #quota} reads it), and, when
     * asked, per unit its timeliness (as {@link #timeliness} reads it).
     */
    public record PlanFigures(Map<Long, Map<Long, QuotaFigure>> quotas, Map<Long, OnTime> timeliness) {
    }

    public PlanFigures of(long planId, java.util.Collection<Long> quotaIds, boolean withTimeliness) {
        List<LedgerRow> rows = ledger.rows(LedgerFilter.of(planId));
        Map<Long, Map<Long, QuotaFigure>> quotas = new LinkedHashMap<>();
        for (long quotaId : quotaIds) {
            quotas.put(quotaId, quota(rows, quotaId));
        }
        return new PlanFigures(quotas, withTimeliness ? timeliness(planId, rows) : Map.of());
    }

    /**
     * Organization id → its figure for the quota, for every unit the plan assigns it to (and the units beneath). A task
     * that sets the same measure per unit ("泰山区 新增信息员 ≥ 3000 人", "岱岳区 … ≥ 2000 人") holds one quota per unit:
     * each unit is judged by its own of them, so any of them names the measure.
     */
    public Map<Long, QuotaFigure> quota(long planId, long quotaId) {
        return quota(ledger.rows(LedgerFilter.of(planId)), quotaId);
    }

    /** Organization id → its timeliness in the plan: finished by the deadline, of what has fallen due or is done. */
    public Map<Long, OnTime> timeliness(long planId) {
        return timeliness(planId, ledger.rows(LedgerFilter.of(planId)));
    }

    private Map<Long, QuotaFigure> quota(List<LedgerRow> rows, long quotaId) {
        Quota chosen = entities.find(Quota.class, quotaId);
        Set<Long> alike = chosen == null ? Set.of(quotaId) : chosen.getTask().getQuotas().stream()
                .filter(q -> q.getMetric().equals(chosen.getMetric())).map(Quota::getId).collect(Collectors.toSet());
        Map<Long, QuotaFigure> figures = new LinkedHashMap<>();
        for (LedgerRow row : rows) {
            if (row.level() == 0 || row.organizationId() == null) {
                continue;
            }
            row.measures().stream().filter(m -> alike.contains(m.quotaId())).findFirst().ifPresent(m -> figures.putIfAbsent(
                    row.organizationId(), new QuotaFigure(row.organizationId(), row.organizationName(), m.actual(), m.target())));
        }
        return figures;
    }

    private Map<Long, OnTime> timeliness(long planId, List<LedgerRow> all) {
        LocalDate today = LocalDate.now(clock.withZone(times.zone()));
        List<LedgerRow> rows = all.stream().filter(r -> r.level() > 0 && r.assignmentId() != null && r.dueOn() != null).toList();
        // The plan's states in one query by plan (an IN list of 10,000 ids costs seconds); the ledger rows say which count.
        Map<Long, Object[]> states = new HashMap<>();
        assignments.statesInPlan(planId).forEach(a -> states.put((Long) a[0], a));
        Map<Long, OnTime> figures = new LinkedHashMap<>();
        for (LedgerRow row : rows) {
            Object[] a = states.get(row.assignmentId());
            boolean done = a[1] == AssignmentState.DONE;
            if (!done && !today.isAfter(row.dueOn())) {
                continue; // neither done nor due yet: not counted either way
            }
            Instant completedAt = (Instant) a[2];
            boolean onTime = done && completedAt != null && !completedAt.atZone(times.zone()).toLocalDate().isAfter(row.dueOn());
            figures.merge(row.organizationId(), new OnTime(row.organizationId(), row.organizationName(), 1, onTime ? 1 : 0),
                    (x, y) -> new OnTime(x.organizationId(), x.organizationName(), x.due() + y.due(), x.onTime() + y.onTime()));
        }
        return figures;
    }
}
