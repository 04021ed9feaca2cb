package cn.kepu.supervision;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.notice.Notifications;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.RuleViolation;

/** 办结或退回: the issuer accepts the unit's reply (the notice is closed) or returns it with a reason to reply again. */
@Service
@Transactional
class NoticeDecision {

    private final NoticeCatalog catalog;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoticeDecision(NoticeCatalog catalog, Notifications notifications, ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    public SupervisionNotice accept(long id) {
        SupervisionNotice notice = decidable(id);
        notice.accept(clock.instant(), CurrentUser.username());
        notifications.notifyAlsoByMail(notice.getUnit().getId(), "督办单已办结：" + notice.getNumber(),
                notice.getIssuer().getName() + "认可了您单位的回复，督办单" + notice.getNumber() + "已办结。",
                "/supervision-notices/" + notice.getId());
        events.publishEvent(ActionPerformed.of(AuditAction.APPROVE, "督办单", notice.getId(), notice.getNumber(), "办结"));
        return notice;
    }

    public SupervisionNotice giveBack(long id, String reason) {
        SupervisionNotice notice = decidable(id);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "退回时请填写退回原因，以便被督办单位重新回复");
        }
        if (reason.strip().length() > 1000) {
            throw new RuleViolation("reason", "退回原因不能超过1000字");
        }
        notice.giveBack(reason.strip(), clock.instant(), CurrentUser.username());
        notifications.notifyAlsoByMail(notice.getUnit().getId(), "督办回复被退回：" + notice.getNumber(),
                "退回原因：" + reason.strip() + "。请按要求重新回复。", "/supervision-notices/" + notice.getId());
        events.publishEvent(ActionPerformed.of(AuditAction.RETURN, "督办单", notice.getId(), notice.getNumber(),
                "退回回复：" + reason.strip()));
        return notice;
    }

    private SupervisionNotice decidable(long id) {
        SupervisionNotice notice = catalog.notice(id);
        if (!catalog.decidesOn(notice)) {
            throw new RuleViolation("state", "只有督办单位“" + notice.getIssuer().getName() + "”可以办结或退回");
        }
        if (notice.getState() != NoticeState.REPLIED) {
            throw new RuleViolation("state", "督办单" + notice.getState().label() + "，没有待审核的回复");
        }
        return notice;
    }
}
