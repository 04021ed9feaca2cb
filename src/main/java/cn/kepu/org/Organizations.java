package cn.kepu.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Organizations by id and by tree position. Callers outside this module go through {@link DataScope}, which
 * applies the user's scope; this repository itself does not.
 */
interface Organizations extends JpaRepository<Organization, Long>, JpaSpecificationExecutor<Organization> {

    List<Organization> findByParent_IdOrderByUnitTypeAscIdAsc(Long parentId);

    long countByParentIsNull();

    boolean existsByParent_IdAndName(Long parentId, String name);

    boolean existsByParentIsNullAndName(String name);

    Optional<Organization> findByName(String name);

    List<Organization> findByRegion_CodeAndUnitType(String regionCode, UnitType unitType);

    List<Organization> findByPathStartingWithOrderByPath(String pathPrefix);

    @Query("select o.parent.id, count(o) from Organization o where o.parent.id in :ids group by o.parent.id")
    List<Object[]> countChildren(Collection<Long> ids);

    @Query("select count(o) from Organization o where o.parent.id = :id and o.status = cn.kepu.org.OrgStatus.ENABLED")
    long countEnabledChildren(Long id);

    /** Re-roots a subtree after a move: every path below the old prefix gets the new one. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Organization o set o.path = concat(:newPrefix, substring(o.path, length(:oldPrefix) + 1)) "
            + "where o.path like concat(:oldPrefix, '%')")
    int rewritePaths(String oldPrefix, String newPrefix);
}
