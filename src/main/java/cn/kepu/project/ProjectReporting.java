package cn.kepu.project;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.unit.DataSize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.attachment.Attachment;
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

/** 中期报告 and 验收材料, by the applicant's side (the unit or an association above it). */
@Service
@Transactional
public class ProjectReporting {

    static final String EVIDENCE_OWNER = "project";
    static final Rule EVIDENCE = Rule.of("evidence", AttachmentKind.DOCUMENT, AttachmentKind.PHOTO)
            .atMost(20, "个", "验收材料", "每个项目").withinSize(DataSize.ofMegabytes(20), "请压缩后上传");

    private final ProjectCatalog catalog;
    private final Attachments attachments;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectReporting(ProjectCatalog catalog, Attachments attachments, Notifications notifications,
            ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.attachments = attachments;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    public Project reportMidterm(long id, String report) {
        Project p = own(id);
        if (p.getState() != ProjectState.APPROVED) {
            throw new RuleViolation("midtermReport", p.getState() == ProjectState.SUBMITTED || p.getState() == ProjectState.REJECTED
                    ? "项目尚未立项，不能提交中期报告" : "项目" + p.getState().label() + "，不能再提交中期报告");
        }
        String text = report == null ? "" : report.strip();
        if (text.isEmpty()) {
            throw new RuleViolation("midtermReport", "请填写中期报告：进展情况、经费使用和存在的问题");
        }
        if (text.length() > 4000) {
            throw new RuleViolation("midtermReport", "中期报告不能超过4000字");
        }
        p.reportMidterm(text, clock.instant(), CurrentUser.username());
        notifications.notify(p.getCall().getIssuer().getId(), "收到中期报告：" + p.getName(),
                p.getApplicant().getName() + "提交了“" + p.getName() + "”的中期报告。", "/projects/" + p.getId());
        events.publishEvent(ActionPerformed.of(AuditAction.REPORT, "科普项目", p.getId(), p.getName(), "中期报告"));
        return p;
    }

    /** Keeps evidence for the acceptance (总结, photos, documents); one bad file and none is stored. */
    public List<Attachment> attachEvidence(long id, List<Upload> uploads) {
        Project p = own(id);
        if (!p.getState().funded() || p.getState() == ProjectState.ACCEPTED || p.getState() == ProjectState.FAILED) {
            throw new RuleViolation("evidence", "项目" + p.getState().label() + "，不能上传验收材料");
        }
        if (uploads.isEmpty()) {
            throw new RuleViolation("evidence", "请选择要上传的验收材料");
        }
        List<Attachment> stored = attachments.attach(new Owner(EVIDENCE_OWNER, p.getId()), EVIDENCE, uploads);
        p.record(clock.instant(), CurrentUser.username(), "上传验收材料",
                String.join("、", stored.stream().map(Attachment::name).toList()));
        events.publishEvent(ActionPerformed.of(AuditAction.UPLOAD, "科普项目", p.getId(), p.getName(), "验收材料" + stored.size() + "个"));
        return stored;
    }

    @Transactional(readOnly = true)
    public List<Attachment> evidence(Project p) {
        return attachments.of(new Owner(EVIDENCE_OWNER, p.getId()));
    }

    private Project own(long id) {
        Project p = catalog.project(id);
        if (!catalog.reportsFor(p)) {
            throw new RuleViolation("midtermReport", "只有申报单位" + p.getApplicant().getName() + "及其上级可以报告");
        }
        return p;
    }
}
