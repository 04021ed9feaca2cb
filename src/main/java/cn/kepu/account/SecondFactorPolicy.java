package cn.kepu.account;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whose login needs two-step verification: the roles of {@code kepu.security.second-factor.required-roles}
 * (production: the system and security administrators, 等保 level 3); for everyone else it is optional. A user
 * with such a role who has not bound an authenticator must do so right after the password, before anything else.
 * The set can be changed while running (the tests do, on the one shared application).
 */
@Component
class SecondFactorPolicy {

    private volatile Set<Role> required;

    SecondFactorPolicy(@Value("${kepu.security.second-factor.required-roles:}") String roles) {
        this.required = parse(roles);
    }

    boolean requires(KepuUser user) {
        return required.stream().anyMatch(user::holds);
    }

    Set<Role> required() {
        return required.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(required);
    }

    void require(Set<Role> roles) {
        required = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** The user's roles that need it, for the message that says why: 系统管理员. */
    String reason(KepuUser user) {
        return String.join("、", required.stream().filter(user::holds).sorted().map(Role::label).toList());
    }

    static Set<Role> parse(String roles) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        for (String name : roles.split(",")) {
            if (!name.isBlank()) {
                try {
                    parsed.add(Role.valueOf(name.strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("kepu.security.second-factor.required-roles 中的角色“" + name.strip()
                            + "”不存在；可用：SYSTEM_ADMIN,SECURITY_ADMIN,AUDITOR,ORG_ADMIN,STAFF,REPORTER", e);
                }
            }
        }
        return parsed;
    }
}
