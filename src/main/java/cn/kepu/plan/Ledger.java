package cn.kepu.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.Scope;

/**
 * 任务台账: assignments within the user's scope with targets, actuals (summed over each unit's subtree, so they
 * roll up the tree), completion, days left and the overdue / at-risk flags, grouped under a total per task.
 */
@Service
@Transactional(readOnly = true)
public class Ledger {

    private final Assignments assignments;
    private final QuotaActuals actuals;
    private final DataScope scope;
    private final Clock clock;
    private final double riskMargin;
    private final jakarta.persistence.EntityManager entities;

    Ledger(Assignments assignments, QuotaActuals actuals, DataScope scope, Clock clock, jakarta.persistence.EntityManager entities,
            @Value("${kepu.plans.at-risk-margin:0.2}") double riskMargin) {
        this.assignments = assignments;
        this.actuals = actuals;
        this.scope = scope;
        this.clock = clock;
        this.riskMargin = riskMargin;
        this.entities = entities;
    }

    /** One page of the ledger: whole task groups (a total and its units) adding up to about {@code size} rows. */
    public record Page(List<LedgerRow> rows, int number, int totalPages, long totalAssignments) {
    }

    public List<LedgerRow> rows(LedgerFilter filter) {
        return rows(assignments.findAll(specification(filter)), filter);
    }

