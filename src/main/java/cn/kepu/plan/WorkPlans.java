package cn.kepu.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface WorkPlans extends JpaRepository<WorkPlan, Long>, JpaSpecificationExecutor<WorkPlan> {

    List<WorkPlan> findByState(PlanState state);

    /** Plans issued within a subtree, or giving an assignment to a unit within it. */
    @Query("""
            select p from WorkPlan p where p.issuer.path like concat(:prefix, '%')
              or exists (select a from Assignment a where a.task.plan = p and a.organization.path like concat(:prefix, '%'))
            order by p.periodFrom desc, p.id desc""")
    List<WorkPlan> visibleUnder(String prefix);

    @Query("""
            select p from WorkPlan p where p.issuer.id = :organizationId
              or exists (select a from Assignment a where a.task.plan = p and a.organization.id = :organizationId)
            order by p.periodFrom desc, p.id desc""")
    List<WorkPlan> visibleTo(long organizationId);

    @Query("select p from WorkPlan p order by p.periodFrom desc, p.id desc")
    List<WorkPlan> all();
}
