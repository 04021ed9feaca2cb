package cn.kepu.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashingTests {

    @Test
    @DisplayName("应用默认以BCrypt强度10保存密码（测试为提速用4，不影响应用本身）；旧强度的密码照样能登录")
    void theApplicationHashesAtStrengthTen() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            defaults.load(in);
        }
        int strength = Integer.parseInt(defaults.getProperty("kepu.security.password.hash-strength"));
        assertThat(strength).isGreaterThanOrEqualTo(10);

        PasswordEncoder application = encoder(strength);
        String hash = application.encode("Demo@2026");
        assertThat(hash).startsWith("{bcrypt}$2a$10$");
        assertThat(encoder(4).matches("Demo@2026", hash)).as("a hash keeps its own strength").isTrue();
        assertThat(application.matches("Demo@2027", hash)).isFalse();
    }

    private static PasswordEncoder encoder(int strength) {
        return new SecurityConfig().passwordEncoder(new SecurityPolicy(
                new SecurityPolicy.Password(8, 3, 5, null, strength), new SecurityPolicy.Lockout(5, null)));
    }
}
