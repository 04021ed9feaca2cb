package cn.kepu.activity;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.notice.Notifications;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.RuleViolation;

/**
 * 审核: the association the activity is routed to approves it (it counts at once), returns it with a reason, or
 * takes an approval back. What counts follows from the events published here ({@link ActivityCounting}).
 */
@Service
@Transactional
class ActivityReview {

    private final ActivityScope activityScope;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityReview(ActivityScope activityScope, Notifications notifications, ApplicationEventPublisher events, Clock clock) {
        this.activityScope = activityScope;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** Approves a submitted activity, or returns it with a reason (a return without one is refused). */
    Activity review(long id, boolean approve, String comment) {
        Activity activity = reviewable(id);
        if (activity.getState() != ActivityState.SUBMITTED) {
            throw new RuleViolation("state", "活动" + activity.getState().label() + "，不在待审核状态");
        }
        if (!approve && (comment == null || comment.isBlank())) {
            throw new RuleViolation("comment", "退回时请填写退回原因，以便举办单位修改");
        }
        activity.review(approve, comment, CurrentUser.username(), clock.instant());
        events.publishEvent(approve ? new ActivityApproved(activity.getId(), campaignOf(activity), organizerOf(activity))
                : new ActivityReturned(activity.getId(), campaignOf(activity), organizerOf(activity), comment.strip()));
        String said = comment == null || comment.isBlank() ? null : comment.strip();
        notifications.notify(organizerOf(activity), (approve ? "活动已通过审核：" : "活动被退回：") + activity.getName(),
                approve ? (said == null ? "" : "审核意见：" + said + "。") + "请在活动结束后补充照片、新闻链接和活动总结"
                        : "退回原因：" + said, "/activities/" + activity.getId());
        events.publishEvent(ActionPerformed.of(approve ? AuditAction.APPROVE : AuditAction.RETURN, "活动登记", activity.getId(),
                activity.getName(), approve ? "审核通过" + (said == null ? "" : "：" + said) : "退回：" + said));
        return activity;
    }

    /**
     * 撤销通过: the reviewer takes an approval back with a reason; the activity returns to its organizer and stops
     * counting at once. Its evidence stays, for when it is approved again.
     */
    Activity withdrawApproval(long id, String reason) {
        Activity activity = reviewable(id);
        if (!activity.getState().counts()) {
            throw new RuleViolation("state", "活动" + activity.getState().label() + "，没有可撤销的审核通过");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("comment", "撤销通过时请填写原因，以便举办单位修改");
        }
        activity.withdrawApproval(reason.strip(), CurrentUser.username(), clock.instant());
        events.publishEvent(new ActivityReturned(activity.getId(), campaignOf(activity), organizerOf(activity), reason.strip()));
        notifications.notify(organizerOf(activity), "活动审核通过已撤销：" + activity.getName(), "原因：" + reason.strip(),
                "/activities/" + activity.getId());
        events.publishEvent(ActionPerformed.of(AuditAction.RETURN, "活动登记", activity.getId(), activity.getName(),
                "撤销审核通过：" + reason.strip()));
        return activity;
    }

    private Activity reviewable(long id) {
        Activity activity = activityScope.activity(id);
        if (ActivityScope.submittedByMe(activity)) {
            throw new RuleViolation("state", "这条活动是您本人提交的，不能由您审核：请" + activity.getReviewer().getName()
                    + "的其他审核人员或上级科协审核");
        }
        if (!activityScope.reviews(activity)) {
            throw new RuleViolation("state", "本活动由" + activity.getReviewer().getName() + "审核");
        }
        return activity;
    }

    private static long campaignOf(Activity activity) {
        return activity.getCampaign().getId();
    }

    private static long organizerOf(Activity activity) {
        return activity.getOrganizer().getId();
    }
}
