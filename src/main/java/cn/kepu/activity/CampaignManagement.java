package cn.kepu.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.Scope;
import cn.kepu.org.UnitType;
import cn.kepu.plan.PlanCatalog;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Versions;

/**
 * Campaigns: an association creates one for the units beneath it. A user sees the campaigns of their own unit's
 * associations up the tree (to register for them) and those run within their subtree (to follow them).
 */
@Service
@Transactional
class CampaignManagement {

    static final String FOOD_SAFETY = "食品安全";

    private final Campaigns campaigns;
    private final DataScope scope;
    private final PlanCatalog plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignManagement(Campaigns campaigns, DataScope scope, PlanCatalog plans, ApplicationEventPublisher events, Clock clock) {
        this.campaigns = campaigns;
        this.scope = scope;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Campaign> visible() {
        return campaigns.findAll().stream().filter(visibility())
                .sorted(Comparator.comparing(Campaign::getEventStart).reversed()).toList();
    }

    @Transactional(readOnly = true)
    public Campaign campaign(long id) {
        return campaigns.findById(id).filter(visibility()).orElseThrow(() -> new NotFoundException("活动"));
    }

    /**
     * Run within the user's subtree (to follow it) or by one of their unit's associations up the tree (to take
     * part). The user's scope and unit are read once, not once per campaign.
     */
    private Predicate<Campaign> visibility() {
        Scope current = scope.current();
        String own = scope.ownUnit().map(Organization::getPath).orElse(null);
        return c -> current.everything() || current.covers(c.getOrganizer())
                || own != null && own.startsWith(c.getOrganizer().getPath());
    }

    /** Whether the current user may change the campaign: its organizer is within scope, not as a reporter. */
    public boolean editable(Campaign campaign) {
        Scope current = scope.current();
        return current.onlyOrganizationId() == null && current.covers(campaign.getOrganizer());
    }

    public Campaign create(CampaignForm form) {
        Organization organizer = organizer(form.getOrganizerId());
        Campaign campaign = new Campaign(organizer, clock.instant());
        check(form, null, organizer);
        campaign.apply(form);
        campaigns.save(campaign);
        linkQuotas(campaign, form);
        events.publishEvent(ActionPerformed.of(AuditAction.CREATE, "活动", campaign.getId(), campaign.getName(),
                "举办：" + organizer.getName() + "；活动期间：" + campaign.eventWindowText()));
        return campaign;
    }

    public Campaign update(long id, CampaignForm form) {
        Campaign campaign = campaign(id);
        if (!editable(campaign)) {
            throw new NotFoundException("活动");
        }
        Versions.check(form.getVersion(), campaign.getVersion(), id, "活动“" + campaign.getName() + "”");
        check(form, campaign, campaign.getOrganizer());
        Map<Long, String> linksBefore = campaigns.quotaLinks(campaign.getId());
        Map<String, String> rulesBefore = campaign.countingRuleMap();
        campaign.apply(form);
        campaigns.unlinkQuotas(campaign.getId());
        linkQuotas(campaign, form);
        // Only a change to what counts recounts the campaign's activities (all of them, which can be many).
        if (!linksBefore.equals(campaigns.quotaLinks(campaign.getId())) || !rulesBefore.equals(campaign.countingRuleMap())) {
            events.publishEvent(new CampaignCountingChanged(campaign.getId()));
        }
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, "活动", campaign.getId(), campaign.getName(), "修改活动设置"));
        return campaign;
    }

    /** The quota links as the form shows them: every-activity quotas and food-safety-only quotas. */
    @Transactional(readOnly = true)
    public CampaignForm form(Campaign c) {
        CampaignForm f = new CampaignForm();
        f.setVersion(c.getVersion());
        f.setName(c.getName());
        f.setKind(c.getKind());
        f.setTheme(c.getTheme());
        f.setOrganizerId(c.getOrganizer().getId());
        f.setEventStart(c.getEventStart());
        f.setEventEnd(c.getEventEnd());
        f.setRegistrationStart(c.getRegistrationStart());
        f.setRegistrationEnd(c.getRegistrationEnd());
        f.setKeyPlanDeadline(c.getKeyPlanDeadline());
        f.setCompletionDeadline(c.getCompletionDeadline());
        f.setSummaryDeadline(c.getSummaryDeadline());
        f.setNamingPattern(c.getNamingPattern());
        f.setNamingEnforced(c.isNamingEnforced());
        f.setWindowEnforced(c.isWindowEnforced());
        f.setLateRefused(c.isLateRefused());
        f.setCountingRules(c.getCountingRules());
        f.setMaxPhotos(c.getMaxPhotos());
        quotaLinks(c).forEach((quota, topic) -> (topic == null ? f.getQuotaIds() : f.getFoodSafetyQuotaIds()).add(quota));
        return f;
    }

    /** Quota id → the topic an activity must count as to count toward it (null: every approved activity). */
    @Transactional(readOnly = true)
    public Map<Long, String> quotaLinks(Campaign campaign) {
        return campaigns.quotaLinks(campaign.getId());
    }

    /** Associations within scope, which may run campaigns. */
    @Transactional(readOnly = true)
    public List<Organization> organizers() {
        return plans.issuers().stream().filter(o -> o.getUnitType() == UnitType.ASSOCIATION).toList();
    }

    private Organization organizer(Long id) {
        if (id == null) {
            throw new RuleViolation("organizerId", "请选择举办单位");
        }
        Organization unit = scope.visible(id);
        if (scope.current().onlyOrganizationId() != null) {
            throw new RuleViolation("organizerId", "填报员不能创建活动，请联系本单位工作人员");
        }
        return unit;
    }

    private void check(CampaignForm f, Campaign self, Organization organizer) {
        List<RuleViolation> problems = new ArrayList<>();
        if (f.getName() == null || f.getName().isBlank()) {
            problems.add(new RuleViolation("name", "请填写活动名称"));
        } else if (f.getName().strip().length() > 200) {
            problems.add(new RuleViolation("name", "活动名称不能超过200字"));
        } else if ((self == null || !self.getName().equals(f.getName().strip()))
                && campaigns.existsByOrganizer_IdAndName(organizer.getId(), f.getName().strip())) {
            problems.add(new RuleViolation("name", "本单位已有名为“" + f.getName().strip() + "”的活动"));
        }
        if (f.getKind() == null) {
            problems.add(new RuleViolation("kind", "请选择活动类型"));
        }
        window(problems, f.getEventStart(), f.getEventEnd(), "eventStart", "活动期间");
        window(problems, f.getRegistrationStart(), f.getRegistrationEnd(), "registrationStart", "登记期间");
        if (f.getMaxPhotos() != null && (f.getMaxPhotos() < 1 || f.getMaxPhotos() > 50)) {
            problems.add(new RuleViolation("maxPhotos", "照片数量上限应在1到50张之间"));
        }
        if (f.getNamingPattern() != null && f.getNamingPattern().chars().filter(ch -> ch == '{').count()
                != f.getNamingPattern().chars().filter(ch -> ch == '}').count()) {
            problems.add(new RuleViolation("namingPattern", "命名规则中的“{”和“}”应成对，如“{年}年泰安市{主题}科普志愿服务活动”"));
        }
        Set<Long> allowed = plans.quotasIssuedBy(organizer.getId()).stream().map(PlanCatalog.QuotaChoice::id)
                .collect(Collectors.toSet());
        for (List<Long> ids : List.of(f.getQuotaIds(), f.getFoodSafetyQuotaIds())) {
            if (ids != null && !allowed.containsAll(ids)) {
                problems.add(new RuleViolation("quotaIds", "只能选择举办单位自己计划中的指标"));
            }
        }
        RuleViolation.throwIfAny(problems);
    }

    private static void window(List<RuleViolation> problems, LocalDate from, LocalDate to,
            String field, String what) {
        if (from == null || to == null) {
            problems.add(new RuleViolation(field, "请填写" + what + "的起止日期"));
        } else if (to.isBefore(from)) {
            problems.add(new RuleViolation(field, what + "的结束日期早于开始日期"));
        }
    }

    private void linkQuotas(Campaign campaign, CampaignForm form) {
        Set<Long> done = new HashSet<>();
        for (Long id : form.getFoodSafetyQuotaIds() == null ? List.<Long>of() : form.getFoodSafetyQuotaIds()) {
            if (done.add(id)) {
                campaigns.linkQuota(campaign.getId(), id, FOOD_SAFETY);
            }
        }
        for (Long id : form.getQuotaIds() == null ? List.<Long>of() : form.getQuotaIds()) {
            if (done.add(id)) {
                campaigns.linkQuota(campaign.getId(), id, null);
            }
        }
    }
}
