package cn.kepu.base;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BaseReports extends JpaRepository<BaseReport, Long> {

    List<BaseReport> findByBaseIdOrderByReportYearDesc(long baseId);

    Optional<BaseReport> findByBaseIdAndReportYear(long baseId, int reportYear);

    boolean existsByBaseIdAndReportYear(long baseId, int reportYear);
}
