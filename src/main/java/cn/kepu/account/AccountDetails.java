package cn.kepu.account;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;

/** Loads the principal at login: a disabled unit disables its accounts, a lock and an expired password count. */
@Component
class AccountDetails implements UserDetailsService {

    private final Accounts accounts;
    private final OrganizationDirectory organizations;
    private final SecurityPolicy policy;
    private final Clock clock;

    AccountDetails(Accounts accounts, OrganizationDirectory organizations, SecurityPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public KepuUser loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return principal(account);
    }

    KepuUser principal(Account account) {
        Organization unit = account.getOrganizationId() == null ? null
                : organizations.find(account.getOrganizationId()).orElse(null);
        var now = clock.instant();
        return new KepuUser(account, unit == null ? null : unit.getName(), unit == null || unit.isEnabled(),
                account.isLockedAt(now), account.isPasswordExpiredAt(now, policy.password().maxAge()));
    }
}
