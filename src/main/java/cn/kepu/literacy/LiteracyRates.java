package cn.kepu.literacy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LiteracyRates extends JpaRepository<LiteracyRate, Long> {

    List<LiteracyRate> findByRegion_IdOrderBySurveyYearAsc(long regionId);

    List<LiteracyRate> findByRegionIsNullOrderBySurveyYearAsc();

    Optional<LiteracyRate> findByRegion_IdAndSurveyYear(long regionId, int surveyYear);

    Optional<LiteracyRate> findByRegionIsNullAndSurveyYear(int surveyYear);

    List<LiteracyRate> findByRegion_IdInOrderBySurveyYearAsc(Collection<Long> regionIds);

    /** One year's rates of these regions: a comparison reads one row per region. */
    @Query("select r from LiteracyRate r where r.region.id in :regionIds and r.surveyYear = :year")
    List<LiteracyRate> inYear(Collection<Long> regionIds, int year);

    @Query("select r from LiteracyRate r where r.region is not null order by r.region.id, r.surveyYear")
    List<LiteracyRate> allRegional();
}
