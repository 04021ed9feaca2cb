package cn.kepu.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of NORMS.md. The three administrative roles are kept apart (三权分立): an account holds at most one
 * of them, and an auditor holds nothing else. Business roles form a ladder: ORG_ADMIN includes STAFF, which
 * includes REPORTER; SYSTEM_ADMIN includes ORG_ADMIN.
 */
public enum Role {
    SYSTEM_ADMIN("系统管理员"),
    SECURITY_ADMIN("安全管理员"),
    AUDITOR("审计员"),
    ORG_ADMIN("单位管理员"),
    STAFF("工作人员"),
    REPORTER("填报员");

    static final Set<Role> SEPARATED = EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDITOR);
    static final Set<Role> BUSINESS = EnumSet.of(ORG_ADMIN, STAFF, REPORTER);

    /** For Spring Security's RoleHierarchy. */
    static final String HIERARCHY = """
            ROLE_SYSTEM_ADMIN > ROLE_ORG_ADMIN
            ROLE_ORG_ADMIN > ROLE_STAFF
            ROLE_STAFF > ROLE_REPORTER
            """;

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The roles this one includes, itself among them. */
    Set<Role> included() {
        return switch (this) {
            case SYSTEM_ADMIN -> EnumSet.of(SYSTEM_ADMIN, ORG_ADMIN, STAFF, REPORTER);
            case ORG_ADMIN -> EnumSet.of(ORG_ADMIN, STAFF, REPORTER);
            case STAFF -> EnumSet.of(STAFF, REPORTER);
            default -> EnumSet.of(this);
        };
    }
}
