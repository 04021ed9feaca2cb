package cn.kepu.account;

import java.time.Clock;
import java.util.EnumSet;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.OrganizationDirectory;

/** The demo users of the README, all with the password {@value #PASSWORD}; demo profile only. */
@Component
@Profile("demo")
@Order(2)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Demo@2026";

    private final Accounts accounts;
    private final OrganizationDirectory organizations;
    private final PasswordPolicy passwords;
    private final Clock clock;

    DemoAccounts(Accounts accounts, OrganizationDirectory organizations, PasswordPolicy passwords, Clock clock) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String hash = passwords.hash(PASSWORD);
        add("admin", "系统管理员", null, Role.SYSTEM_ADMIN, hash);
        add("security", "安全管理员", null, Role.SECURITY_ADMIN, hash);
        add("auditor", "审计员", null, Role.AUDITOR, hash);
        add("taian", "李华", "泰安市科学技术协会", Role.STAFF, hash);
        add("taishan", "孙丽", "泰山区科学技术协会", Role.ORG_ADMIN, hash);
        add("daiyue", "周强", "岱岳区科学技术协会", Role.REPORTER, hash);
        add("weinan", "何方", "渭南市科学技术协会", Role.STAFF, hash);
        add("shaanxi", "许诺", "陕西省科学技术协会", Role.STAFF, hash);
        add("linwei", "吕梁", "临渭区科学技术协会", Role.STAFF, hash);
        add("huazhou", "施展", "华州区科学技术协会", Role.STAFF, hash);
    }

    private void add(String username, String name, String unit, Role role, String hash) {
        Long organizationId = unit == null ? null : organizations.named(unit).orElseThrow().getId();
        Account account = new Account(username, name, null, organizationId, EnumSet.of(role), hash, clock.instant());
        account.changeEmail(username + "@kepu.test");
        account.changePassword(hash, clock.instant());
        account = accounts.save(account);
        passwords.remember(account.getId(), hash);
    }
}
