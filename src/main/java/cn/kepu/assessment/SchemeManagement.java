package cn.kepu.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.activity.ActivityFigures;
import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.Scope;
import cn.kepu.org.UnitType;
import cn.kepu.plan.PlanCatalog;
import cn.kepu.plan.WorkPlan;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Versions;

/**
 * Assessment schemes and their indicators. The issuer's people (within its subtree, not as reporters) define and run
 * a scheme; an assessed unit sees it once published. While a draft, everything may change; after, only the workflow
 * moves it ({@link Workflow}).
 */
@Service
@Transactional
public class SchemeManagement {

    private final Schemes schemes;
    private final SchemeIndicators indicators;
    private final AssessedUnits units;
    private final DataScope scope;
    private final OrganizationDirectory organizations;
    private final PlanCatalog plans;
    private final ActivityFigures activities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SchemeManagement(Schemes schemes, SchemeIndicators indicators, AssessedUnits units, DataScope scope,
            OrganizationDirectory organizations, PlanCatalog plans, ActivityFigures activities, ApplicationEventPublisher events,
            Clock clock) {
        this.schemes = schemes;
        this.indicators = indicators;
        this.units = units;
        this.scope = scope;
        this.organizations = organizations;
        this.plans = plans;
        this.activities = activities;
        this.events = events;
        this.clock = clock;
    }

    /** The schemes the user runs (issued within their subtree) and those that assess their unit, newest first. */
    @Transactional(readOnly = true)
    public List<Scheme> visible() {
        Scope current = scope.current();
        Set<Long> assessingOwn = scope.ownUnit().map(u -> Set.copyOf(units.schemesOf(u.getId()))).orElse(Set.of());
        // The schemes assessing units beneath the user, read once for the list rather than asked per scheme.
        Set<Long> followed = current.pathPrefix() != null && current.onlyOrganizationId() == null
                ? units.schemesWithin(current.pathPrefix()) : Set.of();
        return schemes.findAll().stream()
                .filter(s -> manages(s, current) || s.getState() != SchemeState.DRAFT
                        && (assessingOwn.contains(s.getId()) || followed.contains(s.getId())))
                .sorted(Comparator.comparing(Scheme::getYear).reversed().thenComparing(Scheme::getId, Comparator.reverseOrder()))
                .toList();
    }

    /** The scheme, if the user runs it or it assesses their unit and is published; otherwise as if it did not exist. */
    @Transactional(readOnly = true)
    public Scheme scheme(long id) {
        Scheme s = schemes.findById(id).orElseThrow(() -> new NotFoundException("考核方案"));
        if (manages(s) || s.getState() != SchemeState.DRAFT && (assessedUnit(s).isPresent() || follows(s, scope.current()))) {
            return s;
        }
        throw new NotFoundException("考核方案");
    }

