package cn.kepu.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every list and detail endpoint of the API, read with data present by two roles of different reach (the 500 the
 * probe found came only with data: a lazy collection outside the transaction). Each answer is 200, holds records,
 * the detail is the record asked for, and nothing lies outside the reader's scope. Activities and campaigns are read
 * the same way in SummarySheetAndPublicTests.apiListsAndDetailsWithData.
 */
@KepuTest
class ApiReadsWithDataTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    JsonNode read(String user, String path, Object... vars) throws Exception {
        var answer = mvc.perform(get(path, vars).with(httpBasic(user, Demo.PASSWORD))).andReturn().getResponse();
        assertThat(answer.getStatus()).as(user + " GET " + path).isEqualTo(200);
        return json.readTree(answer.getContentAsString());
    }

    @Test
    @DisplayName("计划列表和详情、台账：市科协（泰安）和区科协（泰山区）都读得到，有数据，详情就是所要的计划，区科协看不到别的市的计划")
    void plansAndLedger() throws Exception {
        for (String user : List.of("taian", "taishan")) {
            JsonNode plans = read(user, "/api/v1/plans");
            assertThat(plans.size()).as(user).isPositive();
            assertThat(plans.findValuesAsString("issuer")).as(user).noneMatch(i -> i.startsWith("渭南"));
            for (JsonNode summary : plans) {
                JsonNode plan = read(user, "/api/v1/plans/{id}", summary.get("id").asLong());
                assertThat(plan.at("/plan/id").asLong()).isEqualTo(summary.get("id").asLong());
                assertThat(plan.at("/plan/version").isNumber()).isTrue();
                assertThat(plan.at("/plan/title").asString()).isEqualTo(summary.get("title").asString());
                if (summary.get("tasks").asInt() > 0) {
                    assertThat(plan.get("sections").size() + plan.get("tasks").size()).as(summary.get("title").asString()).isPositive();
                }
            }
            long published = plans.valueStream().filter(p -> p.get("state").asString().equals("已发布")).findFirst()
                    .orElseThrow().get("id").asLong();
            JsonNode ledger = mvc.perform(get("/api/v1/ledger").param("plan", String.valueOf(published))
                    .with(httpBasic(user, Demo.PASSWORD))).andReturn().getResponse().getContentAsString().transform(json::readTree)
                    .get("content");
            assertThat(ledger.size()).as(user + " ledger").isPositive();
            if (user.equals("taishan")) {
                assertThat(ledger.valueStream().filter(r -> r.get("level").asInt() > 0).map(r -> r.get("organization").asString()))
                        .isNotEmpty().allMatch(name -> !name.contains("岱岳") && !name.contains("新泰"));
            }
        }
    }

    @Test
    @DisplayName("台账接口分页：每页是完整的任务组（以合计行开头），翻页不重复，总页数与每页行数相符")
    void theLedgerComesAPageAtATime() throws Exception {
        JsonNode first = read("taian", "/api/v1/ledger?size=5");
        JsonNode second = read("taian", "/api/v1/ledger?size=5&page=1");
        assertThat(first.get("totalPages").asInt()).as("泰安市的台账不止一页").isGreaterThan(1);
        assertThat(first.get("size").asInt()).isEqualTo(5);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        for (JsonNode page : List.of(first, second)) {
            assertThat(page.get("content").get(0).get("level").asInt()).as("以任务合计行开头").isZero();
        }
        List<Long> onFirst = first.get("content").valueStream().filter(r -> r.get("level").asInt() > 0)
                .map(r -> r.get("assignmentId").asLong()).toList();
        assertThat(second.get("content").valueStream().filter(r -> r.get("level").asInt() > 0).map(r -> r.get("assignmentId").asLong()))
                .isNotEmpty().doesNotContainAnyElementsOf(onFirst);
        assertThat(read("taian", "/api/v1/ledger?size=100000").get("size").asInt()).as("每页最多1000行").isEqualTo(1000);
    }

    @Test
    @DisplayName("单位列表和详情：系统管理员和区科协管理员都读得到，详情就是所要的单位；区科协只见本区")
    void organizations() throws Exception {
        for (String user : List.of("admin", "taishan")) {
            JsonNode page = read(user, "/api/v1/organizations?size=500");
            assertThat(page.get("content").size()).as(user).isPositive();
            for (JsonNode unit : List.of(page.get("content").get(0), page.get("content").get(page.get("content").size() - 1))) {
                JsonNode detail = read(user, "/api/v1/organizations/{id}", unit.get("id").asLong());
                assertThat(detail.get("name").asString()).isEqualTo(unit.get("name").asString());
                assertThat(detail.get("version").isNumber()).isTrue();
            }
            if (user.equals("taishan")) {
                assertThat(page.get("content").findValuesAsString("name")).noneMatch(n -> n.contains("岱岳") || n.contains("渭南"));
            }
        }
        assertThat(read("taishan", "/api/v1/regions").size()).isPositive();
    }

    @Test
    @DisplayName("用户列表和详情：安全管理员和区科协管理员都读得到，详情就是所要的用户；区科协只见本区的用户")
    void users() throws Exception {
        for (String user : List.of("security", "taishan")) {
            JsonNode page = read(user, "/api/v1/users");
            assertThat(page.get("content").size()).as(user).isPositive();
            for (JsonNode account : page.get("content")) {
                JsonNode detail = read(user, "/api/v1/users/{id}", account.get("id").asLong());
                assertThat(detail.get("username").asString()).isEqualTo(account.get("username").asString());
                assertThat(detail.get("version").isNumber()).isTrue();
            }
            if (user.equals("taishan")) {
                assertThat(page.get("content").findValuesAsString("username")).contains("taishan").doesNotContain("daiyue", "admin");
            }
        }
    }

    @Test
    @DisplayName("审计日志接口：审计员读得到有数据的一页；其他角色被拒")
    void auditEvents() throws Exception {
        JsonNode page = read("auditor", "/api/v1/audit-events");
        assertThat(page.get("content").size()).isPositive();
        assertThat(mvc.perform(get("/api/v1/audit-events").with(httpBasic("taian", Demo.PASSWORD))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }
}
