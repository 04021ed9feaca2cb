package cn.kepu.statistics;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatisticsForms extends JpaRepository<StatisticsForm, Long> {

    Optional<StatisticsForm> findByUnit_IdAndReportYear(long unitId, int reportYear);

    /**
     * Every figure of a year's submitted forms in a subtree as (unit path, item, amount), in one query: a national
     * roll-up reads some 3,000 forms, and loading each form with its figures would be a query per form.
     */
    @Query("""
            select f.unit.path, key(e), e.amount from StatisticsForm f join f.entries e
            where f.reportYear = ?1 and f.unit.path like concat(?2, '%') and f.state = ?3""")
    List<Object[]> figuresInSubtree(int year, String path, StatisticsForm.State state);

    @Query("select f.unit.path from StatisticsForm f where f.reportYear = ?1 and f.unit.path like concat(?2, '%') and f.state = ?3")
    List<String> pathsInSubtree(int year, String path, StatisticsForm.State state);

    /** A year's forms of the units whose path starts so (a subtree), of these states. */
    @Query("select f from StatisticsForm f where f.reportYear = ?1 and f.unit.path like concat(?2, '%') and f.state in ?3")
    List<StatisticsForm> inSubtree(int year, String path, Collection<StatisticsForm.State> states);
}