    /** The scheme, or null where {@link #scheme(long)} would answer that it does not exist. */
    @Transactional(readOnly = true)
    Scheme schemeOrNull(long id) {
        try {
            return scheme(id);
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** The scheme, if the user runs it. */
    @Transactional(readOnly = true)
    public Scheme managed(long id) {
        Scheme s = scheme(id);
        if (!manages(s)) {
            throw new NotFoundException("考核方案");
        }
        return s;
    }

    /**
     * Whether the user follows the scheme from above: units it assesses lie in the user's subtree (a province following
     * how its counties fare in the national assessment). Such a user reads the results of those units, nothing more.
     */
    private boolean follows(Scheme s, Scope current) {
        return current.pathPrefix() != null && current.onlyOrganizationId() == null && units.within(s.getId(), current.pathPrefix()) > 0;
    }

    /** The assessed units the user may read the results of before 公示: all of them, their own, or those in their subtree. */
    @Transactional(readOnly = true)
    public List<Organization> readable(Scheme s) {
        if (manages(s)) {
            return assessed(s);
        }
        Optional<Organization> own = assessedUnit(s);
        if (own.isPresent()) {
            return List.of(own.get());
        }
        Scope current = scope.current();
        return assessed(s).stream().filter(current::covers).toList();
    }

    public boolean manages(Scheme s) {
        return manages(s, scope.current());
    }

    private static boolean manages(Scheme s, Scope current) {
        return current.onlyOrganizationId() == null && current.covers(s.getIssuer());
    }

    /** The user's own unit, if the scheme assesses it. */
    @Transactional(readOnly = true)
    public Optional<Organization> assessedUnit(Scheme s) {
        return scope.ownUnit().filter(u -> units.assessed(s.getId(), u.getId()));
    }

    /** The assessed units, in tree order. */
    @Transactional(readOnly = true)
    public List<Organization> assessed(Scheme s) {
        return organizations.byIds(units.of(s.getId())).stream().sorted(Comparator.comparing(Organization::getPath)).toList();
    }

    /** One unit, once the caller has checked the reader may see it in this scheme. */
    @Transactional(readOnly = true)
    Organization organization(long id) {
        return organizations.find(id).orElseThrow(() -> new NotFoundException("被考核单位"));
    }

    @Transactional(readOnly = true)
    public List<SchemeIndicator> indicators(Scheme s) {
        return indicators.findBySchemeIdOrderByPosition(s.getId());
    }

    @Transactional(readOnly = true)
    SchemeTree tree(Scheme s) {
        return SchemeTree.of(indicators(s));
    }

    /** Associations within scope, which may issue schemes. */
    @Transactional(readOnly = true)
    public List<Organization> issuers() {
        return plans.issuers().stream().filter(o -> o.getUnitType() == UnitType.ASSOCIATION).toList();
    }

    /** The units an issuer may assess: those beneath it, enabled, in tree order. */
    @Transactional(readOnly = true)
    public List<Organization> candidates(Organization issuer) {
        return organizations.subtree(issuer).stream().filter(o -> !o.getId().equals(issuer.getId()))
                .filter(Organization::isEnabled).toList();
    }

    /**
     * The usual groups an issuer assesses, by the words of the notices: its county-level associations (各县市区（功能区）
     * 科协, functional zones included) and its societies (各市级学会), each as the units' ids.
     */
    @Transactional(readOnly = true)
    public Map<String, List<Long>> groups(Organization issuer) {
        List<Organization> children = organizations.children(issuer.getId()).stream()
                .filter(Organization::isEnabled).toList();
        Map<String, List<Long>> groups = new java.util.LinkedHashMap<>();
        List<Long> associations = children.stream().filter(o -> o.getUnitType() == UnitType.ASSOCIATION).map(Organization::getId).toList();
        List<Long> societies = children.stream().filter(o -> o.getUnitType() == UnitType.SOCIETY).map(Organization::getId).toList();
        if (!associations.isEmpty()) {
            groups.put("下级科协（含功能区）", associations);
        }
        if (!societies.isEmpty()) {
            groups.put(issuer.getLevel().label() + "学会", societies);
        }
        return groups;
    }

    /** The issuer's earlier schemes, to copy indicators from and compare results with. */
    @Transactional(readOnly = true)
    public List<Scheme> earlier(Organization issuer) {
        return schemes.findByIssuer_IdOrderByYearDescIdDesc(issuer.getId());
    }

    /** The quotas a ledger indicator may read: those of the plans the issuer issued. */
    @Transactional(readOnly = true)
    public List<PlanCatalog.QuotaChoice> quotaChoices(Scheme s) {
        return plans.quotasIssuedBy(s.getIssuer().getId());
    }

    /** The plans a timeliness indicator may read: those the issuer issued. */
    @Transactional(readOnly = true)
    public List<WorkPlan> planChoices(Scheme s) {
        return plans.visible().stream().filter(p -> p.getIssuer().getId().equals(s.getIssuer().getId()))
                .sorted(Comparator.comparing(WorkPlan::getPeriodFrom).reversed()).toList();
    }

    @Transactional(readOnly = true)
    public List<ActivityFigures.CampaignChoice> campaignChoices(Scheme s) {
        return activities.campaignsRunWithin(s.getIssuer());
    }

    public Scheme create(SchemeForm form) {
        if (form.getIssuerId() == null) {
            throw new RuleViolation("issuerId", "请选择考核单位");
        }
        Organization issuer = scope.visible(form.getIssuerId());
        if (scope.current().onlyOrganizationId() != null) {
            throw new RuleViolation("issuerId", "填报员不能制定考核方案，请联系本单位工作人员");
        }
        BandsText bands = SchemeRules.scheme(form, null, issuer, titleTaken(issuer, form), candidateIds(issuer), previous(form));
        Scheme s = new Scheme(issuer, clock.instant());
        s.apply(form, bands);
        schemes.saveAndFlush(s);
        units.replace(s.getId(), new ArrayList<>(new LinkedHashSet<>(form.getUnitIds())));
        if (form.getPreviousId() != null) {
            copyIndicators(schemes.findById(form.getPreviousId()).orElseThrow(), s);
        }
        events.publishEvent(ActionPerformed.of(AuditAction.CREATE, "考核方案", s.getId(), s.getTitle(),
                "考核单位：" + issuer.getName() + "；被考核单位" + form.getUnitIds().size() + "个"));
        return s;
    }

    /**
     * A scheme with its indicators in one go (the API): an indicator names its parent by name, defined earlier in the
     * list; any problem with any of them and nothing is kept.
     */
    public Scheme define(SchemeForm form, List<IndicatorForm> indicatorForms, List<String> parentNames) {
        Scheme s = create(form);
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < indicatorForms.size(); i++) {
            IndicatorForm f = indicatorForms.get(i);
            String parent = parentNames.get(i);
            if (parent != null && !parent.isBlank()) {
                Long parentId = ids.get(parent.strip());
                if (parentId == null) {
                    throw new RuleViolation("indicators[" + i + "].parent", "第" + (i + 1) + "项指标的上级指标“" + parent.strip()
                            + "”应在它之前定义");
                }
                f.setParentId(parentId);
            }
            try {
                ids.put(f.getName() == null ? "" : f.getName().strip(), addIndicator(s.getId(), f).getId());
            } catch (RuleViolation e) {
                int at = i;
                RuleViolation.throwIfAny(e.problems().stream().map(p -> new RuleViolation("indicators[" + at + "]." + p.field(),
                        "第" + (at + 1) + "项指标：" + p.getMessage())).toList());
                throw e;
            }
        }
        return s;
    }

    public Scheme update(long id, SchemeForm form) {
        Scheme s = draft(id);
        Versions.check(form.getVersion(), s.getVersion(), id, "考核方案“" + s.getTitle() + "”");
        BandsText bands = SchemeRules.scheme(form, s, s.getIssuer(), titleTaken(s.getIssuer(), form), candidateIds(s.getIssuer()), previous(form));
        s.apply(form, bands);
        units.replace(s.getId(), new ArrayList<>(new LinkedHashSet<>(form.getUnitIds())));
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, "考核方案", s.getId(), s.getTitle(), "修改方案设置"));
        return s;
    }

    @Transactional(readOnly = true)
    public SchemeForm form(Scheme s) {
        SchemeForm f = new SchemeForm();
        f.setVersion(s.getVersion());
        f.setIssuerId(s.getIssuer().getId());
        f.setYear(s.getYear());
        f.setTitle(s.getTitle());
        f.setDocumentNumber(s.getDocumentNumber());
        f.setTotalPoints(s.getTotalPoints());
        f.setBands(s.getBands());
        f.setSelfAssessmentDeadline(s.getSelfAssessmentDeadline());
        f.setPublicityDays(s.getPublicityDays());
        f.setPreviousId(s.getPreviousId());
        f.setUnitIds(new ArrayList<>(units.of(s.getId())));
        return f;
    }

    public SchemeIndicator addIndicator(long schemeId, IndicatorForm form) {
        Scheme s = draft(schemeId);
        SchemeRules.indicator(form, s, null, indicators(s), choices(s));
        List<SchemeIndicator> all = indicators(s);
        SchemeIndicator i = new SchemeIndicator(s.getId(), all.stream().mapToInt(SchemeIndicator::getPosition).max().orElse(0) + 1);
        i.apply(resolved(form, s));
        indicators.save(i);
        return i;
    }

    public SchemeIndicator updateIndicator(long schemeId, long indicatorId, IndicatorForm form) {
        Scheme s = draft(schemeId);
        SchemeIndicator i = indicator(s, indicatorId);
        SchemeRules.indicator(form, s, i, indicators(s), choices(s));
        i.apply(resolved(form, s));
        return i;
    }

    public void removeIndicator(long schemeId, long indicatorId) {
        Scheme s = draft(schemeId);
        SchemeIndicator i = indicator(s, indicatorId);
        List<SchemeIndicator> beneath = indicators(s).stream().filter(c -> i.getId().equals(c.getParentId())).toList();
        indicators.deleteAll(beneath);
        indicators.delete(i);
    }

    @Transactional(readOnly = true)
    public SchemeIndicator indicator(Scheme s, long indicatorId) {
        return indicators.findById(indicatorId).filter(i -> i.getSchemeId() == s.getId())
                .orElseThrow(() -> new NotFoundException("指标"));
    }

    /** The 通报's body as the issuer edited it (the .docx puts it between the title and the ranking). */
    public Scheme writeBulletin(long id, String body) {
        Scheme s = managed(id);
        if (body == null || body.isBlank()) {
            throw new RuleViolation("body", "请填写通报正文");
        }
        if (body.strip().length() > 8000) {
            throw new RuleViolation("body", "通报正文不能超过8000字");
        }
        s.writeBulletin(body.strip());
        return s;
    }

    /** What is not yet right about a scheme's indicators; publishing is refused while there is any. */
    @Transactional(readOnly = true)
    public List<String> problems(Scheme s) {
        List<String> problems = new ArrayList<>();
        SchemeTree tree = tree(s);
        if (tree.scoring(s.getTitle()).isEmpty()) {
            problems.add("还没有指标");
        }
        tree.firstLevel().stream().filter(i -> i.getKind() == IndicatorKind.GROUP && tree.beneath(i).isEmpty())
                .forEach(i -> problems.add("一级指标“" + i.getName() + "”下还没有二级指标"));
        BigDecimal full = tree.fullPoints();
        if (full.compareTo(s.getTotalPoints()) != 0) {
            problems.add("各项指标分值合计" + plain(full) + "分，与方案总分" + plain(s.getTotalPoints()) + "分不符");
        }
        if (units.of(s.getId()).isEmpty()) {
            problems.add("还没有选择被考核单位");
        }
        return problems;
    }

    private Scheme draft(long id) {
        Scheme s = managed(id);
        if (s.getState() != SchemeState.DRAFT) {
            throw new RuleViolation("方案已发布，不能再修改方案和指标");
        }
        return s;
    }

    private void copyIndicators(Scheme from, Scheme to) {
        if (!manages(from)) {
            throw new NotFoundException("考核方案");
        }
        Map<Long, Long> copied = new HashMap<>();
        for (SchemeIndicator i : indicators(from)) {
            SchemeIndicator copy = indicators.save(i.copyTo(to.getId(), i.getParentId() == null ? null : copied.get(i.getParentId())));
            copied.put(i.getId(), copy.getId());
        }
    }

    /** The form with the plan its quota belongs to filled in (the page chooses a quota, the indicator keeps both). */
    private IndicatorForm resolved(IndicatorForm f, Scheme s) {
        if (f.getKind() == IndicatorKind.QUOTA) {
            f.setPlanId(quotaChoices(s).stream().filter(q -> q.id() == f.getQuotaId()).findFirst().orElseThrow().planId());
        }
        return f;
    }

    private boolean titleTaken(Organization issuer, SchemeForm f) {
        return f.getTitle() != null && schemes.existsByIssuer_IdAndTitle(issuer.getId(), f.getTitle().strip());
    }

    private Set<Long> candidateIds(Organization issuer) {
        return candidates(issuer).stream().map(Organization::getId).collect(Collectors.toSet());
    }

    private Scheme previous(SchemeForm f) {
        return f.getPreviousId() == null ? null : schemes.findById(f.getPreviousId()).orElse(null);
    }

    private SchemeRules.Choices choices(Scheme s) {
        return new SchemeRules.Choices(quotaChoices(s).stream().map(PlanCatalog.QuotaChoice::id).collect(Collectors.toSet()),
                planChoices(s).stream().map(WorkPlan::getId).collect(Collectors.toSet()),
                campaignChoices(s).stream().map(ActivityFigures.CampaignChoice::id).collect(Collectors.toSet()));
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
