package cn.kepu.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.activity.ActivityFigures;
import cn.kepu.activity.ActivityFigures.CampaignChoice;
import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.notice.Notifications;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.UnitType;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.RuleViolation;

/**
 * 发起推荐评选: the issuer (the user's association) names the round, its kind and form, the campaign it belongs to,
 * the units beneath it that recommend and how many each, the deadline, and the next level's round it forwards to.
 * Each recommender is notified.
 */
@Service
@Transactional
public class RoundOpening {

    private final RecommendationRounds rounds;
    private final RoundCatalog catalog;
    private final OrganizationDirectory organizations;
    private final ActivityFigures activities;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundOpening(RecommendationRounds rounds, RoundCatalog catalog, OrganizationDirectory organizations,
            ActivityFigures activities, Notifications notifications, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.catalog = catalog;
        this.organizations = organizations;
        this.activities = activities;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** The units directly beneath the issuer that may recommend, by the notices' groups (各县（市、区）科协, 各市级学会 …). */
    @Transactional(readOnly = true)
    public Map<String, List<Organization>> groups(Organization issuer) {
        List<Organization> children = organizations.children(issuer.getId()).stream().filter(Organization::isEnabled)
                .sorted(Comparator.comparing(Organization::getPath)).toList();
        Map<String, List<Organization>> groups = new LinkedHashMap<>();
        put(groups, "下级科协（含功能区）", children.stream().filter(o -> o.getUnitType() == UnitType.ASSOCIATION).toList());
        put(groups, issuer.getLevel().label() + "学会", children.stream().filter(o -> o.getUnitType() == UnitType.SOCIETY).toList());
        put(groups, "其他直属单位", children.stream().filter(o -> o.getUnitType() != UnitType.ASSOCIATION
                && o.getUnitType() != UnitType.SOCIETY && o.getUnitType() != UnitType.INTERNAL_DEPARTMENT).toList());
        return groups;
    }

    private static void put(Map<String, List<Organization>> groups, String name, List<Organization> units) {
        if (!units.isEmpty()) {
            groups.put(name, units);
        }
    }

    @Transactional(readOnly = true)
    public List<CampaignChoice> campaigns(Organization issuer) {
        return activities.campaignsRunWithin(issuer);
    }

    /** The rounds of the level above that call on the issuer: where it may forward to. */
    @Transactional(readOnly = true)
    public List<RecommendationRound> nextRoundChoices(Organization issuer) {
        return rounds.callingOn(issuer.getId());
    }

    public RecommendationRound open(RoundForm form) {
        Organization issuer = catalog.issuer()
                .orElseThrow(() -> new RuleViolation("title", "只有科协工作人员可以发起推荐评选，填报员不能发起"));
        List<RuleViolation> problems = new ArrayList<>();
        String title = form.getTitle() == null ? "" : form.getTitle().strip();
        if (title.isEmpty()) {
            problems.add(new RuleViolation("title", "请填写推荐评选的名称，如“渭南市2022年全国科普日优秀活动推荐”"));
        } else if (title.length() > 200) {
            problems.add(new RuleViolation("title", "名称不能超过200字"));
        } else if (rounds.existsByIssuer_IdAndTitle(issuer.getId(), title)) {
            problems.add(new RuleViolation("title", "本单位已有名为“" + title + "”的推荐评选"));
        }
        if (form.getKind() == null) {
            problems.add(new RuleViolation("kind", "请选择推荐类别"));
        }
        CampaignChoice campaign = null;
        if (form.getCampaignId() != null) {
            campaign = campaigns(issuer).stream().filter(c -> c.id() == form.getCampaignId()).findFirst().orElse(null);
            if (campaign == null) {
                problems.add(new RuleViolation("campaignId", "只能选择本单位及下级单位举办的活动"));
            }
        } else if (form.getKind() == RoundKind.ACTIVITY) {
            problems.add(new RuleViolation("campaignId", "推荐优秀活动时请选择所属活动（如“2022年全国科普日”）"));
        }
        Set<Organization> recommenders = new LinkedHashSet<>();
        List<Long> allowed = groups(issuer).values().stream().flatMap(List::stream).map(Organization::getId).toList();
        for (Long id : new LinkedHashSet<>(form.getRecommenderIds())) {
            if (!allowed.contains(id)) {
                problems.add(new RuleViolation("recommenderIds", "推荐单位只能是" + issuer.getName() + "的直属下级单位"));
                break;
            }
            recommenders.add(organizations.find(id).orElseThrow());
        }
        if (form.getRecommenderIds().isEmpty()) {
            problems.add(new RuleViolation("recommenderIds", "请选择推荐单位"));
        }
        if (form.getQuota() == null || form.getQuota() < 1) {
            problems.add(new RuleViolation("quota", "请填写每个推荐单位的推荐名额（至少1个）"));
        } else if (form.getQuota() > 1000) {
            problems.add(new RuleViolation("quota", "推荐名额不能超过1000个"));
        }
        LocalDate today = LocalDate.now(clock);
        if (form.getDeadline() == null) {
            problems.add(new RuleViolation("deadline", "请填写推荐截止日期"));
        } else if (form.getDeadline().isBefore(today)) {
            problems.add(new RuleViolation("deadline", "推荐截止日期不能早于今天（" + today + "）"));
        }
        RecommendationRound next = null;
        if (form.getNextRoundId() != null) {
            next = nextRoundChoices(issuer).stream().filter(r -> r.getId().equals(form.getNextRoundId())).findFirst().orElse(null);
            if (next == null) {
                problems.add(new RuleViolation("nextRoundId", "上一级推荐评选须是邀请" + issuer.getName() + "推荐的评选"));
            }
        }
        RuleViolation.throwIfAny(problems);
        FormPreset preset = form.getFormPreset() == null ? FormPreset.of(form.getKind()) : form.getFormPreset();
        RecommendationRound round = rounds.saveAndFlush(new RecommendationRound(issuer, title, form.getKind(), preset,
                campaign == null ? null : campaign.id(), campaign == null ? null : campaign.name(), form.getQuota(),
                form.getDeadline(), next, recommenders, clock.instant(), CurrentUser.username()));
        for (Organization r : recommenders) {
            notifications.notify(r.getId(), "推荐评选：" + title, issuer.getName() + "请您单位于" + round.getDeadline()
                    + "前推荐，名额" + round.getQuota() + "个。", "/recommendation-rounds/" + round.getId());
        }
        events.publishEvent(ActionPerformed.of(AuditAction.CREATE, "推荐评选", round.getId(), title,
                "推荐单位" + recommenders.size() + "个；每个限" + round.getQuota() + "个；截止" + round.getDeadline()));
        return round;
    }
}
