package cn.kepu.volunteer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ServiceRecords extends JpaRepository<ServiceRecord, Long> {

    List<ServiceRecord> findByActivityIdOrderByTeam_NameAscVolunteer_IdAsc(long activityId);

    Optional<ServiceRecord> findByActivityIdAndVolunteer_Id(long activityId, long volunteerId);

    List<ServiceRecord> findByVolunteer_IdOrderByServedOnDescIdDesc(long volunteerId);

    /** Year, activities, hours — a volunteer's service per year, the latest year first. */
    @Query("select year(r.servedOn), count(r), sum(r.hours) from ServiceRecord r where r.volunteer.id = :volunteerId"
            + " group by year(r.servedOn) order by year(r.servedOn) desc")
    List<Object[]> yearsOfVolunteer(long volunteerId);

    /** Year, volunteers who served, service records, hours — a team's service per year, the latest year first. */
    @Query("select year(r.servedOn), count(distinct r.volunteer.id), count(r), sum(r.hours) from ServiceRecord r"
            + " where r.team.id = :teamId group by year(r.servedOn) order by year(r.servedOn) desc")
    List<Object[]> yearsOfTeam(long teamId);

    @Modifying
    @Query("delete from ServiceRecord r where r.activityId = :activityId")
    int deleteByActivity(long activityId);
}
