package cn.kepu.recommendation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import cn.kepu.org.Organization;

interface RecommendationRounds extends JpaRepository<RecommendationRound, Long> {

    List<RecommendationRound> findAllByOrderByIdDesc();

    boolean existsByIssuer_IdAndTitle(long issuerId, String title);

    @Query("select count(o) > 0 from RecommendationRound r join r.recommenders o where r.id = ?1 and o.id = ?2")
    boolean callsOn(long roundId, long organizationId);

    @Query("select count(o) > 0 from RecommendationRound r join r.recommenders o where r.id = ?1 and o.path like ?2")
    boolean callsOnWithin(long roundId, String pathPattern);

    @Query("select o from RecommendationRound r join r.recommenders o where r.id = ?1 order by o.path")
    List<Organization> recommendersOf(long roundId);

    @Query("select r from RecommendationRound r join r.recommenders o where o.id = ?1 order by r.id desc")
    List<RecommendationRound> callingOn(long organizationId);
}
