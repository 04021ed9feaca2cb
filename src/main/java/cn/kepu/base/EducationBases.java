package cn.kepu.base;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EducationBases extends JpaRepository<EducationBase, Long>, JpaSpecificationExecutor<EducationBase> {

    long countByParent_IdAndStateIn(long parentId, java.util.Collection<BaseState> states);

    boolean existsByNumber(String number);

    boolean existsByParent_IdAndNameAndStateNot(long parentId, String name, BaseState state);

    Optional<EducationBase> findByOrganizationId(long organizationId);

    List<EducationBase> findByStateIn(Collection<BaseState> states);

    @Override
    @EntityGraph(attributePaths = {"parent", "region"}, type = EntityGraph.EntityGraphType.LOAD)
    Page<EducationBase> findAll(Specification<EducationBase> spec, Pageable pageable);

    @Override
    @EntityGraph(attributePaths = {"parent", "region"}, type = EntityGraph.EntityGraphType.LOAD)
    List<EducationBase> findAll(Specification<EducationBase> spec);
}
