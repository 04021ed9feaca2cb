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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.notice.Notifications;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.Region;
import cn.kepu.org.Regions;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Times;

/**
 * Registering activities and moving them along: save, submit, review, add evidence, complete. An approved
 * activity counts toward its campaign's quotas at once, through {@link ActivityCounting}.
 */
@Service
@Transactional
class ActivityRegistration {

    /** What a save returns: the activity and what the person should know about it. */
    public record Saved(Activity activity, List<String> warnings) {
    }

    /** A file as uploaded. */
    public record Upload(String name, byte[] bytes) {
    }

    /** A stored photo or video as served: its type as checked at upload, and its bytes. */
    public record StoredFile(String contentType, byte[] bytes) {
    }

    private final Activities activities;
    private final ActivityPhotos photos;
    private final ActivityPhotoContents photoContents;
    private final ActivityScope activityScope;
    private final CampaignManagement campaigns;
    private final ReviewRouting routing;
    private final DataScope scope;
    private final Regions regions;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Times times;
    private final long maxPhotoBytes;
    private final long maxVideoBytes;
    private final ActivityVideos videos;
    private final ActivityVideoContents videoContents;
    @PersistenceContext
    private EntityManager entities;

    ActivityRegistration(Activities activities, ActivityPhotos photos, ActivityPhotoContents photoContents,
            ActivityScope activityScope, CampaignManagement campaigns, ReviewRouting routing, DataScope scope,
            Regions regions, Notifications notifications, ApplicationEventPublisher events, Clock clock, Times times,
            @Value("${kepu.activity.photo-max-size:10MB}") DataSize maxPhoto, ActivityVideos videos,
            ActivityVideoContents videoContents, @Value("${kepu.activity.video-max-size:50MB}") DataSize maxVideo) {
        this.videos = videos;
        this.videoContents = videoContents;
        this.maxVideoBytes = maxVideo.toBytes();
        this.activities = activities;
        this.photos = photos;
        this.photoContents = photoContents;
        this.activityScope = activityScope;
        this.campaigns = campaigns;
        this.routing = routing;
        this.scope = scope;
        this.regions = regions;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
        this.times = times;
        this.maxPhotoBytes = maxPhoto.toBytes();
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
        String username = username();
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
                activity.submit(now, late);
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
            activity = new Activity(campaign, organizer, username(), clock.instant());
        } else {
            activity = changeable(id);
            if (!activity.getState().editable()) {
                throw new RuleViolation("state", "活动" + activity.getState().label() + "，不能再修改登记信息");
            }
            if (form.getVersion() != null && form.getVersion() != activity.getVersion()) {
                throw new RuleViolation("version", "这条活动已被他人修改，请刷新后重新填写");
            }
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
            activity.submit(clock.instant(), late);
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
        activity.submit(clock.instant(), late);
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

    /** 审核: the reviewing association approves (the activity counts at once) or returns it with a reason. */
    public Activity review(long id, boolean approve, String comment) {
        Activity activity = activityScope.activity(id);
        if (!activityScope.reviews(activity)) {
            throw new RuleViolation("state", "本活动由" + activity.getReviewer().getName() + "审核");
        }
        if (activity.getState() != ActivityState.SUBMITTED) {
            throw new RuleViolation("state", "活动" + activity.getState().label() + "，不在待审核状态");
        }
        if (!approve && (comment == null || comment.isBlank())) {
            throw new RuleViolation("comment", "退回时请填写退回原因，以便举办单位修改");
        }
        activity.review(approve, comment, username(), clock.instant());
        long activityId = activity.getId();
        long campaignId = activity.getCampaign().getId();
        long organizerId = activity.getOrganizer().getId();
        events.publishEvent(approve ? new ActivityApproved(activityId, campaignId, organizerId)
                : new ActivityReturned(activityId, campaignId, organizerId, comment.strip()));
        notifications.notify(activity.getOrganizer().getId(), (approve ? "活动已通过审核：" : "活动被退回：") + activity.getName(),
                approve ? "请在活动结束后补充照片、新闻链接和活动总结" : "退回原因：" + comment.strip(), "/activities/" + activity.getId());
        events.publishEvent(ActionPerformed.of(approve ? AuditAction.APPROVE : AuditAction.RETURN, "活动登记", activity.getId(),
                activity.getName(), approve ? "审核通过" : "退回：" + comment.strip()));
        return activity;
    }

    /**
     * 撤销通过: the reviewer takes an approval back with a reason; the activity returns to its organizer and stops
     * counting at once. Its evidence stays, for when it is approved again.
     */
    public Activity withdrawApproval(long id, String reason) {
        Activity activity = activityScope.activity(id);
        if (!activityScope.reviews(activity)) {
            throw new RuleViolation("state", "本活动由" + activity.getReviewer().getName() + "审核");
        }
        if (!activity.getState().counts()) {
            throw new RuleViolation("state", "活动" + activity.getState().label() + "，没有可撤销的审核通过");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("comment", "撤销通过时请填写原因，以便举办单位修改");
        }
        activity.withdrawApproval(reason.strip(), username(), clock.instant());
        events.publishEvent(new ActivityReturned(activity.getId(), activity.getCampaign().getId(),
                activity.getOrganizer().getId(), reason.strip()));
        notifications.notify(activity.getOrganizer().getId(), "活动审核通过已撤销：" + activity.getName(),
                "原因：" + reason.strip(), "/activities/" + activity.getId());
        events.publishEvent(ActionPerformed.of(AuditAction.RETURN, "活动登记", activity.getId(), activity.getName(),
                "撤销审核通过：" + reason.strip()));
        return activity;
    }

    /** The organizer deletes a draft or a returned activity, with its evidence; what it counted goes with it. */
    public void delete(long id) {
        Activity activity = changeable(id);
        if (!activity.getState().editable()) {
            throw new RuleViolation("state", "活动" + activity.getState().label() + "，只能删除草稿或已退回的活动");
        }
        activities.delete(activity);
        events.publishEvent(new ActivityDeleted(activity.getId(), activity.getCampaign().getId(),
                activity.getOrganizer().getId()));
        events.publishEvent(ActionPerformed.of(AuditAction.DELETE, "活动登记", activity.getId(), activity.getName(),
                "举办单位：" + activity.getOrganizer().getName()));
    }

    /** Adds photos to an approved activity, up to the campaign's limit; all of them or none. */
    public List<ActivityPhoto> addPhotos(long id, List<Upload> uploads) {
        Activity activity = changeable(id);
        if (!activity.getState().counts()) {
            throw new RuleViolation("photos", "活动通过审核后才能上传照片");
        }
        int limit = activity.getCampaign().getMaxPhotos();
        long existing = photos.countByActivity_Id(id);
        if (existing + uploads.size() > limit) {
            throw new RuleViolation("photos", "每个活动最多上传" + limit + "张照片，已有" + existing + "张，本次选择了" + uploads.size() + "张");
        }
        List<ActivityPhoto> added = new ArrayList<>();
        for (Upload upload : uploads) {
            if (upload.bytes().length > maxPhotoBytes) {
                throw new RuleViolation("photos", "“" + upload.name() + "”超过" + DataSize.ofBytes(maxPhotoBytes).toMegabytes() + "MB，请压缩后上传");
            }
            String type = Photos.contentType(upload.name(), upload.bytes());
            ActivityPhoto photo = photos.save(new ActivityPhoto(activity, upload.name(), type, upload.bytes().length,
                    Photos.thumbnail(upload.name(), upload.bytes())));
            photoContents.save(new ActivityPhotoContent(photo.getId(), upload.bytes()));
            added.add(photo);
        }
        return added;
    }

    /** Adds a video file to an approved activity: at most {@link Videos#MAX_PER_ACTIVITY}, each within the size limit. */
    public ActivityVideo addVideo(long id, Upload upload) {
        Activity activity = changeable(id);
        if (!activity.getState().counts()) {
            throw new RuleViolation("videos", "活动通过审核后才能上传视频");
        }
        if (videos.countByActivity_Id(id) >= Videos.MAX_PER_ACTIVITY) {
            throw new RuleViolation("videos", "每个活动最多上传" + Videos.MAX_PER_ACTIVITY + "个视频文件，更多的视频请填写视频链接");
        }
        if (upload.bytes().length > maxVideoBytes) {
            throw new RuleViolation("videos", "“" + upload.name() + "”超过" + DataSize.ofBytes(maxVideoBytes).toMegabytes()
                    + "MB，请压缩后上传，或填写视频链接");
        }
        String type = Videos.contentType(upload.name(), upload.bytes());
        ActivityVideo video = videos.save(new ActivityVideo(activity, upload.name(), type, upload.bytes().length));
        videoContents.save(new ActivityVideoContent(video.getId(), upload.bytes()));
        return video;
    }

    public void removeVideo(long activityId, long videoId) {
        Activity activity = changeable(activityId);
        ActivityVideo video = videos.findById(videoId).filter(v -> v.getActivity().getId().equals(activity.getId()))
                .orElseThrow(() -> new NotFoundException("视频"));
        videoContents.deleteById(video.getId());
        videos.delete(video);
    }

    /** The video's bytes, if its activity is within scope. */
    @Transactional(readOnly = true)
    public StoredFile video(long activityId, long videoId) {
        Activity activity = activityScope.activity(activityId);
        ActivityVideo video = videos.findById(videoId).filter(v -> v.getActivity().getId().equals(activity.getId()))
                .orElseThrow(() -> new NotFoundException("视频"));
        return new StoredFile(video.getContentType(), videoContents.findById(videoId).map(ActivityVideoContent::getContent)
                .orElseThrow(() -> new NotFoundException("视频")));
    }

    public void removePhoto(long activityId, long photoId) {
        Activity activity = changeable(activityId);
        ActivityPhoto photo = photos.findById(photoId).filter(p -> p.getActivity().getId().equals(activity.getId()))
                .orElseThrow(() -> new NotFoundException("照片"));
        photoContents.deleteById(photo.getId());
        photos.delete(photo);
    }

    /**
     * 信息完善: after the activity, the organizer adds what happened — participants, a summary, video and news
     * links. After the campaign's completion deadline it is refused or marked late, as the campaign says.
     */
    public Saved complete(long id, Integer actualParticipants, Integer volunteers, String summary, List<String> videoLinks,
            List<String> newsLinks) {
        Activity activity = changeable(id);
        if (!activity.getState().counts()) {
            throw new RuleViolation("state", "活动通过审核后才能完善信息");
        }
        List<RuleViolation> problems = new ArrayList<>();
        if (actualParticipants == null || actualParticipants < 0) {
            problems.add(new RuleViolation("actualParticipants", "请填写实际参与人数"));
        }
        if (summary == null || summary.isBlank()) {
            problems.add(new RuleViolation("summary", "请填写活动总结"));
        }
        List<ActivityLink> links = new ArrayList<>();
        addLinks(links, ActivityLink.VIDEO, videoLinks, problems);
        addLinks(links, ActivityLink.NEWS, newsLinks, problems);
        RuleViolation.throwIfAny(problems);
        List<String> warnings = new ArrayList<>();
        Campaign c = activity.getCampaign();
        boolean late = false;
        if (c.getCompletionDeadline() != null && today().isAfter(c.getCompletionDeadline())) {
            String missed = "信息完善已于" + Campaign.day(c.getCompletionDeadline()) + "截止";
            if (c.isLateRefused()) {
                throw new RuleViolation("state", missed + "，本次活动不接受逾期提交");
            }
            warnings.add(missed + "，已保存并标记为逾期");
            late = true;
        }
        if (photos.countByActivity_Id(id) == 0) {
            warnings.add("还没有上传活动照片");
        }
        activity.complete(actualParticipants, volunteers, summary, links, clock.instant(), late);
        return new Saved(activity, warnings);
    }

    /** The photo's bytes (or its thumbnail, always a JPEG), if its activity is within scope. */
    @Transactional(readOnly = true)
    public StoredFile photo(long activityId, long photoId, boolean thumbnail) {
        Activity activity = activityScope.activity(activityId);
        ActivityPhoto photo = photos.findById(photoId).filter(p -> p.getActivity().getId().equals(activity.getId()))
                .orElseThrow(() -> new NotFoundException("照片"));
        return thumbnail ? new StoredFile("image/jpeg", photo.getThumbnail())
                : new StoredFile(photo.getContentType(), photoContents.findById(photoId).map(ActivityPhotoContent::getContent)
                        .orElseThrow(() -> new NotFoundException("照片")));
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

    private static void addLinks(List<ActivityLink> links, String kind, List<String> urls, List<RuleViolation> problems) {
        for (String url : urls == null ? List.<String>of() : urls) {
            for (String u : url.split("\\s+")) {
                if (u.isBlank()) {
                    continue;
                }
                if (!u.matches("(?i)https?://\\S+") || u.length() > 1000) {
                    problems.add(new RuleViolation(kind.equals(ActivityLink.VIDEO) ? "videoLinks" : "newsLinks",
                            "链接“" + u + "”应以 http:// 或 https:// 开头"));
                } else {
                    links.add(new ActivityLink(kind, u));
                }
            }
        }
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

    private static String username() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
