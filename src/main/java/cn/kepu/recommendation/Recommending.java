package cn.kepu.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.activity.RecommendableActivities;
import cn.kepu.activity.RecommendableActivities.Candidate;
import cn.kepu.attachment.Attachment;
import cn.kepu.attachment.AttachmentKind;
import cn.kepu.attachment.Attachments;
import cn.kepu.attachment.Owner;
import cn.kepu.attachment.Rule;
import cn.kepu.attachment.Upload;
import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.notice.Notifications;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.RuleViolation;

/**
 * 推荐: a recommender picks an activity (of the round's campaign, approved and 信息已完善, organized within its subtree)
 * or a unit of its subtree; the form fills itself from what Kepu knows; the recommender edits it, writes its opinion
 * and submits within its quota and before the deadline. The stamped scan of the printed form is kept with it.
 */
@Service
@Transactional
public class Recommending {

    static final String SCAN_OWNER = "recommendation-scan";
    static final Rule SCAN = Rule.of("scan", AttachmentKind.DOCUMENT, AttachmentKind.PHOTO)
            .atMost(3, "个", "盖章扫描件", "每条推荐");
    private static final Set<String> SCAN_TYPES = Set.of("application/pdf", "image/jpeg");

    private final Recommendations recommendations;
    private final RoundCatalog catalog;
    private final RecommendableActivities activities;
    private final OrganizationDirectory organizations;
    private final Attachments attachments;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Recommending(Recommendations recommendations, RoundCatalog catalog, RecommendableActivities activities,
            OrganizationDirectory organizations, Attachments attachments, Notifications notifications,
            ApplicationEventPublisher events, Clock clock) {
        this.recommendations = recommendations;
        this.catalog = catalog;
        this.activities = activities;
        this.organizations = organizations;
        this.attachments = attachments;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** The round's campaign's activities organized within the recommender's subtree, eligible or not (the page says why). */
    @Transactional(readOnly = true)
    public List<Candidate> activityChoices(RecommendationRound round, Organization recommender) {
        return round.getCampaignId() == null ? List.of() : activities.within(round.getCampaignId(), recommender);
    }

    /** The units a recommender may put forward: itself and the enabled units beneath it. */
    @Transactional(readOnly = true)
    public List<Organization> unitChoices(Organization recommender) {
        return organizations.subtree(recommender).stream().filter(Organization::isEnabled)
                .sorted(Comparator.comparing(Organization::getPath)).toList();
    }

    /** The form filled from the picked activity or unit (nothing filled for what the recommender may not pick). */
    @Transactional(readOnly = true)
    public RecommendationForm prefill(RecommendationRound round, Organization recommender, Long activityId, Long unitId) {
        RecommendationForm f = new RecommendationForm();
        if (round.getKind() == RoundKind.ACTIVITY && activityId != null) {
            f.setActivityId(activityId);
            activities.find(activityId).filter(a -> a.within(recommender)).ifPresent(a -> {
                f.setSubjectName(a.name());
                f.setUnitName(a.organizer());
                f.setContactPerson(a.personInCharge());
                f.setContactPhone(a.phone());
                f.setMainText(a.mainContent());
            });
        } else if (round.getKind().picksUnit() && unitId != null) {
            f.setUnitId(unitId);
            organizations.find(unitId).filter(u -> u.isWithin(recommender)).ifPresent(u -> {
                f.setSubjectName(u.getName());
                f.setUnitName(u.getName());
                f.setUnitLevel(u.getLevel() == null ? null : u.getLevel().label());
                f.setContactPerson(u.getContactPerson());
                f.setContactPhone(u.getContactPhone());
            });
        }
        return f;
    }

    /** Saves a new recommendation as a draft, or submits it at once. */
    public Recommendation create(long roundId, RecommendationForm form, boolean submit) {
        RecommendationRound round = catalog.round(roundId);
        Organization recommender = catalog.recommenderIn(round).orElseThrow(() -> new RuleViolation("subject",
                "只有“" + round.getTitle() + "”的推荐单位可以推荐"));
        List<RuleViolation> problems = new ArrayList<>();
        open(round, problems);
        long used = recommendations.countByRound_IdAndRecommender_Id(round.getId(), recommender.getId());
        if (used >= round.getQuota()) {
            problems.add(new RuleViolation("subject", "每个推荐单位限推荐" + round.getQuota() + "个，" + recommender.getName()
                    + "已推荐" + used + "个，名额已满"));
        }
        Long activityId = null;
        Organization unit = null;
        if (round.getKind() == RoundKind.ACTIVITY) {
            activityId = eligibleActivity(round, recommender, form.getActivityId(), problems);
        } else if (round.getKind().picksUnit()) {
            unit = eligibleUnit(round, recommender, form.getUnitId(), problems);
        }
        checkFields(round, form, problems);
        RuleViolation.throwIfAny(problems);
        Recommendation r = new Recommendation(round, recommender, activityId, unit, clock.instant(), CurrentUser.username());
        r.fill(form);
        if (submit) {
            r.submit(clock.instant());
        }
        r = recommendations.saveAndFlush(r);
        events.publishEvent(ActionPerformed.of(AuditAction.CREATE, "推荐", r.getId(), r.getSubjectName(),
                round.getTitle() + "；推荐单位：" + recommender.getName()));
        if (submit) {
            submitted(r);
        }
        return r;
    }

    /** Changes a draft or returned recommendation's form; submits it if asked. What is recommended stays. */
    public Recommendation update(long id, RecommendationForm form, boolean submit) {
        Recommendation r = own(id);
        if (!r.getState().editable()) {
            throw new RuleViolation("subject", "推荐" + r.getState().label() + "，不能再修改");
        }
        List<RuleViolation> problems = new ArrayList<>();
        if (submit) {
            open(r.getRound(), problems);
        }
        checkFields(r.getRound(), form, problems);
        RuleViolation.throwIfAny(problems);
        r.fill(form);
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, "推荐", r.getId(), r.getSubjectName(), "修改推荐表"));
        if (submit) {
            r.submit(clock.instant());
            submitted(r);
        }
        return r;
    }

    public Recommendation submit(long id) {
        Recommendation r = own(id);
        if (!r.getState().editable()) {
            throw new RuleViolation("state", "推荐" + r.getState().label() + "，不能再提交");
        }
        List<RuleViolation> problems = new ArrayList<>();
        open(r.getRound(), problems);
        RuleViolation.throwIfAny(problems);
        r.submit(clock.instant());
        submitted(r);
        return r;
    }

    /** Keeps the stamped scan (PDF or JPG) of the printed form with the recommendation. */
    public List<Attachment> attachScan(long id, List<Upload> uploads) {
        Recommendation r = own(id);
        if (uploads.isEmpty()) {
            throw new RuleViolation("scan", "请选择盖章后的推荐表扫描件（PDF 或 JPG）");
        }
        List<Attachment> stored = attachments.attach(new Owner(SCAN_OWNER, r.getId()), SCAN, uploads);
        for (Attachment a : stored) {
            if (!SCAN_TYPES.contains(a.contentType())) {
                // Thrown inside the transaction: the files stored just now are rolled back with it.
                throw new RuleViolation("scan", "“" + a.name() + "”不是 PDF 或 JPG 文件，请上传盖章推荐表的扫描件");
            }
        }
        events.publishEvent(ActionPerformed.of(AuditAction.UPLOAD, "推荐", r.getId(), r.getSubjectName(),
                "盖章扫描件" + stored.size() + "个"));
        return stored;
    }

    @Transactional(readOnly = true)
    public List<Attachment> scans(Recommendation r) {
        return attachments.of(new Owner(SCAN_OWNER, r.getId()));
    }

    private void submitted(Recommendation r) {
        RecommendationRound round = r.getRound();
        notifications.notify(round.getIssuer().getId(), "收到推荐：" + r.getSubjectName(),
                r.getRecommender().getName() + "在“" + round.getTitle() + "”中推荐了“" + r.getSubjectName() + "”。",
                "/recommendations/" + r.getId());
        events.publishEvent(ActionPerformed.of(AuditAction.SUBMIT, "推荐", r.getId(), r.getSubjectName(), round.getTitle()));
    }

    private Recommendation own(long id) {
        Recommendation r = catalog.recommendation(id);
        if (!catalog.recommendsFor(r)) {
            throw new RuleViolation("subject", "只有推荐单位“" + r.getRecommender().getName() + "”可以修改和提交");
        }
        return r;
    }

    private void open(RecommendationRound round, List<RuleViolation> problems) {
        LocalDate today = LocalDate.now(clock);
        if (round.getStage() != RoundStage.OPEN) {
            problems.add(new RuleViolation("subject", "“" + round.getTitle() + "”" + round.getStage().label() + "，不再接受推荐"));
        } else if (today.isAfter(round.getDeadline())) {
            problems.add(new RuleViolation("subject", "推荐已于" + round.getDeadline() + "截止，不能再推荐或提交"));
        }
    }

    private Long eligibleActivity(RecommendationRound round, Organization recommender, Long activityId,
            List<RuleViolation> problems) {
        if (activityId == null) {
            problems.add(new RuleViolation("activityId", "请选择推荐的活动"));
            return null;
        }
        Candidate a = activities.find(activityId).orElse(null);
        if (a == null || !a.within(recommender)) {
            problems.add(new RuleViolation("activityId", "只能推荐" + recommender.getName() + "及其下级单位举办的活动"));
        } else if (round.getCampaignId() != null && a.campaignId() != round.getCampaignId()) {
            problems.add(new RuleViolation("activityId", "“" + a.name() + "”不属于“" + round.getCampaignName() + "”，不能推荐"));
        } else if (!a.approved()) {
            problems.add(new RuleViolation("activityId", "“" + a.name() + "”尚未审核通过（" + a.stateLabel() + "），不能推荐"));
        } else if (!a.complete()) {
            problems.add(new RuleViolation("activityId", "“" + a.name() + "”尚未完善活动信息（须为“信息已完善”），不能推荐"));
        } else if (recommendations.existsByRound_IdAndActivityId(round.getId(), activityId)) {
            problems.add(new RuleViolation("activityId", "“" + a.name() + "”已被推荐，不能重复推荐"));
        } else {
            return activityId;
        }
        return null;
    }

    private Organization eligibleUnit(RecommendationRound round, Organization recommender, Long unitId,
            List<RuleViolation> problems) {
        if (unitId == null) {
            problems.add(new RuleViolation("unitId", "请选择推荐的单位"));
            return null;
        }
        Organization unit = organizations.find(unitId).filter(u -> u.isWithin(recommender)).orElse(null);
        if (unit == null) {
            problems.add(new RuleViolation("unitId", "只能推荐" + recommender.getName() + "及其下级单位"));
        } else if (recommendations.existsByRound_IdAndUnit_Id(round.getId(), unitId)) {
            problems.add(new RuleViolation("unitId", "“" + unit.getName() + "”已被推荐，不能重复推荐"));
        } else {
            return unit;
        }
        return null;
    }

    private static void checkFields(RecommendationRound round, RecommendationForm f, List<RuleViolation> problems) {
        FormPreset preset = round.getFormPreset();
        if (f.getSubjectName() == null || f.getSubjectName().isBlank()) {
            problems.add(new RuleViolation("subjectName", "请填写" + preset.subjectLabel()));
        } else if (f.getSubjectName().strip().length() > 200) {
            problems.add(new RuleViolation("subjectName", preset.subjectLabel() + "不能超过200字"));
        }
        if (f.getMainText() == null || f.getMainText().isBlank()) {
            problems.add(new RuleViolation("mainText", "请填写" + preset.mainLabel()));
        } else if (f.getMainText().strip().length() > 4000) {
            problems.add(new RuleViolation("mainText", preset.mainLabel() + "不能超过4000字"));
        }
        if (f.getStaffCount() != null && (f.getStaffCount() < 0 || f.getStaffCount() > 1_000_000)) {
            problems.add(new RuleViolation("staffCount", "职工总数应为0到1000000之间的整数"));
        }
        if (f.getContactPhone() != null && f.getContactPhone().strip().length() > 50) {
            problems.add(new RuleViolation("contactPhone", "联系电话不能超过50字"));
        }
        if (f.getContactPerson() != null && f.getContactPerson().strip().length() > 50) {
            problems.add(new RuleViolation("contactPerson", "联系人不能超过50字"));
        }
        if (f.getUnitName() != null && f.getUnitName().strip().length() > 200) {
            problems.add(new RuleViolation("unitName", "单位名称不能超过200字"));
        }
        if (f.getUnitLevel() != null && f.getUnitLevel().strip().length() > 50) {
            problems.add(new RuleViolation("unitLevel", "单位级别不能超过50字"));
        }
        if (f.getRecommenderOpinion() != null && f.getRecommenderOpinion().strip().length() > 1000) {
            problems.add(new RuleViolation("recommenderOpinion", "推荐单位意见不能超过1000字"));
        }
    }
}
