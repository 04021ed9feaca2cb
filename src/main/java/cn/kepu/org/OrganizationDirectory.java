package cn.kepu.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the organization tree from other modules: by id, name, position or region. Read only — units are created,
 * changed and moved through {@link OrganizationManagement}, which checks the rules. Like the repository it reads, it
 * applies no user's scope; a page or API asks {@link DataScope} first, or reads {@link #within} a scope.
 */
@Component
@Transactional(readOnly = true)
public class OrganizationDirectory {

    private final Organizations organizations;

    OrganizationDirectory(Organizations organizations) {
        this.organizations = organizations;
    }

    public Optional<Organization> find(long id) {
        return organizations.findById(id);
    }

    public Optional<Organization> named(String name) {
        return organizations.findByName(name);
    }

    public List<Organization> byIds(Collection<Long> ids) {
        return organizations.findAllById(ids);
    }

    /** The unit and every unit beneath it, in tree order. */
    public List<Organization> subtree(Organization top) {
        return organizations.findByPathStartingWithOrderByPath(top.getPath());
    }

    /** The units directly beneath {@code parentId}, or the roots when it is null. */
    public List<Organization> children(Long parentId) {
        return organizations.findByParent_IdOrderByUnitTypeAscIdAsc(parentId);
    }

    /** Every unit a scope reaches. */
    public List<Organization> within(Scope scope) {
        return organizations.findAll(scope.organizations());
    }

    public long countWithin(Scope scope) {
        return organizations.count(scope.organizations());
    }

    public List<Organization> inRegion(String regionCode, UnitType unitType) {
        return organizations.findByRegion_CodeAndUnitType(regionCode, unitType);
    }

    public List<Organization> all() {
        return organizations.findAll();
    }

    public long count() {
        return organizations.count();
    }
}
