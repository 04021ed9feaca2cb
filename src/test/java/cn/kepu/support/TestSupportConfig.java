package cn.kepu.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
class TestSupportConfig {

    @Bean
    @Primary
    TestClock testClock(Times times) {
        return new TestClock(times.zone());
    }

    /** MockMvc tests keep their login in a MockHttpSession rather than a cookie: see {@link MockSessionIds}. */
    @Bean
    org.springframework.session.web.http.HttpSessionIdResolver sessionIds() {
        return new MockSessionIds();
    }

    /** A clean schema per run, so the PostgreSQL database of earlier runs holds nothing that could mislead. */
    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
