package cn.kepu.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * On PostgreSQL every statement is planned for its actual values. Data scope filters by a path prefix
 * ({@code path like '/2268/%'}): a province's prefix covers thousands of units, a county's a handful. After five runs of a
 * prepared statement PostgreSQL may switch to a generic plan that cannot see the prefix, guesses a few units, and sorts
 * every match of a province's list instead of stopping after the page — 136 ms instead of 14–25 ms for the project list
 * (docs/performance.md). Planning each time costs well under a millisecond.
 */
@Component
class PostgresPlans implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
                && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql("set plan_cache_mode = force_custom_plan");
        }
        return bean;
    }
}
