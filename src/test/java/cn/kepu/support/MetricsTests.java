package cn.kepu.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@KepuTest
@Isolated("compares a gauge with the count of every submitted activity, which classes running alongside change")
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

    @Test
    @DisplayName("导入和文档识别计时：每次导入按模板、每次识别按来源和结果计入 Prometheus；排队和进行中的数量也在")
    void importsAndReadingsAreTimed(@Autowired Workbooks workbooks) throws Exception {
        String template = Demo.unique("指标测试模板");
        XlsxTable table = XlsxTable.of(template, "说明", List.of("名称*"));
        table.row("一行");
        byte[] file = table.toBytes();
        for (int i = 0; i < 2; i++) {
            try (XlsxUpload upload = workbooks.open(file, template, List.of("名称"), List.of())) {
                assertThat(upload.dataRows()).hasSize(1);
            }
        }
        double readBefore = value(prometheus(), "kepu_intake_seconds_count\\{outcome=\"read\",source=\"file\"}");
        String location = mvc.perform(post("/api/v1/intake/parse").contentType(MediaType.TEXT_PLAIN)
                        .content("一、开展科普日活动\n责任单位：泰山区科协".getBytes(StandardCharsets.UTF_8))
                        .with(httpBasic("taian", Demo.PASSWORD)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        for (int i = 0; i < 300 && mvc.perform(get(location).with(httpBasic("taian", Demo.PASSWORD))).andReturn().getResponse()
                .getContentAsString().contains("\"state\":\"RUNNING\""); i++) {
            Thread.sleep(20);
        }

        String metrics = prometheus();
        assertThat(value(metrics, "kepu_imports_seconds_count\\{template=\"" + template + "\"}")).as("两次导入").isEqualTo(2);
        assertThat(value(metrics, "kepu_intake_seconds_count\\{outcome=\"read\",source=\"file\"}")).as("又识别了一份")
                .isGreaterThanOrEqualTo(readBefore + 1);
        assertThat(metrics).containsPattern("(?m)^kepu_imports_open ").containsPattern("(?m)^kepu_imports_waiting ")
                .containsPattern("(?m)^kepu_intake_waiting ").containsPattern("(?m)^kepu_intake_reading ");
    }

    private String prometheus() throws Exception {
        return mvc.perform(get("/actuator/prometheus").with(r -> {
            r.setRemoteAddr("127.0.0.1");
            return r;
        })).andReturn().getResponse().getContentAsString();
    }

    /** The value of the one series the pattern names; 0 if there is none yet. */
    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.E+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
