package cn.kepu.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.activity.ActivityFigures;
import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.base.BaseCatalog;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.UnitType;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Versions;
import cn.kepu.volunteer.VolunteerRegistry;

/**
 * 年度科普统计: a unit's form of a year, its checks, and the totals of the forms submitted up the tree. While a form is
 * open its pre-filled items follow Kepu's records (an activity approved today shows on tomorrow's form); what a person
 * types over a pre-fill stays typed; submitting freezes every figure as it then stands.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsWork {

    static final String AUDIT_TYPE = "科普统计";
    /** A change over this share against last year's submitted figure needs a note before the form is submitted. */
    static final BigDecimal JUMP = new BigDecimal("0.5");

    private final StatisticsForms forms;
    private final DataScope scope;
    private final OrganizationDirectory organizations;
    private final ActivityFigures activities;
    private final BaseCatalog bases;
    private final VolunteerRegistry volunteers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StatisticsWork(StatisticsForms forms, DataScope scope, OrganizationDirectory organizations, ActivityFigures activities,
            BaseCatalog bases, VolunteerRegistry volunteers, ApplicationEventPublisher events, Clock clock) {
        this.forms = forms;
        this.scope = scope;
        this.organizations = organizations;
        this.activities = activities;
        this.bases = bases;
        this.volunteers = volunteers;
        this.events = events;
        this.clock = clock;
    }

    /** One item as the form shows it: the figure, where it came from, last year's, and whether the change needs a note. */
    public record Figure(StatisticsItem item, BigDecimal amount, boolean prefilled, String source, String jumpNote,
            BigDecimal lastYear, boolean jump) {
    }

    /** A unit's form of a year as it stands now (form null: nothing saved yet). */
    public record Sheet(Organization unit, int year, StatisticsForm form, Map<StatisticsItem, Figure> figures) {

        public boolean open() {
            return form == null || form.isOpen();
        }

        public String stateLabel() {
            return form == null ? "未填报" : form.getState().label();
        }
    }

    /** A unit of the list with its form's state. */
    public record UnitState(Organization unit, StatisticsForm form) {

        public String stateLabel() {
            return form == null ? "未填报" : form.getState().label();
        }
    }

    int thisYear() {
        return java.time.LocalDate.now(clock).getYear();
    }

    /** The associations within the user's subtree, each with its form of the year. */
    public List<UnitState> units(int year) {
        var current = scope.current();
        // The year's forms of the whole scope in one query (a national list is some 3,000 units), matched to the units.
        Map<Long, StatisticsForm> byUnit = new java.util.HashMap<>();
        String prefix = current.everything() ? "/" : current.pathPrefix();
        if (prefix != null) {
            forms.inSubtree(year, prefix, List.of(StatisticsForm.State.values())).forEach(f -> byUnit.put(f.getUnit().getId(), f));
        }
        List<UnitState> list = new ArrayList<>();
        for (Organization o : organizations.within(current)) {
            if (o.getUnitType() == UnitType.ASSOCIATION) {
                list.add(new UnitState(o, byUnit.get(o.getId())));
            }
        }
        return list;
    }

    public Sheet sheet(long unitId, int year) {
        Organization unit = scope.visible(unitId);
        checkYear(year);
        StatisticsForm form = forms.findByUnit_IdAndReportYear(unitId, year).orElse(null);
        Map<StatisticsItem, BigDecimal> last = lastYear(unitId, year);
        Map<StatisticsItem, Figure> figures = new EnumMap<>(StatisticsItem.class);
        Map<StatisticsItem, Entry> stored = form == null ? Map.of() : form.entries();
        Map<StatisticsItem, Prefilled> prefill = form == null || form.isOpen() ? prefill(unit, year) : Map.of();
        for (StatisticsItem item : StatisticsItem.values()) {
            Entry e = stored.get(item);
            Prefilled p = prefill.get(item);
            if (e != null && (!e.isPrefilled() || p == null)) {
                figures.put(item, figure(item, e.getAmount(), e.isPrefilled(), e.getSourceNote(), e.getJumpNote(), last));
            } else if (p != null) {
                figures.put(item, figure(item, p.amount(), true, p.source(), e == null ? null : e.getJumpNote(), last));
            }
        }
        return new Sheet(unit, year, form, figures);
    }

    private static Figure figure(StatisticsItem item, BigDecimal amount, boolean prefilled, String source, String note,
            Map<StatisticsItem, BigDecimal> last) {
        BigDecimal before = last.get(item);
        return new Figure(item, amount, prefilled, source, note, before, jumps(before, amount));
    }

    static boolean jumps(BigDecimal before, BigDecimal now) {
        if (before == null || now == null || before.signum() == 0) {
            return false;
        }
        return now.subtract(before).abs().divide(before, 4, RoundingMode.HALF_UP).compareTo(JUMP) > 0;
    }

    /** What Kepu knows of the unit's year: its own approved activities, the bases it manages, its teams' volunteers. */
    record Prefilled(BigDecimal amount, String source) {
    }

    Map<StatisticsItem, Prefilled> prefill(Organization unit, int year) {
        Map<String, ActivityFigures.OrganizedYear> byKind = activities.organizedByKindIn(unit.getId(), year);
        long count = byKind.values().stream().mapToLong(ActivityFigures.OrganizedYear::activities).sum();
        long people = byKind.values().stream().mapToLong(ActivityFigures.OrganizedYear::participants).sum();
        Map<StatisticsItem, Prefilled> p = new EnumMap<>(StatisticsItem.class);
        p.put(StatisticsItem.ACTIVITIES, new Prefilled(BigDecimal.valueOf(count), "本单位" + year + "年审核通过的活动"));
        p.put(StatisticsItem.SCIENCE_DAY, new Prefilled(BigDecimal.valueOf(kind(byKind, "全国科普日").activities()),
                "本单位" + year + "年全国科普日审核通过的活动"));
        p.put(StatisticsItem.SCIENCE_WEEK, new Prefilled(BigDecimal.valueOf(kind(byKind, "科技活动周").activities()),
                "本单位" + year + "年科技活动周审核通过的活动"));
        p.put(StatisticsItem.PARTICIPANTS, new Prefilled(BigDecimal.valueOf(people), "上述活动登记的实际参加人数"));
        p.put(StatisticsItem.EDUCATION_BASES, new Prefilled(BigDecimal.valueOf(bases.recognizedManagedBy(unit.getId())),
                "本单位主管的已认定科普教育基地"));
        p.put(StatisticsItem.VOLUNTEERS, new Prefilled(BigDecimal.valueOf(volunteers.registeredIn(unit.getId())),
                "本单位服务队登记的科技志愿者"));
        return p;
    }

    private static ActivityFigures.OrganizedYear kind(Map<String, ActivityFigures.OrganizedYear> byKind, String kind) {
        return byKind.getOrDefault(kind, new ActivityFigures.OrganizedYear(0, 0));
    }

    private Map<StatisticsItem, BigDecimal> lastYear(long unitId, int year) {
        Map<StatisticsItem, BigDecimal> last = new EnumMap<>(StatisticsItem.class);
        forms.findByUnit_IdAndReportYear(unitId, year - 1).filter(f -> f.getState() == StatisticsForm.State.SUBMITTED)
                .ifPresent(f -> f.entries().forEach((item, e) -> last.put(item, e.getAmount())));
        return last;
    }

    private void checkYear(int year) {
        if (year < 2000 || year > thisYear()) {
            throw new NotFoundException("统计年度");
        }
    }

    /** Saves what was typed (text per item, blank: not reported, or back to the pre-fill); the form stays open. */
    @Transactional
    public StatisticsForm save(long unitId, int year, Map<StatisticsItem, String> typed, Map<StatisticsItem, String> notes, Long version) {
        return store(unitId, year, typed, notes, version, false);
    }

    /** Saves and submits: the checks, and a note for every jump; then every figure is frozen. */
    @Transactional
    public StatisticsForm submit(long unitId, int year, Map<StatisticsItem, String> typed, Map<StatisticsItem, String> notes, Long version) {
        return store(unitId, year, typed, notes, version, true);
    }

    private StatisticsForm store(long unitId, int year, Map<StatisticsItem, String> typed, Map<StatisticsItem, String> notes,
            Long version, boolean submit) {
        Organization unit = scope.visible(unitId);
        if (unit.getUnitType() != UnitType.ASSOCIATION) {
            throw new RuleViolation("unit", "科普统计由科协填报：" + unit.getName() + "不是科协");
        }
        checkYear(year);
        StatisticsForm form = forms.findByUnit_IdAndReportYear(unitId, year).orElse(null);
        if (form != null) {
            if (!form.isOpen()) {
                throw new RuleViolation("form", unit.getName() + year + "年的科普统计已上报，不能再修改；如需更正，请上级科协退回");
            }
            Versions.check(version, form.getVersion(), form.getId(), "科普统计");
        }
        Map<StatisticsItem, Prefilled> prefill = prefill(unit, year);
        Map<StatisticsItem, BigDecimal> last = lastYear(unitId, year);
        List<RuleViolation> problems = new ArrayList<>();
        Map<StatisticsItem, Entry> entries = new EnumMap<>(StatisticsItem.class);
        for (StatisticsItem item : StatisticsItem.values()) {
            String text = typed.get(item);
            String note = notes.get(item) == null || notes.get(item).isBlank() ? null : notes.get(item).strip();
            if (note != null && note.length() > 500) {
                problems.add(new RuleViolation(field(item), item.label() + "的说明不能超过500个字"));
            }
            Prefilled p = prefill.get(item);
            BigDecimal amount = amount(item, text, problems);
            if (amount == null && (text == null || text.isBlank()) && p != null) {
                entries.put(item, new Entry(p.amount(), Entry.Origin.PREFILLED, p.source(), note));
            } else if (amount != null) {
                boolean same = p != null && p.amount().compareTo(amount) == 0;
                entries.put(item, same ? new Entry(p.amount(), Entry.Origin.PREFILLED, p.source(), note)
                        : new Entry(amount, Entry.Origin.TYPED, null, note));
            }
        }
        for (Map.Entry<StatisticsItem, Entry> e : entries.entrySet()) {
            StatisticsItem parent = e.getKey().partOf();
            Entry whole = parent == null ? null : entries.get(parent);
            if (whole != null && e.getValue().getAmount().compareTo(whole.getAmount()) > 0) {
                problems.add(new RuleViolation(field(e.getKey()), e.getKey().shortLabel() + "（" + plain(e.getValue().getAmount())
                        + e.getKey().measure() + "）不能大于" + parent.shortLabel() + "（" + plain(whole.getAmount()) + parent.measure() + "）"));
            }
        }
        if (submit) {
            for (Map.Entry<StatisticsItem, Entry> e : entries.entrySet()) {
                BigDecimal before = last.get(e.getKey());
                if (jumps(before, e.getValue().getAmount()) && e.getValue().getJumpNote() == null) {
                    problems.add(new RuleViolation(field(e.getKey()), e.getKey().shortLabel() + "比上年（" + plain(before) + e.getKey().measure()
                            + "）变化超过50%，请在说明中写明原因后再上报"));
                }
            }
            if (entries.values().stream().noneMatch(e -> !e.isPrefilled())) {
                problems.add(new RuleViolation("form", "还没有填写任何数字：系统预填之外的项目请据实填写后再上报"));
            }
        }
        RuleViolation.throwIfAny(problems);
        boolean created = form == null;
        if (created) {
            form = new StatisticsForm(unit, year);
        }
        form.replace(entries, CurrentUser.username(), clock.instant());
        if (submit) {
            form.submit(CurrentUser.username(), clock.instant());
        }
        forms.saveAndFlush(form);
        events.publishEvent(ActionPerformed.of(submit ? AuditAction.SUBMIT : created ? AuditAction.CREATE : AuditAction.UPDATE,
                AUDIT_TYPE, form.getId(), unit.getName() + year + "年科普统计", (submit ? "上报，" : "保存，") + entries.size() + "项"));
        return form;
    }

    /** Whether the current user belongs above the unit (or sees everything): who may send its form back. */
    public boolean returnsFormsOf(Organization unit) {
        return scope.current().everything() || scope.ownUnit().map(own -> !own.getId().equals(unit.getId())
                && unit.getPath().startsWith(own.getPath())).orElse(false);
    }

    /** The unit above (staff of an ancestor within scope) sends a submitted form back with its reason. */
    @Transactional
    public StatisticsForm returnForChanges(long unitId, int year, String reason) {
        Organization unit = scope.visible(unitId);
        StatisticsForm form = forms.findByUnit_IdAndReportYear(unitId, year)
                .filter(f -> f.getState() == StatisticsForm.State.SUBMITTED)
                .orElseThrow(() -> new RuleViolation("form", "只有已上报的科普统计可以退回"));
        if (!returnsFormsOf(unit)) {
            throw new RuleViolation("form", "只有上级科协可以退回本单位的科普统计");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "请填写退回原因");
        }
        form.returnForChanges(reason.strip(), CurrentUser.username(), clock.instant());
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, AUDIT_TYPE, form.getId(), unit.getName() + year + "年科普统计",
                "退回：" + reason.strip()));
        return form;
    }

    /** Totals of the forms submitted in a unit's subtree, with 人均科普经费, and the same for each unit directly beneath. */
    public record Totals(Organization unit, int submitted, Map<StatisticsItem, BigDecimal> sums, BigDecimal perCapita) {

        public BigDecimal of(StatisticsItem item) {
            return sums.get(item);
        }
    }

    public record RollUp(int year, Totals total, List<Totals> beneath) {
    }

    public RollUp rollUp(long unitId, int year) {
        Organization unit = scope.visible(unitId);
        checkYear(year);
        List<FormFigure> figures = new ArrayList<>();
        for (Object[] row : forms.figuresInSubtree(year, unit.getPath(), StatisticsForm.State.SUBMITTED)) {
            figures.add(new FormFigure((String) row[0], (StatisticsItem) row[1], (BigDecimal) row[2]));
        }
        List<String> paths = forms.pathsInSubtree(year, unit.getPath(), StatisticsForm.State.SUBMITTED);
        List<Totals> beneath = new ArrayList<>();
        for (Organization child : organizations.children(unit.getId())) {
            if (child.getUnitType() == UnitType.ASSOCIATION && scope.current().covers(child)) {
                String prefix = child.getPath();
                beneath.add(totals(child, (int) paths.stream().filter(p -> p.startsWith(prefix)).count(),
                        figures.stream().filter(f -> f.path().startsWith(prefix)).toList()));
            }
        }
        return new RollUp(year, totals(unit, paths.size(), figures), beneath);
    }

    /** One figure of a submitted form: its unit's path, the item, the amount. */
    record FormFigure(String path, StatisticsItem item, BigDecimal amount) {
    }

    /**
     * Sums every item over the forms; the population is not a sum of nested forms (a city's form already holds its
     * counties' people): it is added over the outermost forms that give one.
     */
    static Totals totals(Organization unit, int submitted, List<FormFigure> figures) {
        Map<StatisticsItem, BigDecimal> sums = new EnumMap<>(StatisticsItem.class);
        List<FormFigure> people = new ArrayList<>();
        for (FormFigure f : figures) {
            if (f.item().summed()) {
                sums.merge(f.item(), f.amount(), BigDecimal::add);
            } else {
                people.add(f);
            }
        }
        people.sort(java.util.Comparator.comparingInt(f -> f.path().length()));
        List<String> counted = new ArrayList<>();
        for (FormFigure f : people) {
            if (counted.stream().noneMatch(f.path()::startsWith)) {
                sums.merge(StatisticsItem.POPULATION, f.amount(), BigDecimal::add);
                counted.add(f.path());
            }
        }
        BigDecimal raised = sums.get(StatisticsItem.FUNDS_RAISED);
        BigDecimal population = sums.get(StatisticsItem.POPULATION);
        // 万元 over 万人 is 元 per person.
        BigDecimal perCapita = raised == null || population == null || population.signum() == 0 ? null
                : raised.divide(population, 2, RoundingMode.HALF_UP);
        return new Totals(unit, submitted, sums, perCapita);
    }

    static String field(StatisticsItem item) {
        return "v_" + item.name();
    }

    static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    /** A figure typed: blank is none; not a number, negative or a fraction of a whole item is named. */
    static BigDecimal amount(StatisticsItem item, String text, List<RuleViolation> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace(",", "").replace("，", "");
        try {
            BigDecimal v = new BigDecimal(t);
            if (v.signum() < 0) {
                problems.add(new RuleViolation(field(item), item.shortLabel() + "不能为负数"));
                return null;
            }
            if (item.whole() && v.stripTrailingZeros().scale() > 0) {
                problems.add(new RuleViolation(field(item), item.shortLabel() + "应为整数（单位：" + item.measure() + "）"));
                return null;
            }
            if (v.stripTrailingZeros().scale() > 2 || v.compareTo(new BigDecimal("99999999999999")) > 0) {
                problems.add(new RuleViolation(field(item), item.shortLabel() + "“" + text.strip() + "”超出了可填写的范围（最多两位小数）"));
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(new RuleViolation(field(item), item.shortLabel() + "“" + text.strip() + "”不是数字"));
            return null;
        }
    }
}
