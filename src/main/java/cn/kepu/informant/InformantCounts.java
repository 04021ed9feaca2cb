package cn.kepu.informant;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.Scope;
import cn.kepu.plan.CountableQuotas;
import cn.kepu.plan.CountableQuotas.CountableQuota;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Times;
import cn.kepu.support.Versions;

/**
 * 科普中国信息员 counts: a unit's month entered or changed (within the user's subtree; no month still to come; whole
 * numbers not below zero), the months of a year as a grid with each unit's total and the quotas its counts feed.
 * Every change derives the unit's year contributions again in the same transaction, so the ledger moves at once.
 */
@Service
@Transactional
public class InformantCounts {

    static final String AUDIT_TYPE = "科普中国信息员";
    static final int LARGEST = 1_000_000;
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

    private final MonthlyCounts counts;
    private final InformantCounting counting;
    private final CountableQuotas quotas;
    private final DataScope scope;
    private final OrganizationDirectory organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Times times;

    InformantCounts(MonthlyCounts counts, InformantCounting counting, CountableQuotas quotas, DataScope scope,
            OrganizationDirectory organizations, ApplicationEventPublisher events, Clock clock, Times times) {
        this.counts = counts;
        this.counting = counting;
        this.quotas = quotas;
        this.scope = scope;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
        this.times = times;
    }

    /** A month checked: its unit, period and figures. */
    record Checked(Organization unit, int year, int month, int newlyRegistered, Integer totalRegistered, String sourceNote) {
    }

    /** Enters a month not entered before; a month already entered is changed with {@link #update} (its version). */
    public InformantCount enter(CountForm form) {
        Checked c = check(form);
        counts.findByUnit_IdAndPeriodYearAndPeriodMonth(c.unit().getId(), c.year(), c.month()).ifPresent(existing -> {
            throw new RuleViolation("month", c.unit().getName() + existing.period() + "已填报新增信息员"
                    + existing.getNewlyRegistered() + "人；如需修改，请点击表格中该月的数字");
        });
        InformantCount count = new InformantCount(c.unit(), c.year(), c.month());
        store(count, c);
        events.publishEvent(ActionPerformed.of(AuditAction.CREATE, AUDIT_TYPE, count.getId(), c.unit().getName() + count.period(),
                "新增信息员" + c.newlyRegistered() + "人"));
        return count;
    }

