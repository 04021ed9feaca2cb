package cn.kepu.activity;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Activities extends JpaRepository<Activity, Long>, JpaSpecificationExecutor<Activity> {

    boolean existsByOrganizer_IdAndNameAndStartsAtBetweenAndIdNot(long organizerId, String name, LocalDateTime from,
            LocalDateTime to, long exceptId);

    @Query("""
            select count(a), sum(a.actualParticipants) from Activity a
            where a.organizer.id = ?1 and a.state in ?2 and a.startsAt >= ?3 and a.startsAt < ?4""")
    List<Object[]> organizedBetween(long organizerId, Collection<ActivityState> states, LocalDateTime from, LocalDateTime to);

    @Query("""
            select c.kind, count(a), sum(a.actualParticipants) from Activity a join a.campaign c
            where a.organizer.id = ?1 and a.state in ?2 and a.startsAt >= ?3 and a.startsAt < ?4 group by c.kind""")
    List<Object[]> organizedByKindBetween(long organizerId, Collection<ActivityState> states, LocalDateTime from, LocalDateTime to);

    @EntityGraph(attributePaths = {"organizer", "campaign"})
    List<Activity> findByCampaign_Id(long campaignId);

    @EntityGraph(attributePaths = {"organizer", "campaign"})
    List<Activity> findByCampaign_IdInAndStateIn(Collection<Long> campaignIds, Collection<ActivityState> states);

    // Lists show each activity's units and region: fetched with it, not one query per row. A LOAD graph, so that
    // what it does not name keeps its mapping — the links stay eager (batched), as the API reads them after the
    // transaction; a FETCH graph made them lazy, and the API list answered 500.
    @Override
    @EntityGraph(attributePaths = {"organizer", "reviewer", "region", "campaign"}, type = EntityGraphType.LOAD)
    Page<Activity> findAll(Specification<Activity> spec, Pageable pageable);

    @Override
    @EntityGraph(attributePaths = {"organizer", "reviewer", "region", "campaign"}, type = EntityGraphType.LOAD)
    List<Activity> findAll(Specification<Activity> spec, Sort sort);
}
