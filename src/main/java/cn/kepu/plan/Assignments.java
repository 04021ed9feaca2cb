package cn.kepu.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Assignments extends JpaRepository<Assignment, Long>, JpaSpecificationExecutor<Assignment> {

    List<Assignment> findByTask_Plan_Id(long planId);

    /** Each of the plan's assignments' id, state and completion time: what timeliness needs, without the entities. */
    @Query("select a.id, a.state, a.completedAt from Assignment a where a.task.plan.id = ?1")
    List<Object[]> statesInPlan(long planId);

    Optional<Assignment> findByTask_IdAndOrganization_Id(long taskId, long organizationId);

    List<Assignment> findByParent_Id(long parentId);

    @Query("""
            select t.assignment.organization.id, sum(t.target) from AssignmentTarget t
            where t.quota.id in :quotaIds group by t.assignment.organization.id""")
    List<Object[]> targetsByOrganization(Collection<Long> quotaIds);

    boolean existsByParent_Id(long parentId);
}