    /** Changes an entered month, from the version it was read at. */
    public InformantCount update(long id, CountForm form) {
        InformantCount count = count(id);
        Versions.check(form.getVersion(), count.getVersion(), id, "“" + count.getUnit().getName() + count.period() + "”的信息员人数");
        form.setUnitId(count.getUnit().getId());
        form.setYear(count.getPeriodYear());
        form.setMonth(count.getPeriodMonth());
        Checked c = check(form);
        int before = count.getNewlyRegistered();
        store(count, c);
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, AUDIT_TYPE, count.getId(), c.unit().getName() + count.period(),
                "新增信息员：" + before + "人 → " + c.newlyRegistered() + "人"));
        return count;
    }

    private void store(InformantCount count, Checked c) {
        count.set(c.newlyRegistered(), c.totalRegistered(), c.sourceNote(), CurrentUser.username(), clock.instant());
        counts.saveAndFlush(count);
        counting.changed(List.of(new InformantCounting.Key(c.unit().getId(), c.unit().getPath(), c.year())));
    }

    /** A month within the user's scope, or 404. */
    @Transactional(readOnly = true)
    public InformantCount count(long id) {
        return counts.findById(id).filter(c -> scope.current().covers(c.getUnit()))
                .orElseThrow(() -> new NotFoundException("信息员统计"));
    }

    /** The months within scope, of one unit and/or year when given, by unit and month. */
    @Transactional(readOnly = true)
    public List<InformantCount> list(Long unitId, Integer year) {
        Specification<InformantCount> spec = scope.current().on(root -> root.join("unit"));
        if (unitId != null) {
            Organization unit = scope.visible(unitId);
            spec = spec.and((root, query, cb) -> cb.equal(root.get("unit").get("id"), unit.getId()));
        }
        if (year != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("periodYear"), year));
        }
        return counts.findAll(spec, Sort.by("unit.path", "periodYear", "periodMonth"));
    }

    /** A quota a unit's counts feed: its plan and task, the unit it is assigned to, the target and what counts so far. */
    public record Fed(long quotaId, long planId, String planTitle, String taskLabel, long assigneeId, String assignee, BigDecimal target,
            long counted) {

        public int percent() {
            return target.signum() == 0 ? 100 : BigDecimal.valueOf(counted * 100).divide(target, 0, java.math.RoundingMode.DOWN).intValue();
        }

        public boolean met() {
            return BigDecimal.valueOf(counted).compareTo(target) >= 0;
        }
    }

    /** One unit's year: its months (null where nothing was entered), its total, and the quotas assigned to it. */
    public record Line(Organization unit, List<InformantCount> months, long total, List<Fed> quotas) {
    }

    public record YearGrid(int year, List<Line> lines, long total) {
    }

    /**
     * The year as a grid for the user's subtree: every unit with a month entered, and every unit a quota of the year is
     * assigned to (with its target and its subtree's count — what the ledger shows), in tree order.
     */
    @Transactional(readOnly = true)
    public YearGrid year(int year) {
        Scope current = scope.current();
        List<InformantCount> months = list(null, year);
        Map<Long, Organization> units = new HashMap<>();
        Map<Long, InformantCount[]> byUnit = new HashMap<>();
        for (InformantCount c : months) {
            units.put(c.getUnit().getId(), c.getUnit());
            byUnit.computeIfAbsent(c.getUnit().getId(), u -> new InformantCount[12])[c.getPeriodMonth() - 1] = c;
        }
        Map<Long, List<Fed>> fed = fedWithin(current, year, units);
        List<Line> lines = new ArrayList<>();
        for (Organization unit : units.values()) {
            InformantCount[] m = byUnit.getOrDefault(unit.getId(), new InformantCount[12]);
            long total = Arrays.stream(m).filter(c -> c != null).mapToLong(InformantCount::getNewlyRegistered).sum();
            lines.add(new Line(unit, Arrays.asList(m), total, fed.getOrDefault(unit.getId(), List.of())));
        }
        lines.sort(Comparator.comparing(l -> l.unit().getPath()));
        return new YearGrid(year, lines, lines.stream().mapToLong(Line::total).sum());
    }

    /** The quotas of the year a unit's counts feed (those assigned to it or to a unit above it). */
    @Transactional(readOnly = true)
    public List<Fed> feeds(long unitId, int year) {
        Organization unit = scope.visible(unitId);
        List<Fed> fed = new ArrayList<>();
        for (CountableQuota q : quotas.measuring(InformantCounting.MEASURE)) {
            if (q.covers(year)) {
                q.above(unit.getPath()).ifPresent(a -> fed.add(new Fed(q.quotaId(), q.planId(), q.planTitle(), q.taskLabel(),
                        a.organizationId(), a.organizationName(), a.target(), subtreeSum(year, a.path()))));
            }
        }
        return fed;
    }

    private long subtreeSum(int year, String path) {
        return counts.sumsByPath(year, path).stream().mapToLong(r -> ((Number) r[1]).longValue()).sum();
    }

    /** Unit id → the quotas of the year assigned to it, for the assignees within scope (added to {@code units}). */
    private Map<Long, List<Fed>> fedWithin(Scope current, int year, Map<Long, Organization> units) {
        Map<Long, List<Fed>> fed = new LinkedHashMap<>();
        List<CountableQuota> all = quotas.measuring(InformantCounting.MEASURE).stream().filter(q -> q.covers(year)).toList();
        if (all.isEmpty()) {
            return fed;
        }
        // Subtree sums from one grouped query over the scope's paths; a reporter's unit counts its subtree as the ledger does.
        Map<String, Long> byPath = new HashMap<>();
        String prefix = current.everything() ? "/" : current.pathPrefix() == null ? null : current.pathPrefix();
        if (prefix == null) {
            return fed;
        }
        counts.sumsByPath(year, prefix).forEach(r -> byPath.merge((String) r[0], ((Number) r[1]).longValue(), Long::sum));
        for (CountableQuota q : all) {
            for (CountableQuotas.Assignee a : q.assignees()) {
                Organization unit = units.get(a.organizationId());
                if (unit == null) {
                    unit = organizations.find(a.organizationId()).filter(current::covers).orElse(null);
                    if (unit == null) {
                        continue;
                    }
                    units.put(unit.getId(), unit);
                }
                long counted = byPath.entrySet().stream().filter(e -> e.getKey().startsWith(a.path())).mapToLong(Map.Entry::getValue).sum();
                fed.computeIfAbsent(unit.getId(), u -> new ArrayList<>())
                        .add(new Fed(q.quotaId(), q.planId(), q.planTitle(), q.taskLabel(), a.organizationId(), a.organizationName(), a.target(), counted));
            }
        }
        return fed;
    }

    /** The units a user may enter months for: the scope's, in tree order. */
    @Transactional(readOnly = true)
    public List<Organization> units() {
        return organizations.within(scope.current()).stream().filter(Organization::isEnabled)
                .sorted(Comparator.comparing(Organization::getPath)).toList();
    }

    YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(times.zone()));
    }

    /** Checks a typed month, every problem at once; the unit outside scope is a 404. */
    Checked check(CountForm form) {
        List<RuleViolation> problems = new ArrayList<>();
        Organization unit = null;
        if (form.getUnitId() == null) {
            problems.add(new RuleViolation("unitId", "请选择单位"));
        } else {
            unit = scope.visible(form.getUnitId());
        }
        problems.addAll(periodProblems(form.getYear(), form.getMonth()));
        Integer newly = whole(form.getNewlyRegistered(), "newlyRegistered", "新增信息员人数", true, problems);
        Integer total = whole(form.getTotalRegistered(), "totalRegistered", "月末累计注册人数", false, problems);
        String note = form.getSourceNote() == null || form.getSourceNote().isBlank() ? null : form.getSourceNote().strip();
        if (note != null && note.length() > 200) {
            problems.add(new RuleViolation("sourceNote", "数据来源不能超过200个字"));
        }
        RuleViolation.throwIfAny(problems);
        return new Checked(unit, form.getYear(), form.getMonth(), newly, total, note);
    }

    List<RuleViolation> periodProblems(Integer year, Integer month) {
        List<RuleViolation> problems = new ArrayList<>();
        YearMonth now = thisMonth();
        if (year == null) {
            problems.add(new RuleViolation("year", "请填写年份，如" + now.getYear()));
        } else if (year < 2000 || year > now.getYear()) {
            problems.add(new RuleViolation("year", year + "年不是可填报的年份：应在2000年至" + now.getYear() + "年之间"));
        }
        if (month == null || month < 1 || month > 12) {
            problems.add(new RuleViolation("month", month == null ? "请选择月份" : month + "月不是有效的月份，应为1至12月"));
        } else if (year != null && year == now.getYear() && month > now.getMonthValue()) {
            problems.add(new RuleViolation("month", year + "年" + month + "月尚未到来，不能填报未来月份的信息员人数"));
        }
        return problems;
    }

    /** A whole number not below zero from what was typed; null (with a problem when required) for nothing typed. */
    static Integer whole(String text, String field, String label, boolean required, List<RuleViolation> problems) {
        String t = text == null ? "" : text.strip().replace(",", "").replace("，", "");
        if (t.isEmpty()) {
            if (required) {
                problems.add(new RuleViolation(field, "请填写" + label));
            }
            return null;
        }
        if (!NUMBER.matcher(t).matches()) {
            problems.add(new RuleViolation(field, label + "“" + text.strip() + "”不是数字，应为整数，如120"));
            return null;
        }
        BigDecimal number = new BigDecimal(t);
        if (number.signum() < 0) {
            problems.add(new RuleViolation(field, label + "不能为负数"));
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0) {
            problems.add(new RuleViolation(field, label + "应为整数（人数不能有小数），“" + text.strip() + "”有小数"));
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(LARGEST)) > 0) {
            problems.add(new RuleViolation(field, label + "超过" + LARGEST + "人，请核对"));
            return null;
        }
        return number.intValueExact();
    }

    /** Stores checked months of an import, new or replacing, and derives their years' contributions once. */
    List<InformantCount> storeAll(List<Checked> rows) {
        List<InformantCount> stored = new ArrayList<>();
        Map<String, InformantCounting.Key> years = new LinkedHashMap<>();
        for (Checked c : rows) {
            InformantCount count = counts.findByUnit_IdAndPeriodYearAndPeriodMonth(c.unit().getId(), c.year(), c.month())
                    .orElseGet(() -> new InformantCount(c.unit(), c.year(), c.month()));
            count.set(c.newlyRegistered(), c.totalRegistered(), c.sourceNote(), CurrentUser.username(), clock.instant());
            stored.add(counts.save(count));
            years.putIfAbsent(c.unit().getId() + ":" + c.year(), new InformantCounting.Key(c.unit().getId(), c.unit().getPath(), c.year()));
        }
        counts.flush();
        counting.changed(years.values());
        return stored;
    }
}
