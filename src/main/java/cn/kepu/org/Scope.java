package cn.kepu.org;

import java.util.function.Function;

import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Path;

import org.springframework.data.jpa.domain.Specification;

/**
 * The organizations a user may see at this moment: everything, a subtree (by path prefix), exactly one unit,
 * or nothing. Computed per request from the current paths, so a moved unit's data follows it at once.
 */
public record Scope(boolean everything, String pathPrefix, Long onlyOrganizationId) {

    static final Scope NOTHING = new Scope(false, null, null);
    static final Scope EVERYTHING = new Scope(true, null, null);

    static Scope subtree(Organization root) {
        return new Scope(false, root.getPath(), null);
    }

    static Scope ownUnit(Organization unit) {
        return new Scope(false, unit.getPath(), unit.getId());
    }

    public boolean covers(Organization o) {
        if (everything) {
            return true;
        }
        if (pathPrefix == null) {
            return false;
        }
        return onlyOrganizationId != null ? onlyOrganizationId.equals(o.getId()) : o.getPath().startsWith(pathPrefix);
    }

    /**
     * The scope as a query condition on any entity that belongs to an organization: pass how to reach that
     * organization from the entity's root, e.g. {@code root -> root.join("organization")}.
     */
    public <T> Specification<T> on(Function<From<?, T>, From<?, Organization>> organizationOf) {
        return (root, query, cb) -> {
            if (everything) {
                return cb.conjunction();
            }
            if (pathPrefix == null) {
                return cb.disjunction();
            }
            From<?, Organization> org = organizationOf.apply(root);
            if (onlyOrganizationId != null) {
                return cb.equal(org.get("id"), onlyOrganizationId);
            }
            Path<String> path = org.get("path");
            return cb.like(path, pathPrefix + "%");
        };
    }

    /**
     * The scope as a condition on an entity that keeps only its organization's id (as modules do across
     * module boundaries): {@code attribute} names that id, e.g. "organizationId".
     */
    public <T> Specification<T> onOrganizationId(String attribute) {
        return (root, query, cb) -> {
            if (everything) {
                return cb.conjunction();
            }
            if (pathPrefix == null) {
                return cb.disjunction();
            }
            if (onlyOrganizationId != null) {
                return cb.equal(root.get(attribute), onlyOrganizationId);
            }
            var ids = query.subquery(Long.class);
            var org = ids.from(Organization.class);
            ids.select(org.get("id")).where(cb.like(org.get("path"), pathPrefix + "%"));
            return root.get(attribute).in(ids);
        };
    }

    /** The scope on organizations themselves. */
    public Specification<Organization> organizations() {
        return on(root -> root);
    }
}
