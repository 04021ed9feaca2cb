package cn.kepu.account;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/** A person's login: who they are, which unit they belong to, what they may do, and the state of their password. */
@Entity
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    private String phone;
    private String email;
    private Long organizationId;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private AccountStatus status;
    private int failedAttempts;
    private Instant lockedUntil;
    private Instant passwordChangedAt;
    private boolean mustChangePassword;
    @Version
    private long version;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    Account(String username, String displayName, String phone, Long organizationId, Set<Role> roles,
            String passwordHash, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.phone = phone;
        this.organizationId = organizationId;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.status = AccountStatus.ACTIVE;
        this.passwordChangedAt = now;
        this.mustChangePassword = true;
        this.createdAt = now;
    }

    void update(String displayName, String phone, Long organizationId, Set<Role> roles) {
        this.displayName = displayName;
        this.phone = phone;
        this.organizationId = organizationId;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    void changeEmail(String email) {
        this.email = email;
    }

    public String getEmail() {
        return email;
    }

    /** A password the user chose: the clock for its expiry starts again. */
    void changePassword(String hash, Instant now) {
        this.passwordHash = hash;
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
    }

    /** A password an administrator set: the user must replace it at the next login. */
    void resetPassword(String hash, Instant now) {
        this.passwordHash = hash;
        this.passwordChangedAt = now;
        this.mustChangePassword = true;
        unlock();
    }

    /** Counts a failed login; returns true when this failure locks the account. */
    boolean failedLogin(int maxFailures, Duration lockFor, Instant now) {
        failedAttempts++;
        if (failedAttempts >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    void succeededLogin() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void disable() {
        status = AccountStatus.DISABLED;
    }

    void enable() {
        status = AccountStatus.ACTIVE;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    boolean isPasswordExpiredAt(Instant now, Duration maxAge) {
        return maxAge != null && !maxAge.isZero() && passwordChangedAt.plus(maxAge).isBefore(now);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPhone() {
        return phone;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getRoleLabels() {
        return String.join("、", roles.stream().sorted().map(Role::label).toList());
    }
}
