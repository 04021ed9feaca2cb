package cn.kepu.literacy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.org.DataScope;
import cn.kepu.org.OrgLevel;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.UnitType;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Versions;

/**
 * The measured rates and who may see and enter them. A region is an association of province, city or county level.
 * Its rates are read by the users of its subtree and — as published figures their own targets are compared with — by
 * those below it; the national series by everyone. A rate is entered or changed only for a region within the user's
 * subtree; the national figure only by a province-level user or the system administrator.
 */
@Service
@Transactional(readOnly = true)
public class LiteracyRegistry {

    static final String AUDIT_TYPE = "公民科学素质";
    static final int FIRST_YEAR = 1990;

    private final LiteracyRates rates;
    private final DataScope scope;
    private final OrganizationDirectory organizations;
    private final LiteracyCounting counting;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LiteracyRegistry(LiteracyRates rates, DataScope scope, OrganizationDirectory organizations, LiteracyCounting counting,
            ApplicationEventPublisher events, Clock clock) {
        this.rates = rates;
        this.scope = scope;
        this.organizations = organizations;
        this.counting = counting;
        this.events = events;
        this.clock = clock;
    }

    /** A region and its latest rate (null when none was measured). */
    public record RegionRate(Organization region, LiteracyRate latest) {
    }

    /** A region's rate in a comparison of one year (null rate: not measured that year). */
    public record Compared(long regionId, String region, BigDecimal rate) {
    }

    /** Whether the unit stands for a region whose rates are measured: an association above township level. */
    public static boolean isRegion(Organization o) {
        return o.getUnitType() == UnitType.ASSOCIATION && o.getLevel() != OrgLevel.TOWNSHIP;
    }

    int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    /** The regions within the user's subtree, in tree order, with their latest rates. */
    public List<RegionRate> regions() {
        List<Organization> regions = organizations.within(scope.current()).stream().filter(LiteracyRegistry::isRegion).toList();
        Map<Long, LiteracyRate> latest = new HashMap<>();
        for (LiteracyRate r : rates.findByRegion_IdInOrderBySurveyYearAsc(regions.stream().map(Organization::getId).toList())) {
            latest.put(r.getRegion().getId(), r);
        }
        return regions.stream().map(o -> new RegionRate(o, latest.get(o.getId()))).toList();
    }

    /** The regions a user may enter rates for (within the subtree). */
    public List<Organization> enterable() {
        return organizations.within(scope.current()).stream().filter(LiteracyRegistry::isRegion).toList();
    }

    /** Whether the user may enter the national figure. */
    public boolean entersNational() {
        return scope.current().everything()
                || scope.ownUnit().map(o -> o.getLevel() == OrgLevel.PROVINCE && isRegion(o)).orElse(false);
    }

    /** The region if the user may read its rates: in the subtree, or above the user's own unit. */
    public Organization readableRegion(long regionId) {
        Organization region = organizations.find(regionId).filter(LiteracyRegistry::isRegion)
                .orElseThrow(() -> new NotFoundException("地区"));
        if (scope.current().covers(region)) {
            return region;
        }
        boolean above = scope.ownUnit().map(own -> own.getPath().startsWith(region.getPath())).orElse(false);
        if (!above) {
            throw new NotFoundException("地区");
        }
        return region;
    }

    /** A region's series by year; null region: the national series. */
    public List<LiteracyRate> series(Long regionId) {
        if (regionId == null) {
            return rates.findByRegionIsNullOrderBySurveyYearAsc();
        }
        return rates.findByRegion_IdOrderBySurveyYearAsc(readableRegion(regionId).getId());
    }

    /** The region above this one whose rates it is compared with: the nearest association region, or 全国 (empty). */
    public Optional<Organization> parentRegion(Organization region) {
        Organization p = region.getParent();
        while (p != null && !isRegion(p)) {
            p = p.getParent();
        }
        return Optional.ofNullable(p);
    }

