package cn.kepu.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock and time zone of the application (China Standard Time unless configured), so that screens,
 * exports and deadlines agree, and tests can fix the time.
 */
@Configuration(proxyBeanMethods = false)
public class Times {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    Times(@Value("${kepu.zone:Asia/Shanghai}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    @Bean
    Clock clock() {
        return Clock.system(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    /** For templates: {@code ${@times.format(instant)}}. */
    public String format(Instant instant) {
        return instant == null ? "" : DISPLAY.format(local(instant));
    }
}
