package cn.kepu.works;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Works extends JpaRepository<Work, Long> {

    List<Work> findByCall_IdOrderByCategoryAscIdAsc(long callId);

    org.springframework.data.domain.Page<Work> findByCall_IdOrderByCategoryAscIdAsc(long callId, org.springframework.data.domain.Pageable page);

    @Query("select w from Work w where w.call.id = ?1 and w.submittingUnit.path like ?2 order by w.category, w.id")
    org.springframework.data.domain.Page<Work> submittedWithin(long callId, String path, org.springframework.data.domain.Pageable page);

    org.springframework.data.domain.Page<Work> findByCall_IdAndSubmittingUnit_IdOrderByCategoryAscIdAsc(long callId, long unitId,
            org.springframework.data.domain.Pageable page);

    org.springframework.data.domain.Page<Work> findByCall_IdAndStateOrderByCategoryAscIdAsc(long callId, WorkState state,
            org.springframework.data.domain.Pageable page);

    /** What 分组评审 needs of the accepted works: id, the author's unit and the submitting unit's name (for 回避). */
    @Query("""
            select w.id, w.authorUnit, u.name from Work w left join w.submittingUnit u
            where w.call.id = ?1 and w.state = cn.kepu.works.WorkState.ACCEPTED order by w.id""")
    List<Object[]> acceptedForGroups(long callId);

    /** What the results show of the works at the places shown: id, title, authors, the authors' unit. */
    @Query("select w.id, w.title, w.authors, w.authorUnit from Work w where w.id in ?1")
    List<Object[]> headsOf(java.util.Collection<Long> ids);

    boolean existsByCall_IdAndTitleAndAuthors(long callId, String title, String authors);

    /** The works sent from one address to one call since a moment: the per-address limit, counted from what is stored. */
    long countByCall_IdAndClientAddressAndSubmittedAtGreaterThanEqual(long callId, String clientAddress, Instant since);

    long countByCall_IdAndCategory(long callId, WorkCategory category);

    @Query("select w from Work w where w.call.awardsPublishedAt is not null and w.award is not null")
    List<Work> awardedAndPublished();

    @Query("select count(w) from Work w where w.call.issuer.id = ?1 and w.state = cn.kepu.works.WorkState.SUBMITTED")
    long countToCheck(long issuerId);

    @Query("select w from Work w where w.call.issuer.id = ?1 and w.state = cn.kepu.works.WorkState.ACCEPTED and w.call.awardsPublishedAt is null")
    List<Work> acceptedUnpublished(long issuerId);
}
