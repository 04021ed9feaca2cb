package cn.kepu.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Tasks extends JpaRepository<Task, Long> {

    /** A unit's own tasks that carry out a superior's task (承接). */
    List<Task> findByParentTaskIdAndPlan_Issuer_Id(long parentTaskId, long issuerId);
}
