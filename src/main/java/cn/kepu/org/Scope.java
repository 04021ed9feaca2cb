package cn.kepu.org;

import java.util.function.Function;

import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Path;

import org.springframework.data.jpa.domain.Specification;

/**
 * The organizations a user may see at this moment: everything, a subtree (by path prefix), exactly one unit,
 * or nothing. Computed per request from the current paths, so a moved unit's data follows it at once.
 * {@code wholeTree}: the subtree is the whole tree (its root is the only root, as the national association is), so
 * query conditions leave the prefix out — a condition every row meets cost the national user's pages a join.
 */
public record Scope(boolean everything, String pathPrefix, Long onlyOrganizationId, boolean wholeTree) {

    static final Scope NOTHING = new Scope(false, null, null, false);
    static final Scope EVERYTHING = new Scope(true, null, null, false);

    static Scope subtree(Organization root, boolean onlyRoot) {
        return new Scope(false, root.getPath(), null, onlyRoot);
    }

    static Scope ownUnit(Organization unit) {
        return new Scope(false, unit.getPath(), unit.getId(), false);
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
            if (everything || wholeTree) {
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
            if (everything || wholeTree) {
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
