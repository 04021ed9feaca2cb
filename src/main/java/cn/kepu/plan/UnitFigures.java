package cn.kepu.plan;

import java.math.BigDecimal;
import java.time.Clock;
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
     * Organization id → its figure for the quota, for every unit the plan assigns it to (and the units beneath). A task
     * that sets the same measure per unit ("泰山区 新增信息员 ≥ 3000 人", "岱岳区 … ≥ 2000 人") holds one quota per unit:
     * each unit is judged by its own of them, so any of them names the measure.
     */
    public Map<Long, QuotaFigure> quota(long planId, long quotaId) {
        Quota chosen = entities.find(Quota.class, quotaId);
        Set<Long> alike = chosen == null ? Set.of(quotaId) : chosen.getTask().getQuotas().stream()
                .filter(q -> q.getMetric().equals(chosen.getMetric())).map(Quota::getId).collect(Collectors.toSet());
        Map<Long, QuotaFigure> figures = new LinkedHashMap<>();
        for (LedgerRow row : ledger.rows(LedgerFilter.of(planId))) {
            if (row.level() == 0 || row.organizationId() == null) {
                continue;
            }
            row.measures().stream().filter(m -> alike.contains(m.quotaId())).findFirst().ifPresent(m -> figures.putIfAbsent(
                    row.organizationId(), new QuotaFigure(row.organizationId(), row.organizationName(), m.actual(), m.target())));
        }
        return figures;
    }

    /** Organization id → its timeliness in the plan: finished by the deadline, of what has fallen due or is done. */
    public Map<Long, OnTime> timeliness(long planId) {
        LocalDate today = LocalDate.now(clock.withZone(times.zone()));
        List<LedgerRow> rows = ledger.rows(LedgerFilter.of(planId)).stream()
                .filter(r -> r.level() > 0 && r.assignmentId() != null && r.dueOn() != null).toList();
        Map<Long, Assignment> byId = new HashMap<>();
        assignments.findAllById(rows.stream().map(LedgerRow::assignmentId).toList()).forEach(a -> byId.put(a.getId(), a));
        Map<Long, OnTime> figures = new LinkedHashMap<>();
        for (LedgerRow row : rows) {
            Assignment a = byId.get(row.assignmentId());
            boolean done = a.getState() == AssignmentState.DONE;
            if (!done && !today.isAfter(row.dueOn())) {
                continue; // neither done nor due yet: not counted either way
            }
            boolean onTime = done && a.getCompletedAt() != null
                    && !a.getCompletedAt().atZone(times.zone()).toLocalDate().isAfter(row.dueOn());
            figures.merge(row.organizationId(), new OnTime(row.organizationId(), row.organizationName(), 1, onTime ? 1 : 0),
                    (x, y) -> new OnTime(x.organizationId(), x.organizationName(), x.due() + y.due(), x.onTime() + y.onTime()));
        }
        return figures;
    }
}
