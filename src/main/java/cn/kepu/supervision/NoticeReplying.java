package cn.kepu.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import cn.kepu.attachment.AttachmentKind;
import cn.kepu.attachment.Attachments;
import cn.kepu.attachment.Owner;
import cn.kepu.attachment.Rule;
import cn.kepu.attachment.Upload;
import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.notice.Notifications;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.RuleViolation;

/**
 * 回复督办: the unit the notice was sent to says how things stand, what it has done, by when it expects to finish,
 * with evidence (photos, pdf, docx, xlsx). The whole reply is checked before anything is stored, so a bad file
 * leaves no reply behind. The issuer is notified.
 */
@Service
@Transactional
class NoticeReplying {

    private final NoticeCatalog catalog;
    private final Attachments attachments;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Rule evidence;

    NoticeReplying(NoticeCatalog catalog, Attachments attachments, Notifications notifications, ApplicationEventPublisher events,
            Clock clock, @Value("${kepu.evidence.max-size:20MB}") DataSize maxEvidence) {
        this.catalog = catalog;
        this.attachments = attachments;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
        this.evidence = Rule.of("files", AttachmentKind.PHOTO, AttachmentKind.DOCUMENT).atMost(20, "个", "证明材料", "每次回复")
                .withinSize(maxEvidence, "请压缩后上传");
    }

    public SupervisionReply reply(long noticeId, ReplyForm form, List<Upload> uploads) {
        SupervisionNotice notice = catalog.notice(noticeId);
        if (!catalog.repliesTo(notice)) {
            throw new RuleViolation("state", "只有被督办单位“" + notice.getUnit().getName() + "”可以回复此督办单");
        }
        if (!notice.getState().awaitsReply()) {
            throw new RuleViolation("state", notice.getState() == NoticeState.CLOSED ? "督办单已办结，不能再回复"
                    : "已回复，正等待" + notice.getIssuer().getName() + "审核，不能重复回复");
        }
        List<RuleViolation> problems = new ArrayList<>();
        String situation = blankToNull(form.getSituation());
        String measures = blankToNull(form.getMeasures());
        if (situation == null) {
            problems.add(new RuleViolation("situation", "请填写情况说明"));
        } else if (situation.length() > 4000) {
            problems.add(new RuleViolation("situation", "情况说明不能超过4000字"));
        }
        if (measures != null && measures.length() > 4000) {
            problems.add(new RuleViolation("measures", "整改措施不能超过4000字"));
        }
        LocalDate today = LocalDate.now(clock);
        if (form.getExpectedCompletion() != null && form.getExpectedCompletion().isBefore(notice.getSentOn())) {
            problems.add(new RuleViolation("expectedCompletion", "预计完成日期不能早于督办单发出日期（" + notice.getSentOn() + "）"));
        }
        problems.addAll(attachments.check(evidence, uploads));
        RuleViolation.throwIfAny(problems);
        SupervisionReply reply = notice.reply(situation, measures, form.getExpectedCompletion(), clock.instant(),
                CurrentUser.username());
        catalog.flush();
        if (!uploads.isEmpty()) {
            attachments.attach(new Owner(NoticeCatalog.REPLY_OWNER, reply.getId()), evidence, uploads);
        }
        notifications.notifyAlsoByMail(notice.getIssuer().getId(), "督办单已回复：" + notice.getNumber(),
                notice.getUnit().getName() + "回复了督办单" + notice.getNumber() + (today.isAfter(notice.getReplyBy()) ? "（逾期回复）" : "")
                        + "，请审核。", "/supervision-notices/" + notice.getId());
        events.publishEvent(ActionPerformed.of(AuditAction.SUBMIT, "督办单", notice.getId(), notice.getNumber(),
                "回复督办" + (uploads.isEmpty() ? "" : "，证明材料" + uploads.size() + "个")));
        return reply;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
