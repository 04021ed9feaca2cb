package cn.kepu.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javax.sql.DataSource;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** On PostgreSQL every connection plans statements for their actual values (see {@link PostgresPlans}). */
@KepuTest
class PostgresPlansTests {

    @Autowired
    DataSource dataSource;

    @Test
    @DisplayName("PostgreSQL 上每个连接都按实际参数生成执行计划（plan_cache_mode = force_custom_plan），数据范围的路径前缀不会被通用计划忽略")
    void everyConnectionPlansForItsValues() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        assumeTrue("PostgreSQL".equals(product), "只在 PostgreSQL 上有此设置");
        for (int i = 0; i < 3; i++) {
            assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
        }
    }
}
