package cn.kepu.recommendation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.home.WorkItem;
import cn.kepu.home.WorkSource;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;

/**
 * 推荐评选 on the workbench: for an issuer, the submitted recommendations waiting for its review; for a recommender,
 * the open rounds it is called on (with their deadlines) and its returned recommendations to change.
 */
@Component
@Transactional(readOnly = true)
class RecommendationWork implements WorkSource {

    private final RoundCatalog catalog;
    private final Recommendations recommendations;
    private final DataScope scope;

    RecommendationWork(RoundCatalog catalog, Recommendations recommendations, DataScope scope) {
        this.catalog = catalog;
        this.recommendations = recommendations;
        this.scope = scope;
    }

    @Override
    public List<WorkItem> items() {
        List<WorkItem> items = new ArrayList<>();
        catalog.issuer().ifPresent(issuer -> recommendations
                .countsToReview(issuer.getId(), RoundStage.OPEN, RecommendationState.SUBMITTED)
                .forEach(row -> items.add(WorkItem.todo("待审核的推荐", (Long) row[1], "/recommendation-rounds/" + row[0]
                        + "?state=SUBMITTED"))));
        Organization own = scope.ownUnit().orElse(null);
        if (own == null) {
            return items;
        }
        long returned = recommendations.countByRecommender_IdAndState(own.getId(), RecommendationState.RETURNED);
        if (returned > 0) {
            items.add(WorkItem.todo("被退回待修改的推荐", returned, "/recommendation-rounds"));
        }
        catalog.rounds().stream().filter(r -> r.acceptsOn(catalog.today()) && catalog.callsOn(r, own))
                .forEach(r -> items.add(WorkItem.deadline("推荐：" + r.getTitle(), r.getDeadline(), r.getIssuer().getName(),
                        "/recommendation-rounds/" + r.getId())));
        return items;
    }
}
