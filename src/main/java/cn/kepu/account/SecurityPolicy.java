package cn.kepu.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The password and lockout rules of 等保2.0 level 3, configurable per deployment under {@code kepu.security}. */
@ConfigurationProperties("kepu.security")
record SecurityPolicy(Password password, Lockout lockout) {

    /** {@code hashStrength}: BCrypt's log rounds; each step doubles the work of a login and of a guess. */
    public record Password(int minLength, int minClasses, int history, Duration maxAge, int hashStrength) {
    }

    public record Lockout(int maxFailures, Duration duration) {
    }
}