    /**
     * A page without reading the rest: counts assignments per task in the database, takes the task groups of
     * the page, and loads only their assignments. Filters that need computed values (category, flags) read all.
     */
    public Page page(LedgerFilter filter, int number, int size) {
        if (filter.flag() != null || filter.category() != null && !filter.category().isBlank()) {
            List<LedgerRow> all = rows(filter);
            List<List<LedgerRow>> pages = split(all, size);
            int n = Math.max(0, Math.min(number, pages.size() - 1));
            return new Page(pages.isEmpty() ? List.of() : pages.get(n), n, Math.max(1, pages.size()),
                    all.stream().filter(r -> r.level() > 0).count());
        }
        Specification<Assignment> spec = specification(filter);
        var cb = entities.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Assignment.class);
        var task = root.get("task");
        query.multiselect(task.get("id"), cb.count(root)).where(spec.toPredicate(root, query, cb))
                .groupBy(task.get("id"), task.get("plan").get("id"), task.get("position"))
                .orderBy(cb.asc(task.get("plan").get("id")), cb.asc(task.get("position")), cb.asc(task.get("id")));
        List<List<Long>> pages = new ArrayList<>();
        List<Long> current = new ArrayList<>();
        long rowsOnPage = 0;
        long total = 0;
        for (var tuple : entities.createQuery(query).getResultList()) {
            long count = tuple.get(1, Long.class);
            total += count;
            if (!current.isEmpty() && rowsOnPage + count + 1 > size) {
                pages.add(current);
                current = new ArrayList<>();
                rowsOnPage = 0;
            }
            current.add(tuple.get(0, Long.class));
            rowsOnPage += count + 1;
        }
        if (!current.isEmpty()) {
            pages.add(current);
        }
        if (pages.isEmpty()) {
            return new Page(List.of(), 0, 1, 0);
        }
        int n = Math.max(0, Math.min(number, pages.size() - 1));
        List<Long> taskIds = pages.get(n);
        List<Assignment> found = assignments.findAll(spec.and((r, q, b) -> r.get("task").get("id").in(taskIds)));
        return new Page(rows(found, filter), n, pages.size(), total);
    }

    private static List<List<LedgerRow>> split(List<LedgerRow> rows, int size) {
        List<List<LedgerRow>> pages = new ArrayList<>();
        List<LedgerRow> current = new ArrayList<>();
        for (LedgerRow row : rows) {
            if (row.level() == 0 && current.size() >= size) {
                pages.add(current);
                current = new ArrayList<>();
            }
            current.add(row);
        }
        if (!current.isEmpty()) {
            pages.add(current);
        }
        return pages;
    }

    private Specification<Assignment> specification(LedgerFilter filter) {
        Scope current = scope.current();
        Specification<Assignment> spec = current.on(root -> root.join("organization"));
        spec = spec.and((root, query, cb) -> cb.notEqual(root.get("task").get("plan").get("state"), PlanState.DRAFT));
        if (filter.planId() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("task").get("plan").get("id"), filter.planId()));
        }
        if (filter.organizationId() != null) {
            Organization unit = scope.visible(filter.organizationId());
            spec = spec.and((root, query, cb) -> cb.like(root.join("organization").get("path"), unit.getPath() + "%"));
        }
        if (filter.state() != null && filter.flag() == null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("state"), filter.state()));
        }
        return spec;
    }

    private List<LedgerRow> rows(List<Assignment> found, LedgerFilter filter) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Map<String, BigDecimal>> sums = sums(found);

        Map<Long, List<Assignment>> byTask = new LinkedHashMap<>();
        found.stream().sorted(Comparator.comparing((Assignment a) -> a.getTask().getPlan().getId())
                        .thenComparing(a -> a.getTask().getId()).thenComparing(a -> a.getOrganization().getPath()))
                .forEach(a -> byTask.computeIfAbsent(a.getTask().getId(), k -> new ArrayList<>()).add(a));

        List<LedgerRow> rows = new ArrayList<>();
        for (List<Assignment> group : byTask.values()) {
            Task task = group.get(0).getTask();
            if (filter.category() != null && !filter.category().isBlank() && !task.category().equals(filter.category())) {
                continue;
            }
            Set<Long> ids = group.stream().map(Assignment::getId).collect(Collectors.toSet());
            List<LedgerRow> units = new ArrayList<>();
            for (Assignment a : group) {
                if (a.getParent() == null || !ids.contains(a.getParent().getId())) {
                    addWithChildren(a, group, 1, sums, today, units);
                }
            }
            List<LedgerRow> shown = units.stream().filter(r -> matches(r, filter)).toList();
            if (shown.isEmpty()) {
                continue;
            }
            rows.add(total(task, units, today));
            rows.addAll(shown);
        }
        return rows;
    }

    private void addWithChildren(Assignment a, List<Assignment> group, int level, Map<Long, Map<String, BigDecimal>> sums,
            LocalDate today, List<LedgerRow> out) {
        out.add(row(a, level, sums, today));
        group.stream().filter(c -> c.getParent() != null && c.getParent().getId().equals(a.getId()))
                .forEach(c -> addWithChildren(c, group, level + 1, sums, today, out));
    }

    private static boolean matches(LedgerRow row, LedgerFilter filter) {
        if (filter.state() != null && row.state() != filter.state()) {
            return false;
        }
        if ("overdue".equals(filter.flag())) {
            return row.overdue();
        }
        if ("at-risk".equals(filter.flag())) {
            return row.atRisk();
        }
        return true;
    }

    LedgerRow row(Assignment a, int level, Map<Long, Map<String, BigDecimal>> sums, LocalDate today) {
        Task task = a.getTask();
        List<LedgerRow.Measure> measures = a.getTargets().stream().map(t -> {
            Quota q = t.getQuota();
            BigDecimal actual = sums.getOrDefault(q.getId(), Map.of()).entrySet().stream()
                    .filter(e -> e.getKey().startsWith(a.getOrganization().getPath()))
                    .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new LedgerRow.Measure(q.getId(), q.getMetric(), q.getComparator().symbol(), t.getTarget(), actual, q.getUnit());
        }).toList();
        double completion = completion(a.getState(), a.getTargets(), measures);
        var deadline = task.getDeadline();
        LocalDate due = deadline.dueOn(today).orElse(null);
        Long daysLeft = due == null ? null : ChronoUnit.DAYS.between(today, due);
        boolean done = a.getState() == AssignmentState.DONE;
        boolean overdue = !done && due != null && today.isAfter(due);
        boolean atRisk = false;
        if (!done && !overdue && due != null) {
            LocalDate start = deadline.windowStartOn(today, task.getPlan().startsOn()).orElse(today);
            long length = ChronoUnit.DAYS.between(start, due) + 1;
            long elapsed = ChronoUnit.DAYS.between(start, today) + 1;
            if (elapsed > 0 && length > 0) {
                atRisk = (double) elapsed / length - completion > riskMargin;
            }
        }
        return new LedgerRow(level, task.getPlan().getId(), task.getPlan().getTitle(), task.getId(), task.category(),
                task.getNumber(), task.getTitle(), a.getId(), a.getOrganization().getId(), a.getOrganization().getName(),
                measures, (int) Math.round(completion * 100), deadline.text(), due, daysLeft, a.getState(), overdue, atRisk);
    }

    /** Share of the work done: the quotas' average completion, or for tasks without quotas, done or not. */
    static double completion(AssignmentState state, List<AssignmentTarget> targets, List<LedgerRow.Measure> measures) {
        if (measures.isEmpty()) {
            return state == AssignmentState.DONE ? 1 : 0;
        }
        double sum = 0;
        for (int i = 0; i < measures.size(); i++) {
            sum += targets.get(i).getQuota().getComparator().completion(measures.get(i).actual(), measures.get(i).target());
        }
        return sum / measures.size();
    }

    /** A task's total: the sum over its responsible units (level 1), whose actuals already include their children. */
    private LedgerRow total(Task task, List<LedgerRow> units, LocalDate today) {
        List<LedgerRow> top = units.stream().filter(r -> r.level() == 1).toList();
        // Quotas of one metric for different unit types (县市区 ≥60, 功能区 ≥15) add up to one total.
        Map<String, LedgerRow.Measure> totals = new LinkedHashMap<>();
        for (LedgerRow r : top) {
            for (LedgerRow.Measure m : r.measures()) {
                totals.merge(m.metric() + "|" + m.unit(), m, (x, y) -> new LedgerRow.Measure(x.quotaId(), x.metric(), x.comparator(),
                        x.target().add(y.target()), x.actual().add(y.actual()), x.unit()));
            }
        }
        int completion = (int) Math.round(top.stream().mapToInt(LedgerRow::completionPercent).average().orElse(0));
        LocalDate due = task.getDeadline().dueOn(today).orElse(null);
        long done = top.stream().filter(r -> r.state() == AssignmentState.DONE).count();
        AssignmentState state = done == top.size() ? AssignmentState.DONE
                : top.stream().allMatch(r -> r.state() == AssignmentState.NOT_STARTED) ? AssignmentState.NOT_STARTED
                : AssignmentState.IN_PROGRESS;
        return new LedgerRow(0, task.getPlan().getId(), task.getPlan().getTitle(), task.getId(), task.category(),
                task.getNumber(), task.getTitle(), null, null, "合计（" + top.size() + "个责任单位）",
                new ArrayList<>(totals.values()), completion, task.getDeadline().text(), due,
                due == null ? null : ChronoUnit.DAYS.between(today, due), state,
                top.stream().anyMatch(LedgerRow::overdue), top.stream().anyMatch(LedgerRow::atRisk));
    }

    /** quota id → organization path → sum of actuals recorded for that organization. */
    private Map<Long, Map<String, BigDecimal>> sums(List<Assignment> found) {
        Set<Long> quotaIds = found.stream().flatMap(a -> a.getTargets().stream()).map(t -> t.getQuota().getId())
                .collect(Collectors.toSet());
        Map<Long, Map<String, BigDecimal>> sums = new HashMap<>();
        if (quotaIds.isEmpty()) {
            return sums;
        }
        for (Object[] row : actuals.sumsByPath(quotaIds)) {
            sums.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((String) row[1], (BigDecimal) row[2]);
        }
        return sums;
    }
}
