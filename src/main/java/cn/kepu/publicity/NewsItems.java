package cn.kepu.publicity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface NewsItems extends JpaRepository<NewsItem, Long>, JpaSpecificationExecutor<NewsItem> {

    boolean existsByUnit_IdAndTitleAndSubmittedOnBetweenAndIdNot(long unitId, String title, LocalDate from, LocalDate to, long id);

    List<NewsItem> findByStateOrderById(NewsState state);

    /** Per unit beneath the path: submitted (whatever became of them), adopted, and the points — one grouped query. */
    @Query("""
            select n.unit.id, n.unit.name, n.unit.path, count(n),
                   sum(case when n.state = cn.kepu.publicity.NewsState.ADOPTED then 1 else 0 end), sum(n.points)
            from NewsItem n
            where n.submittedOn between :from and :to and n.unit.path like :path
            group by n.unit.id, n.unit.name, n.unit.path""")
    List<Object[]> tally(String path, LocalDate from, LocalDate to);

    /** Waiting items beneath the path, but not the office's own: what a reviewer there has to look at. */
    @Query("select count(n) from NewsItem n where n.state = :state and n.unit.path like :path and n.unit.id <> :office")
    long countWaiting(NewsState state, String path, long office);

    /** Adopted items' points and number in a subtree and period: what an assessment reads of a unit. */
    @Query("""
            select coalesce(sum(n.points), 0), count(n) from NewsItem n
            where n.state = cn.kepu.publicity.NewsState.ADOPTED and n.submittedOn between :from and :to and n.unit.path like :path""")
    List<Object[]> adoptedWithin(String path, LocalDate from, LocalDate to);

    long countByStateAndUnit_IdIn(NewsState state, Collection<Long> unitIds);
}
