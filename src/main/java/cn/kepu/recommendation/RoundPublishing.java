package cn.kepu.recommendation;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.support.RuleViolation;

/** 公示 and 表彰名单: the issuer publishes the selected candidates until a day, then fixes them as the award list. */
@Service
@Transactional
public class RoundPublishing {

    private final RoundCatalog catalog;
    private final ApplicationEventPublisher events;

    RoundPublishing(RoundCatalog catalog, ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.events = events;
    }

    public RecommendationRound startPublicity(long roundId, LocalDate until) {
        RecommendationRound round = issued(roundId);
        if (round.getStage() != RoundStage.OPEN) {
            throw new RuleViolation("until", "“" + round.getTitle() + "”" + round.getStage().label() + "，不能再公示");
        }
        if (catalog.selected(round).isEmpty()) {
            throw new RuleViolation("until", "尚未选出拟表彰对象，不能公示");
        }
        if (until == null || until.isBefore(catalog.today())) {
            throw new RuleViolation("until", "请填写公示截止日期（不早于今天）");
        }
        round.startPublicity(until);
        events.publishEvent(ActionPerformed.of(AuditAction.PUBLISH, "推荐评选", round.getId(), round.getTitle(),
                "公示至" + until));
        return round;
    }

    public RecommendationRound fixAwards(long roundId) {
        RecommendationRound round = issued(roundId);
        if (round.getStage() != RoundStage.PUBLICITY) {
            throw new RuleViolation("until", "公示之后才能确定表彰名单");
        }
        round.finish();
        events.publishEvent(ActionPerformed.of(AuditAction.CLOSE, "推荐评选", round.getId(), round.getTitle(),
                "确定表彰名单" + catalog.selected(round).size() + "个"));
        return round;
    }

    private RecommendationRound issued(long roundId) {
        RecommendationRound round = catalog.round(roundId);
        if (!catalog.reviews(round)) {
            throw new RuleViolation("until", "只有发起单位“" + round.getIssuer().getName() + "”可以公示和确定表彰名单");
        }
        return round;
    }
}
