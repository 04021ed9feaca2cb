package cn.kepu.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The password and lockout rules of 等保2.0 level 3, configurable per deployment under {@code kepu.security}. */
@ConfigurationProperties("kepu.security")
record SecurityPolicy(Password password, Lockout lockout) {

    public record Password(int minLength, int minClasses, int history, Duration maxAge) {
    }

    public record Lockout(int maxFailures, Duration duration) {
    }
}
