package cn.kepu.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@KepuTest
class MetricsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @DisplayName("Prometheus 指标：本机和内网可取，按路由模板计请求，含待审核活动数；外网地址取不到")
    void metricsForPrometheusOnly() throws Exception {
        mvc.perform(get("/public/activities"));
        long before = jdbc.queryForObject("select count(*) from activity where state = 'SUBMITTED'", Long.class);
        String metrics = mvc.perform(get("/actuator/prometheus").with(r -> {
            r.setRemoteAddr("10.1.2.3");
            return r;
        })).andReturn().getResponse().getContentAsString();
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/public/activities\"");
        assertThat(metrics).doesNotContainPattern("uri=\"/activities/\\d+\"").as("按模板，不按具体编号");
        long after = jdbc.queryForObject("select count(*) from activity where state = 'SUBMITTED'", Long.class);
        Matcher queue = Pattern.compile("(?m)^kepu_activities_awaiting_review(?:\\{[^}]*})? ([0-9.E]+)$").matcher(metrics);
        assertThat(queue.find()).as("待审核活动数").isTrue();
        assertThat(Double.parseDouble(queue.group(1))).as("与数据库中已提交的活动数一致")
                .isBetween((double) Math.min(before, after), (double) Math.max(before, after));

        int outside = mvc.perform(get("/actuator/prometheus").with(r -> {
            r.setRemoteAddr("203.0.113.7");
            return r;
        })).andReturn().getResponse().getStatus();
        assertThat(outside).as("外网地址").isNotEqualTo(200);
    }
}
