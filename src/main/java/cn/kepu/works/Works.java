package cn.kepu.works;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Works extends JpaRepository<Work, Long> {

    List<Work> findByCall_IdOrderByCategoryAscIdAsc(long callId);

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