    /** The regions directly under this one (the nearest association regions beneath it), compared for one year. */
    public List<Compared> comparison(long regionId, int year) {
        Organization region = readableRegion(regionId);
        List<Organization> beneath = organizations.subtree(region).stream()
                .filter(o -> !o.getId().equals(region.getId()) && isRegion(o) && parentRegion(o).map(p -> p.getId().equals(region.getId())).orElse(false))
                .sorted(Comparator.comparing(Organization::getPath)).toList();
        Map<Long, BigDecimal> found = new HashMap<>();
        if (!beneath.isEmpty()) {
            rates.inYear(beneath.stream().map(Organization::getId).toList(), year).forEach(r -> found.put(r.getRegion().getId(), r.getRate()));
        }
        return beneath.stream().map(o -> new Compared(o.getId(), LiteracyRate.regionName(o), found.get(o.getId()))).toList();
    }

    public LiteracyRate rate(long id) {
        LiteracyRate rate = rates.findById(id).orElseThrow(() -> new NotFoundException("测评结果"));
        if (rate.getRegion() != null) {
            readableRegion(rate.getRegion().getId());
        }
        return rate;
    }

    /** The rate, if the user may change it. */
    LiteracyRate changeable(long id) {
        LiteracyRate rate = rate(id);
        if (rate.getRegion() == null ? !entersNational() : !scope.current().covers(rate.getRegion())) {
            throw new NotFoundException("测评结果");
        }
        return rate;
    }

    /** A checked rate, ready to store: what the form and the import both produce. */
    record Checked(Organization region, int year, BigDecimal rate, Integer sampleSize, BigDecimal margin, String source,
            LocalDate surveyedOn, List<Breakdown> breakdowns) {
    }

    @Transactional
    public LiteracyRate enter(RateForm form) {
        Checked c = check(form);
        Optional<LiteracyRate> existing = c.region() == null ? rates.findByRegionIsNullAndSurveyYear(c.year())
                : rates.findByRegion_IdAndSurveyYear(c.region().getId(), c.year());
        if (existing.isPresent()) {
            throw new RuleViolation("surveyYear", (c.region() == null ? "全国" : LiteracyRate.regionName(c.region())) + c.year()
                    + "年的比例已录入，请在原记录上修改");
        }
        LiteracyRate rate = store(c, null);
        events.publishEvent(ActionPerformed.of(AuditAction.CREATE, AUDIT_TYPE, rate.getId(), rate.regionName() + rate.getSurveyYear() + "年",
                "公民具备科学素质的比例 " + rate.getRate().toPlainString() + "%（" + rate.getSourceName() + "）"));
        return rate;
    }

