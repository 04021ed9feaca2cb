package cn.kepu.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Projects extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

    // The list shows each project's call: fetched with it, not one query per row (ProjectCatalog fetches the applicant).
    @Override
    @EntityGraph(attributePaths = {"call", "call.issuer"}, type = EntityGraphType.LOAD)
    Page<Project> findAll(Specification<Project> spec, Pageable pageable);

    boolean existsByCall_IdAndApplicant_IdAndName(long callId, long applicantId, String name);

    long countByCall_Id(long callId);

    @Query("select coalesce(sum(p.approvedFunds), 0) from Project p where p.call.id = ?1 and p.approvedFunds is not null")
    BigDecimal approvedIn(long callId);

    @Query("select p from Project p where p.state = ?1 and p.call.midtermDue <= ?2")
    List<Project> midtermDueBy(ProjectState state, LocalDate day);

    @Query("select p from Project p where p.state in ?1 and p.call.acceptanceDue <= ?2")
    List<Project> acceptanceDueBy(List<ProjectState> states, LocalDate day);

    @Query("select p.call.id, count(p) from Project p where p.call.issuer.id = ?1 and p.state = ?2 group by p.call.id")
    List<Object[]> countsToDecide(long issuerId, ProjectState state);

    /** Funds per region and year: region code, year, projects funded, funds approved — of applicants whose path matches. */
    @Query("select p.regionCode, p.fundsYear, count(p), sum(p.approvedFunds) from Project p join p.applicant a "
            + "where p.approvedFunds is not null and a.path like ?1 group by p.regionCode, p.fundsYear")
    List<Object[]> fundsWithin(String pathPattern);

    @Query("select p.regionCode, p.fundsYear, count(p), sum(p.approvedFunds) from Project p "
            + "where p.approvedFunds is not null and p.applicant.id = ?1 group by p.regionCode, p.fundsYear")
    List<Object[]> fundsOf(long applicantId);

    @Query("select p.regionCode, p.fundsYear, count(p), sum(p.approvedFunds) from Project p "
            + "where p.approvedFunds is not null group by p.regionCode, p.fundsYear")
    List<Object[]> fundsEverywhere();
}
