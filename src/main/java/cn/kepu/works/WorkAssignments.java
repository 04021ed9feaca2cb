package cn.kepu.works;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkAssignments extends JpaRepository<WorkAssignment, Long> {

    boolean existsByCallId(long callId);

    /** Which of these works are given to the expert: one query for a whole sheet. */
    @Query("select a.workId from WorkAssignment a where a.expertId = :expertId and a.workId in :workIds")
    Set<Long> givenTo(long expertId, Collection<Long> workIds);

    long countByCallIdAndExpertId(long callId, long expertId);

    /** The works of the call already given to someone: not given again. */
    @Query("select distinct a.workId from WorkAssignment a where a.callId = :callId")
    List<Long> assignedWorks(long callId);

    /** An expert's sheet, a page at a time: the accepted works given to them, by category and number. */
    @Query(value = """
            select w from Work w where w.call.id = :callId and w.state = cn.kepu.works.WorkState.ACCEPTED
            and exists (select 1 from WorkAssignment a where a.workId = w.id and a.expertId = :expertId)
            order by w.category, w.id""",
            countQuery = """
            select count(w) from Work w where w.call.id = :callId and w.state = cn.kepu.works.WorkState.ACCEPTED
            and exists (select 1 from WorkAssignment a where a.workId = w.id and a.expertId = :expertId)""")
    Page<Work> sheet(long callId, long expertId, Pageable page);
}
