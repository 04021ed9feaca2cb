package cn.kepu.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.home.WorkItem;
import cn.kepu.home.WorkSource;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;

/**
 * The plans' part of the workbench: my unit's tasks that are overdue or due soon and their deadlines, my unit's
 * completion per plan it carries out and per plan it issued, and — for an association above others — the units
 * beneath with overdue tasks.
 */
@Component
@Transactional(readOnly = true)
class PlanWork implements WorkSource {

    private static final int SOON = 7;
    private static final int HORIZON = 30;

    private final Ledger ledger;
    private final PlanCatalog catalog;
    private final DataScope scope;
    private final Clock clock;

    PlanWork(Ledger ledger, PlanCatalog catalog, DataScope scope, Clock clock) {
        this.ledger = ledger;
        this.catalog = catalog;
        this.scope = scope;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> items() {
        // One read of the ledger within the user's scope serves every section below.
        List<LedgerRow> all = ledger.rows(new LedgerFilter(null, null, null, null, null));
        Optional<Organization> own = scope.ownUnit();
        if (own.isEmpty()) {
            return beneath(all, null); // an administrator of everything, of no unit: the units that are late
        }
        Organization unit = own.get();
        List<WorkItem> items = new ArrayList<>();
        List<LedgerRow> mine = all.stream().filter(r -> r.level() > 0 && unit.getId().equals(r.organizationId())).toList();
        long overdue = mine.stream().filter(LedgerRow::overdue).count();
        long soon = mine.stream().filter(r -> !r.overdue() && open(r) && r.daysLeft() != null && r.daysLeft() <= SOON).count();
        if (overdue > 0) {
            items.add(WorkItem.todo("逾期未完成的任务", overdue, "/my-tasks"));
        }
        if (soon > 0) {
            items.add(WorkItem.todo(SOON + "天内到期的任务", soon, "/my-tasks"));
        }
        LocalDate today = LocalDate.now(clock);
        mine.stream().filter(r -> open(r) && r.dueOn() != null && !r.dueOn().isBefore(today)
                        && !r.dueOn().isAfter(today.plusDays(HORIZON)))
                .forEach(r -> items.add(WorkItem.deadline(r.taskTitle(), r.dueOn(), "还有" + r.daysLeft() + "天",
                        "/assignments/" + r.assignmentId())));
        byPlan(mine).forEach((plan, rows) -> items.add(progress(rows, rows.size() + "项任务",
                "/ledger?planId=" + plan + "&organizationId=" + unit.getId())));
        Set<Long> issued = catalog.visible().stream()
                .filter(p -> p.getState() == PlanState.PUBLISHED && p.getIssuer().getId().equals(unit.getId()))
                .map(WorkPlan::getId).collect(Collectors.toSet());
        byPlan(all.stream().filter(r -> r.level() == 0 && issued.contains(r.planId())).toList()).forEach((plan, totals) ->
                items.add(progress(totals, "本单位下达 · " + totals.size() + "项任务", "/ledger?planId=" + plan)));
        items.addAll(beneath(all, unit));
        return items;
    }

    private static Map<Long, List<LedgerRow>> byPlan(List<LedgerRow> rows) {
        Map<Long, List<LedgerRow>> byPlan = new LinkedHashMap<>();
        rows.forEach(r -> byPlan.computeIfAbsent(r.planId(), p -> new ArrayList<>()).add(r));
        return byPlan;
    }

    /** A plan's completion: the rows' average, task by task. */
    private static WorkItem progress(List<LedgerRow> rows, String detail, String link) {
        return new WorkItem(WorkItem.Kind.PROGRESS, rows.get(0).planTitle(),
                Math.round(rows.stream().mapToInt(LedgerRow::completionPercent).average().orElse(0)), detail, link, null);
    }

    /**
     * The units beneath mine (or, for a user of no unit, all in scope) with overdue tasks, most first, each linked to
     * its overdue rows in the ledger.
     */
    private static List<WorkItem> beneath(List<LedgerRow> all, Organization unit) {
        Map<Long, long[]> overdue = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (LedgerRow row : all) {
            if (row.overdue() && row.level() > 0 && row.organizationId() != null
                    && (unit == null || !row.organizationId().equals(unit.getId()))) {
                overdue.computeIfAbsent(row.organizationId(), id -> new long[1])[0]++;
                names.put(row.organizationId(), row.organizationName());
            }
        }
        return overdue.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(10)
                .map(e -> new WorkItem(WorkItem.Kind.BENEATH, names.get(e.getKey()), e.getValue()[0], "项任务逾期",
                        "/ledger?flag=overdue&organizationId=" + e.getKey(), null))
                .toList();
    }

    /** My unit's own assignments (not the units it passed parts to), as the ledger reads them. */
    static List<LedgerRow> mine(Ledger ledger, Organization unit) {
        return ledger.rows(new LedgerFilter(null, null, unit.getId(), null, null)).stream()
                .filter(r -> r.level() > 0 && unit.getId().equals(r.organizationId())).toList();
    }

    private static boolean open(LedgerRow row) {
        return row.state() != AssignmentState.DONE;
    }
}
