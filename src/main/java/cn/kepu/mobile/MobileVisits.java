package cn.kepu.mobile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface MobileVisits extends JpaRepository<MobileVisit, Long>, JpaSpecificationExecutor<MobileVisit> {

    long countByResource_Id(long resourceId);

    List<MobileVisit> findByState(VisitState state);

    @Query("select v from MobileVisit v where v.state = :state and v.visitDate >= :from and v.visitDate <= :to")
    List<MobileVisit> inPeriod(VisitState state, LocalDate from, LocalDate to);

    /** The visits of a year to these townships (every state but cancelled), for the coverage. */
    @Query("""
            select v from MobileVisit v where v.township.id in :townships and v.visitDate >= :from and v.visitDate <= :to
            and v.state <> cn.kepu.mobile.VisitState.CANCELLED order by v.visitDate""")
    List<MobileVisit> toTownships(Collection<Long> townships, LocalDate from, LocalDate to);

    /** Resource id → its completed visits in the period, for these resources. */
    @Query("""
            select v.resource.id, count(v) from MobileVisit v where v.resource.id in :resources and v.state = :state
            and v.visitDate >= :from and v.visitDate <= :to group by v.resource.id""")
    List<Object[]> countsByResource(Collection<Long> resources, VisitState state, LocalDate from, LocalDate to);
}
