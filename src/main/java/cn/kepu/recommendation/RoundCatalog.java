package cn.kepu.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.Scope;
import cn.kepu.support.NotFoundException;

/**
 * Which rounds and recommendations a person may see: a round issued within their scope or calling on a unit within
 * it; a recommendation made by a unit within their scope, or in a round issued within it (the issuer sees all of
 * its round). Anything else answers as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
public class RoundCatalog {

    /** The review list's filters: a recommender, a state, only the selected ones. */
    public record Filter(Long recommenderId, RecommendationState state, boolean selectedOnly) {
    }

    private final RecommendationRounds rounds;
    private final Recommendations recommendations;
    private final DataScope scope;
    private final Clock clock;

    RoundCatalog(RecommendationRounds rounds, Recommendations recommendations, DataScope scope, Clock clock) {
        this.rounds = rounds;
        this.recommendations = recommendations;
        this.scope = scope;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<RecommendationRound> rounds() {
        Scope current = scope.current();
        return rounds.findAllByOrderByIdDesc().stream().filter(r -> visible(r, current)).toList();
    }

    /** The units a round calls on, by their place in the tree. */
    public List<Organization> recommenders(RecommendationRound round) {
        return rounds.recommendersOf(round.getId());
    }

    /** Whether the round calls on the unit to recommend. */
    public boolean callsOn(RecommendationRound round, Organization unit) {
        return rounds.callsOn(round.getId(), unit.getId());
    }

    public RecommendationRound round(long id) {
        Scope current = scope.current();
        return rounds.findById(id).filter(r -> visible(r, current)).orElseThrow(() -> new NotFoundException("推荐评选"));
    }

    private boolean visible(RecommendationRound r, Scope current) {
        if (current.covers(r.getIssuer())) {
            return true;
        }
        if (current.onlyOrganizationId() != null) {
            return rounds.callsOn(r.getId(), current.onlyOrganizationId());
        }
        return current.pathPrefix() != null && rounds.callsOnWithin(r.getId(), current.pathPrefix() + "%");
    }

    /** The round's recommendations the user may see, filtered, a page at a time, oldest first. */
    public Page<Recommendation> recommendations(RecommendationRound round, Filter filter, int page, int size) {
        Scope current = scope.current();
        Specification<Recommendation> spec = (root, q, cb) -> cb.equal(root.get("round").get("id"), round.getId());
        if (!current.covers(round.getIssuer())) {
            spec = spec.and(current.on(root -> root.join("recommender")));
        }
        if (filter.recommenderId() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("recommender").get("id"), filter.recommenderId()));
        }
        if (filter.state() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("state"), filter.state()));
        }
        if (filter.selectedOnly()) {
            spec = spec.and((root, q, cb) -> cb.isTrue(root.get("selected")));
        }
        return recommendations.findAll(spec, PageRequest.of(Math.max(page, 0), size, Sort.by("id")));
    }

    public Recommendation recommendation(long id) {
        Scope current = scope.current();
        return recommendations.findById(id)
                .filter(r -> current.covers(r.getRecommender()) || current.covers(r.getRound().getIssuer()))
                .orElseThrow(() -> new NotFoundException("推荐"));
    }

    /** The recommendation as the user may see it, and where it went after (the level above's copy). */
    public List<Recommendation> forwardsOf(Recommendation r) {
        return recommendations.forwardsOf(r.getId());
    }

    /** The unit in whose name the current user issues rounds and reviews: their own, unless they only report for it. */
    public Optional<Organization> issuer() {
        return scope.current().onlyOrganizationId() != null ? Optional.empty() : scope.ownUnit();
    }

    public boolean reviews(RecommendationRound round) {
        return issuer().map(u -> u.getId().equals(round.getIssuer().getId())).orElse(false);
    }

    /** The unit in whose name the current user recommends in this round, if it is one of the round's recommenders. */
    public Optional<Organization> recommenderIn(RecommendationRound round) {
        return scope.ownUnit().filter(u -> callsOn(round, u));
    }

    public boolean recommendsFor(Recommendation r) {
        return scope.ownUnit().map(u -> u.getId().equals(r.getRecommender().getId())).orElse(false);
    }

    /** All of one recommender's recommendations in a round, for its forms in one file. */
    public List<Recommendation> ofRecommender(RecommendationRound round, long recommenderId) {
        Scope current = scope.current();
        return recommendations.findByRound_IdAndRecommender_IdOrderById(round.getId(), recommenderId).stream()
                .filter(r -> current.covers(r.getRecommender()) || current.covers(round.getIssuer())).toList();
    }

    /** For the public: the round's selected candidates, only while it is in 公示 or after its list is fixed. */
    public RecommendationRound published(long id) {
        return rounds.findById(id).filter(r -> r.getStage() != RoundStage.OPEN)
                .orElseThrow(() -> new NotFoundException("公示"));
    }

    public List<Recommendation> selected(RecommendationRound round) {
        return recommendations.findByRound_IdAndSelectedTrueOrderById(round.getId());
    }
}
