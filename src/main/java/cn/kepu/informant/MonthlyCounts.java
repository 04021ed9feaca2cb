package cn.kepu.informant;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface MonthlyCounts extends JpaRepository<InformantCount, Long>, JpaSpecificationExecutor<InformantCount> {

    Optional<InformantCount> findByUnit_IdAndPeriodYearAndPeriodMonth(long unitId, int periodYear, int periodMonth);

    long countByUnit_Id(long unitId);

    @Query("select coalesce(sum(c.newlyRegistered), 0) from InformantCount c where c.unit.id = :unitId and c.periodYear = :year")
    long yearTotal(long unitId, int year);

    /** Per unit and year: unit id, its path, the year, the new informants. */
    @Query("""
            select c.unit.id, c.unit.path, c.periodYear, sum(c.newlyRegistered) from InformantCount c
            group by c.unit.id, c.unit.path, c.periodYear""")
    List<Object[]> totals();

    @Query("""
            select c.unit.id, c.unit.path, c.periodYear, sum(c.newlyRegistered) from InformantCount c
            where c.periodYear in :years group by c.unit.id, c.unit.path, c.periodYear""")
    List<Object[]> totalsIn(Collection<Integer> years);

    /** Per unit path: the year's new informants of units whose path starts with the prefix (an aggregate, for subtree sums). */
    @Query("""
            select c.unit.path, sum(c.newlyRegistered) from InformantCount c
            where c.periodYear = :year and c.unit.path like concat(:prefix, '%') group by c.unit.path""")
    List<Object[]> sumsByPath(int year, String prefix);
}
