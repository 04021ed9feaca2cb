package cn.kepu.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.attachment.Attachments;
import cn.kepu.attachment.Owner;
import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.notice.Notifications;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.RuleViolation;

/**
 * 评审、立项与验收, by the call's issuer: reviewers score each application (0–100, one score each, a new one replacing
 * the last); the issuer approves it with the funds granted — no more than asked, and the call's approvals within its
 * budget — or rejects it with a reason; after the mid-term report and with evidence kept, it accepts (验收) the project
 * as 合格 or 不合格.
 */
@Service
@Transactional
public class ProjectReview {

    private final ProjectCatalog catalog;
    private final Projects projects;
    private final ProjectCalls calls;
    private final Attachments attachments;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectReview(ProjectCatalog catalog, Projects projects, ProjectCalls calls, Attachments attachments,
            Notifications notifications, ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.projects = projects;
        this.calls = calls;
        this.attachments = attachments;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    public Project score(long id, BigDecimal points) {
        Project p = reviewable(id);
        if (p.getState() != ProjectState.SUBMITTED) {
            throw new RuleViolation("points", "项目" + p.getState().label() + "，评审已结束");
        }
        if (points == null || points.signum() < 0 || points.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new RuleViolation("points", "评分应在0到100之间");
        }
        if (points.stripTrailingZeros().scale() > 1) {
            throw new RuleViolation("points", "评分最多保留一位小数");
        }
        p.score(CurrentUser.username(), points, clock.instant());
        events.publishEvent(ActionPerformed.of(AuditAction.SCORE, "科普项目", p.getId(), p.getName(), "评分" + points));
        return p;
    }

    /** 立项 (approve, with the funds granted as typed, in 万元) or 不予立项 (with the reason in the opinion). */
    public Project decide(long id, boolean approve, String fundsText, String opinion) {
        Project p = reviewable(id);
        if (p.getState() != ProjectState.SUBMITTED) {
            throw new RuleViolation("decision", "项目" + p.getState().label() + "，不能再作立项决定");
        }
        List<RuleViolation> problems = new ArrayList<>();
        String opinionText = opinion == null || opinion.isBlank() ? null : opinion.strip();
        if (opinionText != null && opinionText.length() > 1000) {
            problems.add(new RuleViolation("opinion", "评审意见不能超过1000字"));
        }
        BigDecimal funds = null;
        if (approve) {
            funds = Funds.parse(fundsText, "approvedFunds", "立项经费", true, problems);
            if (funds != null && funds.compareTo(p.getBudget()) > 0) {
                problems.add(new RuleViolation("approvedFunds", "立项经费" + Funds.text(funds) + "不能超过申报经费" + p.budgetText()));
            } else if (funds != null) {
                calls.lockById(p.getCall().getId());
                BigDecimal approved = projects.approvedIn(p.getCall().getId());
                if (approved.add(funds).compareTo(p.getCall().getBudget()) > 0) {
                    problems.add(new RuleViolation("approvedFunds", "本通知已立项" + Funds.text(approved) + "，再立项" + Funds.text(funds)
                            + "将超过预算" + p.getCall().budgetText()));
                }
            }
        } else if (opinionText == null) {
            problems.add(new RuleViolation("opinion", "不予立项时请填写理由"));
        }
        RuleViolation.throwIfAny(problems);
        p.decide(approve, funds, opinionText, clock.instant(), CurrentUser.username());
        notifications.notify(p.getApplicant().getId(), (approve ? "项目已立项：" : "项目未立项：") + p.getName(),
                "“" + p.getName() + "”" + (approve ? "已立项，立项经费" + Funds.text(funds) + "。请于" + p.getCall().getMidtermDue()
                        + "前提交中期报告。" : "未获立项。理由：" + opinionText),
                "/projects/" + p.getId());
        events.publishEvent(ActionPerformed.of(approve ? AuditAction.APPROVE : AuditAction.REJECT, "科普项目", p.getId(), p.getName(),
                (approve ? "立项经费" + Funds.text(funds) : "不予立项") + (opinionText == null ? "" : "；" + opinionText)));
        return p;
    }

    /** 验收: after the mid-term report, with the evidence kept on the project; 不合格 needs its reason. */
    public Project accept(long id, Boolean passed, String opinion) {
        Project p = reviewable(id);
        if (p.getState() == ProjectState.APPROVED) {
            throw new RuleViolation("outcome", "项目尚未提交中期报告，不能验收");
        }
        if (p.getState() != ProjectState.MIDTERM) {
            throw new RuleViolation("outcome", "项目" + p.getState().label() + "，不能验收");
        }
        if (passed == null) {
            throw new RuleViolation("outcome", "请选择验收结论：合格或不合格");
        }
        String opinionText = opinion == null || opinion.isBlank() ? null : opinion.strip();
        if (!passed && opinionText == null) {
            throw new RuleViolation("acceptanceOpinion", "验收不合格时请填写验收意见");
        }
        if (opinionText != null && opinionText.length() > 1000) {
            throw new RuleViolation("acceptanceOpinion", "验收意见不能超过1000字");
        }
        if (attachments.of(new Owner(ProjectReporting.EVIDENCE_OWNER, p.getId())).isEmpty()) {
            throw new RuleViolation("outcome", "验收须有验收材料：请申报单位先上传项目总结、照片等佐证材料");
        }
        p.accept(passed, opinionText, clock.instant(), CurrentUser.username());
        notifications.notify(p.getApplicant().getId(), "项目验收" + (passed ? "合格：" : "不合格：") + p.getName(),
                "“" + p.getName() + "”验收" + (passed ? "合格" : "不合格") + (opinionText == null ? "。" : "。验收意见：" + opinionText),
                "/projects/" + p.getId());
        events.publishEvent(ActionPerformed.of(AuditAction.ACCEPT, "科普项目", p.getId(), p.getName(),
                (passed ? "合格" : "不合格") + (opinionText == null ? "" : "；" + opinionText)));
        return p;
    }

    private Project reviewable(long id) {
        Project p = catalog.project(id);
        if (!catalog.reviews(p.getCall())) {
            throw new RuleViolation("decision", "只有发布申报通知的" + p.getCall().getIssuer().getName() + "可以评审、立项和验收");
        }
        return p;
    }
}
