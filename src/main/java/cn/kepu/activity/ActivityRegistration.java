package cn.kepu.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.attachment.Attachments;
import cn.kepu.attachment.Owner;
import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.notice.Notifications;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.Region;
import cn.kepu.org.Regions;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Versions;
import cn.kepu.support.Times;

/**
 * 活动登记: registering activities one by one or a summary sheet's rows at once, changing and submitting them for
 * review (the reviewer is told once a day per campaign), and deleting drafts. Review is {@link ActivityReview};
 * photos, videos and completion are {@link ActivityEvidence}.
 */
@Service
@Transactional
class ActivityRegistration {

    /** What a save returns: the activity and what the person should know about it. */
    public record Saved(Activity activity, List<String> warnings) {
    }

    private final Activities activities;
    private final ActivityScope activityScope;
    private final CampaignManagement campaigns;
    private final ReviewRouting routing;
    private final DataScope scope;
    private final Regions regions;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Times times;
    private final Attachments attachments;
    @PersistenceContext
    private EntityManager entities;

    ActivityRegistration(Activities activities, ActivityScope activityScope, CampaignManagement campaigns,
            ReviewRouting routing, DataScope scope, Regions regions, Notifications notifications,
            ApplicationEventPublisher events, Clock clock, Times times, Attachments attachments) {
        this.activities = activities;
        this.attachments = attachments;
        this.activityScope = activityScope;
        this.campaigns = campaigns;
        this.routing = routing;
        this.scope = scope;
        this.regions = regions;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
        this.times = times;
    }

    /** Saves a new registration (id null) or changes a draft or returned one; {@code submit} also submits it. */
    public Saved save(Long id, ActivityForm form, boolean submit) {
        return save(id, form, submit, false);
    }

    /**
     * Registers and submits the rows of a summary sheet, each checked as a single registration is. Returns the
     * problems of each row (empty when it is fine); only when no row has any (and {@code store}) are the activities stored — read and
     * written in bulk, since a sheet may hold thousands of rows.
     */
    List<List<RuleViolation>> registerAll(Campaign campaign, List<ActivityForm> forms, List<Activity> created, boolean store) {
        Map<Long, Organization> organizers = new HashMap<>();
        Map<Long, Organization> reviewers = new HashMap<>();
        Set<String> existing = existing(forms);
        Instant now = clock.instant();
        LocalDate today = today();
        String username = CurrentUser.username();
        List<List<RuleViolation>> problems = new ArrayList<>();
        List<Activity> ready = new ArrayList<>();
        for (ActivityForm form : forms) {
            Organization organizer = organizers.computeIfAbsent(form.getOrganizerId(), scope::visible);
            ActivityRules.Findings findings = ActivityRules.check(form, campaign, existing.contains(key(organizer.getId(), form)));
            List<RuleViolation> rowProblems = new ArrayList<>(findings.problems());
            boolean late = false;
            try {
                late = ActivityRules.lateness(campaign, form.isKeyActivity(), today, new ArrayList<>());
            } catch (RuleViolation refused) {
                rowProblems.add(refused);
            }
            if (rowProblems.isEmpty()) {
                Activity activity = new Activity(campaign, organizer, username, now);
                activity.apply(form, organizer.getRegion(),
                        reviewers.computeIfAbsent(organizer.getId(), id -> routing.reviewerFor(organizer)));
                activity.markOutsideWindow(findings.outsideWindow());
                activity.submit(now, late, CurrentUser.username());
                ready.add(activity);
            }
            problems.add(rowProblems);
        }
        if (store && problems.stream().allMatch(List::isEmpty)) {
            for (int i = 0; i < ready.size(); i++) {
                entities.persist(ready.get(i));
                if (i % 500 == 499) {
                    // Keeps the session small: flushing thousands of managed entities again and again is quadratic.
                    entities.flush();
                    entities.clear();
                }
            }
            entities.flush();
            created.addAll(ready);
        }
        return problems;
    }

    /** "organizer|name|day" of the activities already registered under the names the rows use. */
    private Set<String> existing(List<ActivityForm> forms) {
        Set<String> keys = new HashSet<>();
        List<Long> organizerIds = forms.stream().map(ActivityForm::getOrganizerId).distinct().toList();
        List<String> names = forms.stream().map(f -> f.getName() == null ? "" : f.getName().strip()).distinct().toList();
        for (int from = 0; from < names.size(); from += 500) {
            List<String> chunk = names.subList(from, Math.min(names.size(), from + 500));
            entities.createQuery("select a.organizer.id, a.name, a.startsAt from Activity a where a.organizer.id in :organizers"
                    + " and a.name in :names", Object[].class).setParameter("organizers", organizerIds).setParameter("names", chunk)
                    .getResultList().forEach(row -> keys.add(row[0] + "|" + row[1] + "|" + ((LocalDateTime) row[2]).toLocalDate()));
        }
        return keys;
    }

    private static String key(long organizerId, ActivityForm form) {
        return organizerId + "|" + (form.getName() == null ? "" : form.getName().strip()) + "|"
                + (form.getStartsAt() == null ? "" : form.getStartsAt().toLocalDate());
    }

    /** One notification per reviewer and one audit record for a whole imported sheet, instead of one per row. */
    void announceImport(Campaign campaign, Organization unit, List<Activity> created) {
        created.stream().collect(Collectors.groupingBy(a -> a.getReviewer().getId(), Collectors.counting()))
                .forEach((reviewer, count) -> notifications.notify(reviewer, "有新的活动待审核：" + campaign.getName(),
                        unit.getName() + "以活动项目汇总表提交了" + count + "项活动，请在“只看待我审核”中审核",
                        "/activities?campaign=" + campaign.getId() + "&toReview=true"));
        events.publishEvent(ActionPerformed.of(AuditAction.IMPORT, "活动登记", campaign.getId(), campaign.getName(),
                unit.getName() + "以汇总表登记" + created.size() + "项活动"));
    }

