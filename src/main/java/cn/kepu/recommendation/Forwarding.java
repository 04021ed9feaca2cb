package cn.kepu.recommendation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.notice.Notifications;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.RuleViolation;

/**
 * 报送上一级: with one action the issuer puts the selected recommendations of its round into the next level's round as
 * its own, submitted, their forms copied and its 审核意见 as the recommender's opinion; each keeps where it came from
 * (县 → 市 → 省). All or none: a wrong one stops the lot.
 */
@Service
@Transactional
public class Forwarding {

    private final Recommendations recommendations;
    private final RoundCatalog catalog;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Forwarding(Recommendations recommendations, RoundCatalog catalog, Notifications notifications,
            ApplicationEventPublisher events, Clock clock) {
        this.recommendations = recommendations;
        this.catalog = catalog;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    public List<Recommendation> forward(long roundId, List<Long> ids) {
        RecommendationRound round = catalog.round(roundId);
        if (!catalog.reviews(round)) {
            throw new RuleViolation("ids", "只有发起单位“" + round.getIssuer().getName() + "”可以报送上一级");
        }
        RecommendationRound next = round.getNextRound();
        if (next == null) {
            throw new RuleViolation("ids", "“" + round.getTitle() + "”没有设置上一级推荐评选，不能报送");
        }
        if (ids == null || ids.isEmpty()) {
            throw new RuleViolation("ids", "请选择要报送上一级的推荐");
        }
        List<RuleViolation> problems = new ArrayList<>();
        if (!catalog.callsOn(next, round.getIssuer())) {
            problems.add(new RuleViolation("ids", round.getIssuer().getName() + "不是“" + next.getTitle() + "”的推荐单位"));
        } else if (!next.acceptsOn(catalog.today())) {
            problems.add(new RuleViolation("ids", "“" + next.getTitle() + "”已于" + next.getDeadline() + "截止或已结束推荐，不能报送"));
        }
        List<Recommendation> chosen = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            Recommendation r = catalog.recommendation(id);
            if (!r.getRound().getId().equals(round.getId())) {
                problems.add(new RuleViolation("ids", "“" + r.getSubjectName() + "”不属于“" + round.getTitle() + "”"));
            } else if (!r.isSelected()) {
                problems.add(new RuleViolation("ids", "“" + r.getSubjectName() + "”未被选为拟表彰对象，不能报送上一级"));
            } else if (recommendations.forwardsOf(r.getId()).stream().anyMatch(f -> f.getRound().getId().equals(next.getId()))) {
                problems.add(new RuleViolation("ids", "“" + r.getSubjectName() + "”已报送“" + next.getTitle() + "”"));
            } else if (r.getActivityId() != null && recommendations.existsByRound_IdAndActivityId(next.getId(), r.getActivityId())
                    || r.getUnit() != null && recommendations.existsByRound_IdAndUnit_Id(next.getId(), r.getUnit().getId())) {
                problems.add(new RuleViolation("ids", "“" + r.getSubjectName() + "”已在“" + next.getTitle() + "”中被推荐"));
            } else {
                chosen.add(r);
            }
        }
        long used = recommendations.countByRound_IdAndRecommender_Id(next.getId(), round.getIssuer().getId());
        if (problems.isEmpty() && used + chosen.size() > next.getQuota()) {
            problems.add(new RuleViolation("ids", "“" + next.getTitle() + "”每个推荐单位限推荐" + next.getQuota() + "个，"
                    + round.getIssuer().getName() + "已推荐" + used + "个，本次选择了" + chosen.size() + "个"));
        }
        RuleViolation.throwIfAny(problems);
        List<Recommendation> forwarded = new ArrayList<>();
        for (Recommendation origin : chosen) {
            Recommendation copy = new Recommendation(next, round.getIssuer(), origin.getActivityId(), origin.getUnit(),
                    clock.instant(), CurrentUser.username());
            RecommendationForm form = RecommendationForm.of(origin);
            form.setRecommenderOpinion(origin.getReviewOpinion());
            copy.fill(form);
            copy.forwardedFrom(origin);
            copy.submit(clock.instant());
            forwarded.add(recommendations.save(copy));
            events.publishEvent(ActionPerformed.of(AuditAction.SUBMIT, "推荐", origin.getId(), origin.getSubjectName(),
                    "报送“" + next.getTitle() + "”"));
        }
        recommendations.flush();
        notifications.notify(next.getIssuer().getId(), "收到" + round.getIssuer().getName() + "报送的推荐",
                round.getIssuer().getName() + "向“" + next.getTitle() + "”报送了" + forwarded.size() + "个推荐。",
                "/recommendation-rounds/" + next.getId());
        return forwarded;
    }
}
