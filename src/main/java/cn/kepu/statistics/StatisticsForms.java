package cn.kepu.statistics;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatisticsForms extends JpaRepository<StatisticsForm, Long> {

    Optional<StatisticsForm> findByUnit_IdAndReportYear(long unitId, int reportYear);

    /** A year's forms of the units whose path starts so (a subtree), of these states. */
    @Query("select f from StatisticsForm f where f.reportYear = ?1 and f.unit.path like concat(?2, '%') and f.state in ?3")
    List<StatisticsForm> inSubtree(int year, String path, Collection<StatisticsForm.State> states);
}
