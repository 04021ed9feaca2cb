package cn.kepu.recommendation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationRounds extends JpaRepository<RecommendationRound, Long> {

    List<RecommendationRound> findAllByOrderByIdDesc();

    boolean existsByIssuer_IdAndTitle(long issuerId, String title);
}
