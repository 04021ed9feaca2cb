package cn.kepu.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside the demo there are no fixed credentials: on an empty database the first system administrator,
 * {@code admin}, gets {@code KEPU_ADMIN_PASSWORD} or a one-time password printed once, and must change it at
 * the first login.
 */
@Component
@Profile("!demo")
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final Accounts accounts;
    private final PasswordPolicy passwords;
    private final Clock clock;
    private final String configured;

    FirstAdministrator(Accounts accounts, PasswordPolicy passwords, Clock clock,
            @Value("${KEPU_ADMIN_PASSWORD:}") String configured) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.configured = configured;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String password = configured.isBlank() ? oneTimePassword() : configured;
        var problems = passwords.problems(password, "admin", null);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("KEPU_ADMIN_PASSWORD 不符合密码策略：" + String.join("；", problems));
        }
        String hash = passwords.hash(password);
        Account admin = accounts.save(new Account("admin", "系统管理员", null, null, EnumSet.of(Role.SYSTEM_ADMIN), hash,
                clock.instant()));
        passwords.remember(admin.getId(), hash);
        if (configured.isBlank()) {
            log.warn("\n\n  首个系统管理员已创建：登录名 admin，一次性密码 {}\n  首次登录后必须修改密码。此密码不会再次显示。\n", password);
        } else {
            log.warn("首个系统管理员 admin 已按 KEPU_ADMIN_PASSWORD 创建，首次登录后必须修改密码。");
        }
    }

    private static String oneTimePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder("Kp@");
        for (int i = 0; i < 13; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
