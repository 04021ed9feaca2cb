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
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.JoinType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

    private final QuotaActuals actuals;
    private final DataScope scope;
    private final Clock clock;
    private final double riskMargin;
    private final EntityManager entities;
    private final Tasks taskStore;
    private final List<CountedSource> sources;

    Ledger(QuotaActuals actuals, DataScope scope, Clock clock, EntityManager entities,
            Tasks taskStore, List<CountedSource> sources,
            @Value("${kepu.plans.at-risk-margin:0.2}") double riskMargin) {
        this.sources = sources;
        this.actuals = actuals;
        this.scope = scope;
        this.clock = clock;
        this.riskMargin = riskMargin;
        this.entities = entities;
        this.taskStore = taskStore;
    }

    /** One page of the ledger: whole task groups (a total and its units) adding up to about {@code size} rows. */
    public record Page(List<LedgerRow> rows, int number, int totalPages, long totalAssignments) {
    }

    /** What the ledger needs of an assignment, from the entity or, for the export, from a projection. */
    record Part(long id, Task task, long organizationId, String organizationName, String path, Long parentId,
            AssignmentState state, List<Target> targets) {

        record Target(Quota quota, BigDecimal target) {
        }

        static Part of(Assignment a) {
            return new Part(a.getId(), a.getTask(), a.getOrganization().getId(), a.getOrganization().getName(),
                    a.getOrganization().getPath(), a.getParent() == null ? null : a.getParent().getId(), a.getState(),
                    a.getTargets().stream().map(t -> new Target(t.getQuota(), t.getTarget())).toList());
        }
    }

    /** The ledger row of one assignment, as its page shows it. */
    public LedgerRow rowOf(Assignment assignment) {
        return rows(parts(List.of(assignment)), LedgerFilter.of(null)).get(1);
    }

    public List<LedgerRow> rows(LedgerFilter filter) {
        return rows(parts(specification(filter)), filter);
    }

    /** Every row, in one list. */
    public List<LedgerRow> allRows(LedgerFilter filter) {
        List<LedgerRow> all = new ArrayList<>();
        inBatches(filter, all::add, false);
        return all;
    }

    /**
     * Every row in the order of {@link #rows}, for the export, handed over a few thousand assignments at a time (whole
     * task groups): each batch is read, written and let go, so 500,000 rows never sit in the heap together. In a
     * transaction of its own, whose persistence context it empties between batches.
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
    public void eachRow(LedgerFilter filter, Consumer<LedgerRow> sink) {
        inBatches(filter, sink, true);
    }

    private static final int BATCH = 5_000;

    private void inBatches(LedgerFilter filter, Consumer<LedgerRow> sink, boolean release) {
        Specification<Assignment> spec = specification(filter);
        var cb = entities.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Assignment.class);
        var task = root.get("task");
        query.multiselect(task.get("id"), cb.count(root)).where(spec.toPredicate(root, query, cb))
                .groupBy(task.get("id"), task.get("plan").get("id"))
                .orderBy(cb.asc(task.get("plan").get("id")), cb.asc(task.get("id")));
        List<Long> batch = new ArrayList<>();
        long inBatch = 0;
        for (var tuple : entities.createQuery(query).getResultList()) {
            batch.add(tuple.get(0, Long.class));
            inBatch += tuple.get(1, Long.class);
            if (inBatch >= BATCH) {
                rowsOfTasks(spec, batch, filter).forEach(sink);
                batch = new ArrayList<>();
                inBatch = 0;
                if (release) {
                    entities.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            rowsOfTasks(spec, batch, filter).forEach(sink);
        }
    }

    private List<LedgerRow> rowsOfTasks(Specification<Assignment> spec, List<Long> taskIds, LedgerFilter filter) {
        return rows(parts(spec.and((r, q, b) -> r.get("task").get("id").in(taskIds))), filter);
    }

    /**
     * The assignments the specification selects, read as a projection (ids, names, targets) instead of entities, so
     * that 50,000 of them fit in a small heap and a page's few load without the plan graph each entity would bring;
     * tasks and quotas come from their own few rows.
     */
    private List<Part> parts(Specification<Assignment> spec) {
        var cb = entities.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Assignment.class);
        var organization = root.join("organization");
        var target = root.join("targets", JoinType.LEFT);
        var parent = root.join("parent", JoinType.LEFT);
        query.multiselect(root.get("id"), root.get("task").get("id"), organization.get("id"), organization.get("name"),
                        organization.get("path"), parent.get("id"), root.get("state"), target.get("quota").get("id"),
                        target.get("target"))
                .where(spec.toPredicate(root, query, cb));
        List<Tuple> tuples = entities.createQuery(query).getResultList();
        Map<Long, Task> tasks = new HashMap<>();
        taskStore.findAllById(tuples.stream().map(t -> t.get(1, Long.class)).collect(Collectors.toSet()))
                .forEach(t -> tasks.put(t.getId(), t));
        Map<Long, Quota> quotas = new HashMap<>();
        tasks.values().forEach(t -> t.getQuotas().forEach(q -> quotas.put(q.getId(), q)));
        Map<Long, Part> parts = new LinkedHashMap<>();
        for (var t : tuples) {
            long id = t.get(0, Long.class);
            Part part = parts.computeIfAbsent(id, k -> new Part(id, tasks.get(t.get(1, Long.class)), t.get(2, Long.class),
                    t.get(3, String.class), t.get(4, String.class), t.get(5, Long.class), t.get(6, AssignmentState.class),
                    new ArrayList<>()));
            Long quotaId = t.get(7, Long.class);
            if (quotaId != null) {
                part.targets().add(new Part.Target(quotas.get(quotaId), t.get(8, BigDecimal.class)));
            }
        }
        // Targets in the order of the task's quotas, as the entity lists them.
        parts.values().forEach(part -> part.targets().sort(Comparator.comparingInt(x -> x.quota().getPosition())));
        return new ArrayList<>(parts.values());
    }

    private static List<Part> parts(List<Assignment> found) {
        return found.stream().map(Part::of).toList();
    }

    /**
     * A page without reading the rest: counts assignments per task in the database, takes the task groups of
     * the page, and loads only their assignments. Filters that need computed values (category, flags, 未开始/进行中)
     * read all.
     */
    public Page page(LedgerFilter filter, int number, int size) {
        if (filter.flag() != null || filter.category() != null && !filter.category().isBlank() || derivedState(filter)) {
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
        // A page holds whole task groups up to about {@code size} rows; a group larger than a page (a national task
        // over 3,000 units) fills pages of its own, each opening with the task's total.
        List<List<Slice>> pages = new ArrayList<>();
        List<Slice> current = new ArrayList<>();
        long rowsOnPage = 0;
        long total = 0;
        for (var tuple : entities.createQuery(query).getResultList()) {
            long taskId = tuple.get(0, Long.class);
            int count = tuple.get(1, Long.class).intValue();
            total += count;
            if (!current.isEmpty() && rowsOnPage + count + 1 > size) {
                pages.add(current);
                current = new ArrayList<>();
                rowsOnPage = 0;
            }
            if (count + 1 > size) {
                for (int from = 0; from < count; from += size - 1) {
                    pages.add(List.of(new Slice(taskId, from, Math.min(count, from + size - 1))));
                }
                continue;
            }
            current.add(new Slice(taskId, 0, count));
            rowsOnPage += count + 1;
        }
        if (!current.isEmpty()) {
            pages.add(current);
        }
        if (pages.isEmpty()) {
            return new Page(List.of(), 0, 1, 0);
        }
        int n = Math.max(0, Math.min(number, pages.size() - 1));
        List<Slice> slices = pages.get(n);
        List<Long> taskIds = slices.stream().map(Slice::taskId).toList();
        List<LedgerRow> rows = rowsOfTasks(spec, taskIds, filter);
        return new Page(slices.size() == 1 ? slices.get(0).of(rows) : rows, n, pages.size(), total);
    }

    /** Units {@code from} (inclusive) to {@code to} (exclusive) of a task's group on one page. */
    private record Slice(long taskId, int from, int to) {

        /** The task's total, then this slice of its unit rows. */
        List<LedgerRow> of(List<LedgerRow> group) {
            if (group.isEmpty() || from == 0 && to >= group.size() - 1) {
                return group;
            }
            List<LedgerRow> shown = new ArrayList<>(to - from + 1);
            shown.add(group.get(0));
            shown.addAll(group.subList(1 + from, Math.min(group.size(), 1 + to)));
            return shown;
        }
    }

    /** Whole task groups up to about {@code size} rows a page; a larger group on pages of its own, each opening with its total. */
    private static List<List<LedgerRow>> split(List<LedgerRow> rows, int size) {
        List<List<LedgerRow>> groups = new ArrayList<>();
        for (LedgerRow row : rows) {
            if (row.level() == 0 || groups.isEmpty()) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(row);
        }
        List<List<LedgerRow>> pages = new ArrayList<>();
        List<LedgerRow> current = new ArrayList<>();
        for (List<LedgerRow> group : groups) {
            if (!current.isEmpty() && current.size() + group.size() > size) {
                pages.add(current);
                current = new ArrayList<>();
            }
            if (group.size() > size) {
                for (int from = 1; from < group.size(); from += size - 1) {
                    List<LedgerRow> page = new ArrayList<>(List.of(group.get(0)));
                    page.addAll(group.subList(from, Math.min(group.size(), from + size - 1)));
                    pages.add(page);
                }
                continue;
            }
            current.addAll(group);
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
        if (filter.state() != null && filter.flag() == null && !derivedState(filter)) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("state"), filter.state()));
        }
        return spec;
    }

    private List<LedgerRow> rows(List<Part> found, LedgerFilter filter) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Map<Long, BigDecimal>> sums = sums(found);
        Map<Long, String> notes = notes(found);

        Map<Long, List<Part>> byTask = new LinkedHashMap<>();
        found.stream().sorted(Comparator.comparing((Part a) -> a.task().getPlan().getId())
                        .thenComparing(a -> a.task().getId()).thenComparing(Part::path))
                .forEach(a -> byTask.computeIfAbsent(a.task().getId(), k -> new ArrayList<>()).add(a));

        List<LedgerRow> rows = new ArrayList<>();
        for (List<Part> group : byTask.values()) {
            Task task = group.get(0).task();
            if (filter.category() != null && !filter.category().isBlank() && !task.category().equals(filter.category())) {
                continue;
            }
            Set<Long> ids = group.stream().map(Part::id).collect(Collectors.toSet());
            Map<Long, List<Part>> children = group.stream().filter(a -> a.parentId() != null)
                    .collect(Collectors.groupingBy(Part::parentId));
            List<LedgerRow> units = new ArrayList<>();
            for (Part a : group) {
                if (a.parentId() == null || !ids.contains(a.parentId())) {
                    addWithChildren(a, children, 1, sums, notes, today, units);
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

    private void addWithChildren(Part a, Map<Long, List<Part>> children, int level, Map<Long, Map<Long, BigDecimal>> sums,
            Map<Long, String> notes, LocalDate today, List<LedgerRow> out) {
        out.add(row(a, level, sums, notes, today));
        children.getOrDefault(a.id(), List.of()).forEach(c -> addWithChildren(c, children, level + 1, sums, notes, today, out));
    }

    /** 未开始 and 进行中 are read from the figures as well as the reports, so those filters look at computed rows. */
    private static boolean derivedState(LedgerFilter filter) {
        return filter.state() == AssignmentState.NOT_STARTED || filter.state() == AssignmentState.IN_PROGRESS;
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

    LedgerRow row(Part a, int level, Map<Long, Map<Long, BigDecimal>> sums, Map<Long, String> notes, LocalDate today) {
        Task task = a.task();
        List<LedgerRow.Measure> measures = a.targets().stream().map(t -> {
            Quota q = t.quota();
            BigDecimal actual = sums.getOrDefault(q.getId(), Map.of()).getOrDefault(a.organizationId(), BigDecimal.ZERO);
            return new LedgerRow.Measure(q.getId(), q.getMetric(), q.getBound().symbol(), t.target(), actual, q.getUnit(),
                    notes.get(q.getId()));
        }).toList();
        double completion = completion(a.state(), a.targets(), measures);
        var deadline = task.getDeadline();
        LocalDate due = deadline.dueOn(today).orElse(null);
        Long daysLeft = due == null ? null : ChronoUnit.DAYS.between(today, due);
        boolean done = a.state() == AssignmentState.DONE;
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
        // A unit with anything counted or reported has started, whatever its last report said (not "1/60项, 未开始").
        AssignmentState state = a.state() == AssignmentState.NOT_STARTED && completion > 0 ? AssignmentState.IN_PROGRESS : a.state();
        return new LedgerRow(level, task.getPlan().getId(), task.getPlan().getTitle(), task.getId(), task.category(),
                task.getNumber(), task.getTitle(), a.id(), a.organizationId(), a.organizationName(),
                measures, (int) Math.round(completion * 100), deadline.text(), due, daysLeft, state, overdue, atRisk);
    }

    /** Share of the work done: the quotas' average completion, or for tasks without quotas, done or not. */
    static double completion(AssignmentState state, List<Part.Target> targets, List<LedgerRow.Measure> measures) {
        if (measures.isEmpty()) {
            return state == AssignmentState.DONE ? 1 : 0;
        }
        double sum = 0;
        for (int i = 0; i < measures.size(); i++) {
            sum += targets.get(i).quota().getBound().completion(measures.get(i).actual(), measures.get(i).target());
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
                        x.target().add(y.target()), x.actual().add(y.actual()), x.unit(), null));
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

    /** What the sources say beside their actuals (a rate's year measured and its trend), by quota. */
    private Map<Long, String> notes(List<Part> found) {
        Set<Long> quotaIds = found.stream().flatMap(a -> a.targets().stream()).map(t -> t.quota().getId())
                .collect(Collectors.toSet());
        Map<Long, String> notes = new HashMap<>();
        if (!quotaIds.isEmpty()) {
            sources.forEach(source -> notes.putAll(source.notes(quotaIds)));
        }
        return notes;
    }

    /**
     * quota id → organization id → the actuals recorded in that organization's subtree. Only actuals beneath the
     * shown units' common path are read, and each is credited to every unit on its path, so a row's total is one lookup.
     */
    private Map<Long, Map<Long, BigDecimal>> sums(List<Part> found) {
        Set<Long> quotaIds = found.stream().flatMap(a -> a.targets().stream()).map(t -> t.quota().getId())
                .collect(Collectors.toSet());
        Map<Long, Map<Long, BigDecimal>> sums = new HashMap<>();
        if (quotaIds.isEmpty()) {
            return sums;
        }
        for (Object[] row : actuals.sumsByPath(quotaIds, commonPath(found))) {
            Map<Long, BigDecimal> byUnit = sums.computeIfAbsent((Long) row[0], k -> new HashMap<>());
            for (String id : ((String) row[1]).split("/")) {
                if (!id.isEmpty()) {
                    byUnit.merge(Long.valueOf(id), (BigDecimal) row[2], BigDecimal::add);
                }
            }
        }
        return sums;
    }

    /** The longest path all the units share ("/1/23/" for a city's page, "/" across provinces). */
    static String commonPath(List<Part> found) {
        String common = null;
        for (Part part : found) {
            String path = part.path();
            if (common == null) {
                common = path;
                continue;
            }
            int i = 0;
            while (i < common.length() && i < path.length() && common.charAt(i) == path.charAt(i)) {
                i++;
            }
            common = common.substring(0, common.lastIndexOf('/', Math.max(0, i - 1)) + 1);
        }
        return common == null ? "/" : common;
    }
}
