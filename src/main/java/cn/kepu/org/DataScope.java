package cn.kepu.org;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import cn.kepu.support.NotFoundException;

/**
 * 数据权限, enforced here once for every module: which organizations the current user may see and change.
 * Modules ask {@link #current()} for the scope to put into their queries and {@link #visible(long)} /
 * {@link #changeable(long)} before touching one unit's data.
 */
@Component
@Transactional(readOnly = true)
public class DataScope {

    private final Organizations organizations;

    DataScope(Organizations organizations) {
        this.organizations = organizations;
    }

    public Scope current() {
        // Asked many times per request (every query, every check): computed once per request and user.
        Optional<ScopedUser> user = currentUser();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (user.isEmpty() || request == null) {
            return user.map(this::of).orElse(Scope.NOTHING);
        }
        String key = SCOPE_ATTRIBUTE + System.identityHashCode(user.get());
        Scope cached = (Scope) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (cached == null) {
            cached = of(user.get());
            request.setAttribute(key, cached, RequestAttributes.SCOPE_REQUEST);
        }
        return cached;
    }

    private static final String SCOPE_ATTRIBUTE = DataScope.class.getName() + ".scope.";

    public Scope of(ScopedUser user) {
        if (user.seesEverything()) {
            return Scope.EVERYTHING;
        }
        if (user.organizationId() == null) {
            return Scope.NOTHING;
        }
        return organizations.findById(user.organizationId())
                .map(unit -> user.ownUnitOnly() ? Scope.ownUnit(unit)
                        : Scope.subtree(unit, unit.getParentId() == null && organizations.countByParentIsNull() == 1))
                .orElse(Scope.NOTHING);
    }

    /** The unit, if the current user may see it; otherwise the same answer as for a unit that does not exist. */
    public Organization visible(long organizationId) {
        Scope scope = current();
        return organizations.findById(organizationId).filter(scope::covers)
                .orElseThrow(() -> new NotFoundException("单位"));
    }

    /** The unit, if the current user may see it and administers units. */
    public Organization changeable(long organizationId) {
        Organization unit = visible(organizationId);
        if (!currentUser().map(ScopedUser::administersUnits).orElse(false)) {
            throw new AccessDeniedException("无权修改单位");
        }
        return unit;
    }

    /**
     * Whether the current user may read this unit's contact phone unmasked: administrators of the unit or of
     * one of its ancestors (GB/T 35273 minimal exposure).
     */
    public boolean showsPhoneOf(Organization unit) {
        return currentUser().filter(ScopedUser::administersUnits).map(user -> {
            if (user.seesEverything()) {
                return true;
            }
            return user.organizationId() != null && organizations.findById(user.organizationId())
                    .map(own -> unit.getPath().startsWith(own.getPath())).orElse(false);
        }).orElse(false);
    }

    /** Whether the current user may create and change units (within the scope). */
    public boolean administersUnits() {
        return currentUser().map(ScopedUser::administersUnits).orElse(false);
    }

    /** The unit the current user belongs to, if any. */
    public Optional<Organization> ownUnit() {
        return currentUser().map(ScopedUser::organizationId).flatMap(organizations::findById);
    }

    static Optional<ScopedUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof ScopedUser user ? Optional.of(user) : Optional.empty();
    }
}
