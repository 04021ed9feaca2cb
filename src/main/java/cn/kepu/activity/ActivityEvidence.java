package cn.kepu.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import cn.kepu.activity.ActivityRegistration.Saved;
import cn.kepu.attachment.Attachment;
import cn.kepu.attachment.AttachmentKind;
import cn.kepu.attachment.Attachments;
import cn.kepu.attachment.Owner;
import cn.kepu.attachment.Rule;
import cn.kepu.attachment.StoredFile;
import cn.kepu.attachment.Upload;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Times;

/**
 * 活动材料 and 信息完善: after approval the organizer adds photos (up to the campaign's limit) and video files (at
 * most three), and completes the activity with participants, a summary and links. Files are attachments owned by
 * the activity; they are served only to those who may see it.
 */
@Service
@Transactional
class ActivityEvidence {

    static final int MAX_VIDEOS = 3;

    private final ActivityScope activityScope;
    private final Attachments attachments;
    private final Clock clock;
    private final Times times;
    private final DataSize maxPhoto;
    private final DataSize maxVideo;

    ActivityEvidence(ActivityScope activityScope, Attachments attachments, Clock clock, Times times,
            @Value("${kepu.activity.photo-max-size:10MB}") DataSize maxPhoto,
            @Value("${kepu.activity.video-max-size:50MB}") DataSize maxVideo) {
        this.activityScope = activityScope;
        this.attachments = attachments;
        this.clock = clock;
        this.times = times;
        this.maxPhoto = maxPhoto;
        this.maxVideo = maxVideo;
    }

    /** Adds photos to an approved activity, up to the campaign's limit; all of them or none. */
    List<Attachment> addPhotos(long id, List<Upload> uploads) {
        Activity activity = approved(id, "photos", "活动通过审核后才能上传照片");
        Rule rule = Rule.of("photos", AttachmentKind.PHOTO)
                .atMost(activity.getCampaign().getMaxPhotos(), "张", "照片", "每个活动")
                .withinSize(maxPhoto, "请压缩后上传").withThumbnails();
        List<Attachment> added = attachments.attach(Owner.activity(id), rule, uploads);
        activity.countPhotos(attachments.count(Owner.activity(id), AttachmentKind.PHOTO));
        return added;
    }

    /** Adds a video file to an approved activity: at most {@link #MAX_VIDEOS}, each within the size limit. */
    Attachment addVideo(long id, Upload upload) {
        approved(id, "videos", "活动通过审核后才能上传视频");
        Rule rule = Rule.of("videos", AttachmentKind.VIDEO).atMost(MAX_VIDEOS, "个", "视频文件", "每个活动")
                .withinSize(maxVideo, "请压缩后上传，或填写视频链接");
        return attachments.attach(Owner.activity(id), rule, List.of(upload)).get(0);
    }

    /** Removes one of the activity's photos or videos. */
    void remove(long id, long attachmentId) {
        Activity activity = changeable(id);
        attachments.remove(Owner.activity(id), attachmentId);
        activity.countPhotos(attachments.count(Owner.activity(id), AttachmentKind.PHOTO));
    }

    /** A photo's or video's bytes (a photo's thumbnail if asked), if the activity is within the user's scope. */
    @Transactional(readOnly = true)
    StoredFile file(long id, long attachmentId, boolean thumbnail) {
        Owner owner = Owner.activity(activityScope.activity(id).getId());
        return thumbnail ? attachments.thumbnail(owner, attachmentId) : attachments.file(owner, attachmentId);
    }

    @Transactional(readOnly = true)
    List<Attachment> photos(Activity activity) {
        return attachments.of(Owner.activity(activity.getId()), AttachmentKind.PHOTO);
    }

    @Transactional(readOnly = true)
    List<Attachment> videos(Activity activity) {
        return attachments.of(Owner.activity(activity.getId()), AttachmentKind.VIDEO);
    }

    /**
     * 信息完善: after the activity, the organizer adds what happened — participants, a summary, video and news
     * links. After the campaign's completion deadline it is refused or marked late, as the campaign says.
     */
    Saved complete(long id, Integer actualParticipants, Integer volunteers, String summary, List<String> videoLinks,
            List<String> newsLinks) {
        Activity activity = approved(id, "state", "活动通过审核后才能完善信息");
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
        if (c.getCompletionDeadline() != null && LocalDate.ofInstant(clock.instant(), times.zone()).isAfter(c.getCompletionDeadline())) {
            String missed = "信息完善已于" + Campaign.day(c.getCompletionDeadline()) + "截止";
            if (c.isLateRefused()) {
                throw new RuleViolation("state", missed + "，本次活动不接受逾期提交");
            }
            warnings.add(missed + "，已保存并标记为逾期");
            late = true;
        }
        if (activity.getPhotoCount() == 0) {
            warnings.add("还没有上传活动照片");
        }
        activity.complete(actualParticipants, volunteers, summary, links, clock.instant(), late);
        return new Saved(activity, warnings);
    }

    private Activity approved(long id, String field, String refusal) {
        Activity activity = changeable(id);
        if (!activity.getState().counts()) {
            throw new RuleViolation(field, refusal);
        }
        return activity;
    }

    private Activity changeable(long id) {
        Activity activity = activityScope.activity(id);
        if (!activityScope.organizes(activity)) {
            throw new NotFoundException("活动");
        }
        return activity;
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
}
