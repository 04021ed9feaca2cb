package cn.kepu.base;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DemonstrationSites extends JpaRepository<DemonstrationSite, Long>, JpaSpecificationExecutor<DemonstrationSite> {

    boolean existsByNumber(String number);

    boolean existsByParent_IdAndNameAndKindAndStateNot(long parentId, String name, SiteKind kind, SiteState state);

    List<DemonstrationSite> findByStateIn(Collection<SiteState> states);

    // A LOAD graph: what it does not name keeps its mapping, so the checklist stays eager (a FETCH graph made it lazy,
    // and the list, read after the transaction, failed).
    @Override
    @EntityGraph(attributePaths = {"parent", "region"}, type = EntityGraph.EntityGraphType.LOAD)
    Page<DemonstrationSite> findAll(Specification<DemonstrationSite> spec, Pageable pageable);

    @Override
    @EntityGraph(attributePaths = {"parent", "region"}, type = EntityGraph.EntityGraphType.LOAD)
    List<DemonstrationSite> findAll(Specification<DemonstrationSite> spec);
}