    @Transactional
    public LiteracyRate update(long id, RateForm form) {
        LiteracyRate rate = changeable(id);
        Versions.check(form.getVersion(), rate.getVersion(), id, "测评结果");
        Checked c = check(form);
        Long was = rate.getRegion() == null ? null : rate.getRegion().getId();
        Long now = c.region() == null ? null : c.region().getId();
        if (!java.util.Objects.equals(was, now) || c.year() != rate.getSurveyYear()) {
            throw new RuleViolation("surveyYear", "地区和年份不能修改：如录错了，请删除后重新录入");
        }
        String before = rate.getRate().toPlainString();
        store(c, rate);
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, AUDIT_TYPE, rate.getId(), rate.regionName() + rate.getSurveyYear() + "年",
                before + "% → " + rate.getRate().toPlainString() + "%"));
        return rate;
    }

    @Transactional
    public void delete(long id) {
        LiteracyRate rate = changeable(id);
        Organization region = rate.getRegion();
        rates.delete(rate);
        rates.flush();
        if (region != null) {
            counting.changed(List.of(region.getId()));
        }
        events.publishEvent(ActionPerformed.of(AuditAction.DELETE, AUDIT_TYPE, id, rate.regionName() + rate.getSurveyYear() + "年",
                rate.getRate().toPlainString() + "%"));
    }

    /** Stores checked rates, replacing a region's year where it exists: the import's all-or-nothing write. */
    @Transactional
    List<LiteracyRate> storeAll(List<Checked> checked) {
        List<LiteracyRate> stored = new ArrayList<>();
        for (Checked c : checked) {
            Optional<LiteracyRate> existing = c.region() == null ? rates.findByRegionIsNullAndSurveyYear(c.year())
                    : rates.findByRegion_IdAndSurveyYear(c.region().getId(), c.year());
            stored.add(store(c, existing.orElse(null), false));
        }
        rates.flush();
        counting.changed(checked.stream().filter(c -> c.region() != null).map(c -> c.region().getId()).distinct().toList());
        return stored;
    }

    private LiteracyRate store(Checked c, LiteracyRate rate) {
        return store(c, rate, true);
    }

    private LiteracyRate store(Checked c, LiteracyRate rate, boolean count) {
        LiteracyRate target = rate != null ? rate : new LiteracyRate(c.region(), c.year());
        target.set(c.rate(), c.sampleSize(), c.margin(), c.source(), c.surveyedOn(), c.breakdowns(), CurrentUser.username(),
                clock.instant());
        rates.saveAndFlush(target);
        if (count && c.region() != null) {
            counting.changed(List.of(c.region().getId()));
        }
        return target;
    }

    /** Every problem of the form at once, under its field. */
    Checked check(RateForm form) {
        List<RuleViolation> problems = new ArrayList<>();
        Organization region = null;
        if (form.getRegionId() == null) {
            problems.add(new RuleViolation("regionId", "请选择地区"));
        } else if (form.getRegionId() == 0) {
            if (!entersNational()) {
                problems.add(new RuleViolation("regionId", "全国的比例只能由省级科协或系统管理员录入"));
            }
        } else {
            region = organizations.find(form.getRegionId()).filter(LiteracyRegistry::isRegion).filter(scope.current()::covers)
                    .orElse(null);
            if (region == null) {
                problems.add(new RuleViolation("regionId", "只能录入本单位及下级地区的比例"));
            }
        }
        Integer year = year(form.getSurveyYear(), problems);
        BigDecimal rate = percent(form.getRate(), "rate", "比例", true, problems);
        Integer sample = null;
        if (!RateForm.blank(form.getSampleSize())) {
            try {
                sample = Integer.valueOf(form.getSampleSize().strip().replace(",", "").replace("，", ""));
                if (sample <= 0) {
                    problems.add(new RuleViolation("sampleSize", "样本量应为正整数"));
                }
            } catch (NumberFormatException e) {
                problems.add(new RuleViolation("sampleSize", "样本量“" + form.getSampleSize().strip() + "”不是整数"));
            }
        }
        BigDecimal margin = percent(form.getMarginOfError(), "marginOfError", "误差", false, problems);
        String source = RateForm.blank(form.getSourceName()) ? null : form.getSourceName().strip();
        if (source == null) {
            problems.add(new RuleViolation("sourceName", "请填写数据来源（调查名称或发布文件）"));
        } else if (source.length() > 200) {
            problems.add(new RuleViolation("sourceName", "数据来源不能超过200个字"));
        }
        LocalDate surveyedOn = null;
        if (!RateForm.blank(form.getSurveyedOn())) {
            try {
                surveyedOn = LocalDate.parse(form.getSurveyedOn().strip());
                if (surveyedOn.isAfter(LocalDate.now(clock))) {
                    problems.add(new RuleViolation("surveyedOn", "调查日期不能晚于今天"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new RuleViolation("surveyedOn", "调查日期“" + form.getSurveyedOn().strip() + "”应写作如2024-10-15"));
            }
        }
        List<Breakdown> breakdowns = new ArrayList<>();
        for (int i = 0; i < form.getRows().size(); i++) {
            RateForm.Row row = form.getRows().get(i);
            if (row.isBlank()) {
                continue;
            }
            String field = "rows" + i;
            Dimension dimension = RateForm.blank(row.getDimension()) ? null : Dimension.labelled(row.getDimension().strip());
            if (dimension == null) {
                problems.add(new RuleViolation(field, "第" + (i + 1) + "行分组：请选择分类（性别、年龄段、城乡、文化程度或重点人群）"));
            }
            if (RateForm.blank(row.getGroup())) {
                problems.add(new RuleViolation(field, "第" + (i + 1) + "行分组：请填写组别，如“女性”"));
            } else if (row.getGroup().strip().length() > 50) {
                problems.add(new RuleViolation(field, "第" + (i + 1) + "行分组：组别不能超过50个字"));
            }
            BigDecimal groupRate = percent(row.getRate(), field, "第" + (i + 1) + "行分组的比例", true, problems);
            if (dimension != null && !RateForm.blank(row.getGroup()) && groupRate != null) {
                breakdowns.add(new Breakdown(dimension, row.getGroup().strip(), groupRate));
            }
        }
        RuleViolation.throwIfAny(problems);
        return new Checked(region, year, rate, sample, margin, source, surveyedOn, breakdowns);
    }

    private Integer year(String text, List<RuleViolation> problems) {
        if (RateForm.blank(text)) {
            problems.add(new RuleViolation("surveyYear", "请填写测评年份"));
            return null;
        }
        String t = text.strip().replaceAll("年$", "");
        try {
            int year = Integer.parseInt(t);
            if (year > thisYear()) {
                problems.add(new RuleViolation("surveyYear", "测评年份" + year + "年还没有到：只能录入已经测得的比例"));
            } else if (year < FIRST_YEAR) {
                problems.add(new RuleViolation("surveyYear", "测评年份应在" + FIRST_YEAR + "年以后"));
            }
            return year;
        } catch (NumberFormatException e) {
            problems.add(new RuleViolation("surveyYear", "测评年份“" + text.strip() + "”应写作如2024"));
            return null;
        }
    }

    /** A percentage 0–100 with at most two decimals; "12.93%" and "12.93" both read. */
    static BigDecimal percent(String text, String field, String what, boolean required, List<RuleViolation> problems) {
        if (RateForm.blank(text)) {
            if (required) {
                problems.add(new RuleViolation(field, "请填写" + what));
            }
            return null;
        }
        String t = text.strip().replaceAll("[%％]$", "").strip();
        try {
            BigDecimal v = new BigDecimal(t);
            if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(new RuleViolation(field, what + "应在0到100之间（单位为%），“" + text.strip() + "”超出了范围"));
                return null;
            }
            if (v.stripTrailingZeros().scale() > 2) {
                problems.add(new RuleViolation(field, what + "最多保留两位小数"));
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(new RuleViolation(field, what + "“" + text.strip() + "”不是数字"));
            return null;
        }
    }

    /** A region's target from its plans, and where its measured rates lead by then in words (null: fewer than two). */
    public record Goal(int year, BigDecimal rate, String trend) {
    }

    /** The region's latest target in a published plan, if any (the region read as {@link #readableRegion} allows). */
    public Optional<Goal> goal(long regionId) {
        List<LiteracyRate> series = series(regionId);
        return counting.targetsOf(regionId).stream().findFirst().map(t -> new Goal(t.year(), t.rate(),
                projection(series, t.year(), t.year(), t.rate()).map(Projection::words).orElse(null)));
    }

    /** A projection of the region's series to a year against a target (for the region page's chart and words). */
    public static Optional<Projection> projection(List<LiteracyRate> series, int upTo, int targetYear, BigDecimal target) {
        List<Projection.Point> points = series.stream().filter(r -> r.getSurveyYear() <= upTo)
                .map(r -> new Projection.Point(r.getSurveyYear(), r.getRate())).toList();
        return Projection.of(points, targetYear, target);
    }
}
