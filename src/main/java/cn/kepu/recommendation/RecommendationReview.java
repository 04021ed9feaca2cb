package cn.kepu.recommendation;

import java.math.BigDecimal;
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
 * 审核与评分: the issuer passes, returns (with a reason, to be changed and submitted again) or rejects each submitted
 * recommendation with its 审核意见; its reviewers score (0–100, one score each, a new one replacing the last); the
 * issuer selects the winners among those passed.
 */
@Service
@Transactional
public class RecommendationReview {

    private final RoundCatalog catalog;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecommendationReview(RoundCatalog catalog, Notifications notifications, ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    public Recommendation review(long id, RecommendationState decision, String opinion, String reason) {
        Recommendation r = reviewable(id);
        if (r.getState() == RecommendationState.DRAFT || r.getState() == RecommendationState.RETURNED) {
            throw new RuleViolation("decision", "推荐" + r.getState().label() + "，尚未提交，不能审核");
        }
        if (decision != RecommendationState.PASSED && decision != RecommendationState.RETURNED
                && decision != RecommendationState.REJECTED) {
            throw new RuleViolation("decision", "请选择审核结果：通过、退回或不通过");
        }
        String reasonText = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision == RecommendationState.RETURNED && reasonText == null) {
            throw new RuleViolation("reason", "退回时请填写退回原因，以便推荐单位修改后重新提交");
        }
        String opinionText = opinion == null || opinion.isBlank() ? null : opinion.strip();
        if (opinionText != null && opinionText.length() > 1000 || reasonText != null && reasonText.length() > 1000) {
            throw new RuleViolation(opinionText != null && opinionText.length() > 1000 ? "opinion" : "reason",
                    "审核意见和退回原因不能超过1000字");
        }
        r.review(decision, opinionText, decision == RecommendationState.RETURNED ? reasonText : null, clock.instant(),
                CurrentUser.username());
        String body = "“" + r.getSubjectName() + "”" + decision.label()
                + (decision == RecommendationState.RETURNED ? "，退回原因：" + reasonText + "。请修改后重新提交。" : "。");
        notifications.notify(r.getRecommender().getId(), "推荐" + decision.label() + "：" + r.getSubjectName(), body,
                "/recommendations/" + r.getId());
        AuditAction action = decision == RecommendationState.PASSED ? AuditAction.APPROVE : AuditAction.RETURN;
        events.publishEvent(ActionPerformed.of(action, "推荐", r.getId(), r.getSubjectName(),
                decision.label() + (opinionText == null ? "" : "；审核意见：" + opinionText)
                        + (reasonText == null || decision != RecommendationState.RETURNED ? "" : "；退回原因：" + reasonText)));
        return r;
    }

    public Recommendation score(long id, BigDecimal points) {
        Recommendation r = reviewable(id);
        if (r.getState() != RecommendationState.SUBMITTED && r.getState() != RecommendationState.PASSED) {
            throw new RuleViolation("points", "只能为已提交或已通过的推荐评分");
        }
        if (points == null || points.signum() < 0 || points.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new RuleViolation("points", "评分应在0到100之间");
        }
        if (points.scale() > 1) {
            throw new RuleViolation("points", "评分最多保留一位小数");
        }
        r.score(CurrentUser.username(), points, clock.instant());
        events.publishEvent(ActionPerformed.of(AuditAction.SCORE, "推荐", r.getId(), r.getSubjectName(), "评分" + points));
        return r;
    }

    public Recommendation select(long id, boolean selected) {
        Recommendation r = reviewable(id);
        if (selected && r.getState() != RecommendationState.PASSED) {
            throw new RuleViolation("selected", "只有审核通过的推荐才能选为拟表彰对象");
        }
        r.select(selected);
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, "推荐", r.getId(), r.getSubjectName(),
                selected ? "选为拟表彰对象" : "取消拟表彰"));
        return r;
    }

    private Recommendation reviewable(long id) {
        Recommendation r = catalog.recommendation(id);
        RecommendationRound round = r.getRound();
        if (!catalog.reviews(round)) {
            throw new RuleViolation("decision", "只有发起单位“" + round.getIssuer().getName() + "”可以审核、评分和评选");
        }
        if (round.getStage() != RoundStage.OPEN) {
            throw new RuleViolation("decision", "“" + round.getTitle() + "”" + round.getStage().label() + "，评审已结束");
        }
        return r;
    }
}
