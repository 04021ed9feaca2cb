package cn.kepu.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Assignments extends JpaRepository<Assignment, Long>, JpaSpecificationExecutor<Assignment> {

    List<Assignment> findByTask_Plan_Id(long planId);

    Optional<Assignment> findByTask_IdAndOrganization_Id(long taskId, long organizationId);

    List<Assignment> findByParent_Id(long parentId);

    boolean existsByParent_Id(long parentId);
}
