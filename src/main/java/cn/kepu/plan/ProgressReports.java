package cn.kepu.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressReports extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByAssignment_IdOrderByReportedAtDesc(long assignmentId);
}