    private Saved save(Long id, ActivityForm form, boolean submit, boolean quiet) {
        Activity activity;
        Campaign campaign;
        Organization organizer;
        if (id == null) {
            campaign = campaigns.campaign(require(form.getCampaignId(), "campaignId", "请选择所属活动"));
            organizer = scope.visible(require(form.getOrganizerId(), "organizerId", "请选择举办单位"));
            if (!organizer.isWithin(campaign.getOrganizer())) {
                throw new RuleViolation("organizerId", "“" + organizer.getName() + "”不在“" + campaign.getOrganizer().getName()
                        + "”之下，不能登记本次活动");
            }
            activity = new Activity(campaign, organizer, CurrentUser.username(), clock.instant());
        } else {
            activity = changeable(id);
            if (!activity.getState().editable()) {
                throw new RuleViolation("state", "活动" + activity.getState().label() + "，不能再修改登记信息");
            }
            Versions.check(form.getVersion(), activity.getVersion(), id, "活动“" + activity.getName() + "”");
            campaign = activity.getCampaign();
            organizer = activity.getOrganizer();
        }
        List<String> warnings = new ArrayList<>();
        ActivityRules.Findings findings = ActivityRules.check(form, campaign, duplicate(organizer, form, id));
        List<RuleViolation> problems = new ArrayList<>(findings.problems());
        // Without a region of its own the activity is where its organizer is, so the public can find it by region.
        Region region = ActivityRules.notBlank(form.getRegionCode()) ? region(form.getRegionCode(), problems) : organizer.getRegion();
        RuleViolation.throwIfAny(problems);
        warnings.addAll(findings.warnings());
        activity.apply(form, region, routing.reviewerFor(organizer));
        activity.markOutsideWindow(findings.outsideWindow());
        // Submitted before the first save, so that a new registration is one insert, not an insert and an update.
        boolean late = submit && ActivityRules.lateness(campaign, activity.isKeyActivity(), today(), warnings);
        if (submit) {
            activity.submit(clock.instant(), late, CurrentUser.username());
        }
        activities.save(activity);
        if (submit) {
            announce(activity, late, quiet);
        }
        return new Saved(activity, warnings);
    }

    /** Submits a saved draft (or a returned activity after changes) for review. */
    public Saved submit(long id) {
        Activity activity = changeable(id);
        if (!activity.getState().editable()) {
            throw new RuleViolation("state", "活动" + activity.getState().label() + "，不需要再提交");
        }
        List<String> warnings = new ArrayList<>();
        submit(activity, warnings, false);
        return new Saved(activity, warnings);
    }

    private void submit(Activity activity, List<String> warnings, boolean quiet) {
        boolean late = ActivityRules.lateness(activity.getCampaign(), activity.isKeyActivity(), today(), warnings);
        activity.submit(clock.instant(), late, CurrentUser.username());
        announce(activity, late, quiet);
    }

    /** Tells the reviewer and records the submission; a summary sheet announces its rows at once instead. */
    private void announce(Activity activity, boolean late, boolean quiet) {
        if (quiet) {
            return;
        }
        // One notice a day per reviewer and campaign, pointing at its to-review list, however many come in.
        notifications.notifyOnce(activity.getReviewer().getId(), "有新的活动待审核：" + activity.getCampaign().getName(),
                activity.getOrganizer().getName() + "等单位提交了活动登记，请在“只看待我审核”中审核",
                "/activities?campaign=" + activity.getCampaign().getId() + "&toReview=true", Duration.ofDays(1));
        events.publishEvent(ActionPerformed.of(AuditAction.SUBMIT, "活动登记", activity.getId(), activity.getName(),
                "举办单位：" + activity.getOrganizer().getName() + (late ? "；逾期" : "")));
    }

    /** The organizer deletes a draft or a returned activity, with its evidence; what it counted goes with it. */
    public void delete(long id) {
        Activity activity = changeable(id);
        if (!activity.getState().editable()) {
            throw new RuleViolation("state", "活动" + activity.getState().label() + "，只能删除草稿或已退回的活动");
        }
        attachments.removeAll(Owner.activity(activity.getId()));
        activities.delete(activity);
        events.publishEvent(new ActivityDeleted(activity.getId(), activity.getCampaign().getId(),
                activity.getOrganizer().getId()));
        events.publishEvent(ActionPerformed.of(AuditAction.DELETE, "活动登记", activity.getId(), activity.getName(),
                "举办单位：" + activity.getOrganizer().getName()));
    }

    private Activity changeable(long id) {
        Activity activity = activityScope.activity(id);
        if (!activityScope.organizes(activity)) {
            throw new NotFoundException("活动");
        }
        return activity;
    }

    private boolean duplicate(Organization organizer, ActivityForm form, Long self) {
        if (form.getName() == null || form.getStartsAt() == null) {
            return false;
        }
        LocalDate day = form.getStartsAt().toLocalDate();
        return activities.existsByOrganizer_IdAndNameAndStartsAtBetweenAndIdNot(organizer.getId(), form.getName().strip(),
                day.atStartOfDay(), day.plusDays(1).atStartOfDay().minusNanos(1000), self == null ? -1 : self);
    }

    private Region region(String code, List<RuleViolation> problems) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return regions.findById(code.strip()).orElseGet(() -> {
            problems.add(new RuleViolation("regionCode", "行政区划代码“" + code.strip() + "”不存在"));
            return null;
        });
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), times.zone());
    }

    private static Long require(Long id, String field, String message) {
        if (id == null) {
            throw new RuleViolation(field, message);
        }
        return id;
    }

}
