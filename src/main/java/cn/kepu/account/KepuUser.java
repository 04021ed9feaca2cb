package cn.kepu.account;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import cn.kepu.audit.AuditActor;
import cn.kepu.org.ScopedUser;

/**
 * The logged-in user as every module sees it: for the data scope ({@link ScopedUser}), for the audit log
 * ({@link AuditActor}) and for Spring Security ({@link UserDetails}).
 */
public final class KepuUser implements UserDetails, CredentialsContainer, ScopedUser, AuditActor {

    private final long accountId;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final Set<Role> roles;
    private final Long organizationId;
    private final String organizationName;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;

    KepuUser(Account account, String organizationName, boolean organizationEnabled, boolean locked,
            boolean passwordExpired) {
        this.accountId = account.getId();
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.passwordHash = account.getPasswordHash();
        this.roles = account.getRoles();
        this.organizationId = account.getOrganizationId();
        this.organizationName = organizationName;
        this.enabled = account.isActive() && organizationEnabled;
        this.locked = locked;
        this.mustChangePassword = account.isMustChangePassword() || passwordExpired;
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    /** Whether this user holds the role, directly or through one that includes it. */
    public boolean holds(Role role) {
        return roles.stream().anyMatch(r -> r.included().contains(role));
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public Long organizationId() {
        return organizationId;
    }

    @Override
    public String organizationName() {
        return organizationName;
    }

    @Override
    public boolean seesEverything() {
        return roles.contains(Role.SYSTEM_ADMIN) || roles.contains(Role.SECURITY_ADMIN);
    }

    @Override
    public boolean ownUnitOnly() {
        return roles.contains(Role.REPORTER) && !holdsAny(Role.STAFF, Role.ORG_ADMIN, Role.SYSTEM_ADMIN);
    }

    @Override
    public boolean administersUnits() {
        return holds(Role.ORG_ADMIN);
    }

    private boolean holdsAny(Role... any) {
        for (Role r : any) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KepuUser other && other.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "KepuUser[" + username + "]";
    }
}
