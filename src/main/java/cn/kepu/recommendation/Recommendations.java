package cn.kepu.recommendation;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Recommendations extends JpaRepository<Recommendation, Long>, JpaSpecificationExecutor<Recommendation> {

    // The review list shows each recommendation's recommender: fetched with it, not one query per row.
    @Override
    @EntityGraph(attributePaths = {"round", "recommender", "unit"}, type = EntityGraphType.LOAD)
    Page<Recommendation> findAll(Specification<Recommendation> spec, Pageable pageable);

    long countByRound_IdAndRecommender_Id(long roundId, long recommenderId);

    boolean existsByRound_IdAndActivityId(long roundId, long activityId);

    boolean existsByRound_IdAndUnit_Id(long roundId, long unitId);

    List<Recommendation> findByRound_IdAndRecommender_IdOrderById(long roundId, long recommenderId);

    List<Recommendation> findByRound_IdAndSelectedTrueOrderById(long roundId);

    @Query("select r.round.id, count(r) from Recommendation r where r.round.issuer.id = ?1 and r.round.stage = ?2 and r.state = ?3 group by r.round.id")
    List<Object[]> countsToReview(long issuerId, RoundStage stage, RecommendationState state);

    long countByRecommender_IdAndState(long recommenderId, RecommendationState state);

    @Query("select r from Recommendation r where r.forwardedFrom.id = ?1")
    List<Recommendation> forwardsOf(long id);
}
