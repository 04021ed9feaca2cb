package cn.kepu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;

@KepuTest
class AuditLogTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    @DisplayName("导出、下载和被拒绝的访问都进审计日志：台账导出带筛选条件；岱岳区按地址看泰山区的任务被拒（结果为失败）；无权的接口调用同样")
    void exportsDownloadsAndRefusalsAreAudited() throws Exception {
        String flag = Demo.unique("f");
        mvc.perform(get("/ledger/export").param("flag", flag).with(user(users.loadUserByUsername("taian"))))
                .andExpect(status().isOk());
        String exported = mvc.perform(get("/api/v1/audit-events").param("username", "taian").param("action", "EXPORT")
                        .param("keyword", flag).with(httpBasic("auditor", Demo.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].actionLabel").value("导出"))
                .andReturn().getResponse().getContentAsString();
        assertThat(exported).contains("/ledger/export?flag=" + flag).containsPattern("共\\d+行（含标题和表头）");

        String missing = "/plans/" + (900_000 + Math.abs(flag.hashCode() % 1000));
        mvc.perform(get(missing).with(user(users.loadUserByUsername("daiyue")))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/users").with(httpBasic("daiyue", Demo.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit-events").param("username", "daiyue").param("action", "DENIED")
                        .with(httpBasic("auditor", Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.objectName == '" + missing + "')].result").value(Matchers.hasItem("FAILURE")))
                .andExpect(jsonPath("$.content[?(@.objectName == '/api/v1/users')].actionLabel").value(Matchers.hasItem("拒绝访问")));
        mvc.perform(get("/api/v1/audit-events").param("success", "false").param("size", "200")
                        .with(httpBasic("auditor", Demo.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[*].result").value(Matchers.everyItem(Matchers.is("FAILURE"))))
                .andExpect(jsonPath("$.content[?(@.objectName == '" + missing + "')]").exists());
        String page = mvc.perform(get("/audit").param("success", "false").param("username", "daiyue")
                .with(user(users.loadUserByUsername("auditor")))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("拒绝访问").contains(missing).contains("<option value=\"false\" selected=\"selected\">失败或拒绝</option>");
    }

    @Test
    @DisplayName("审计员按用户和操作筛选日志，并导出 Excel")
    void auditorFiltersAndExports() throws Exception {
        String marker = Demo.unique("审计对象");
        mvc.perform(get("/api/v1/organizations").with(httpBasic("daiyue", "wrong")));
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, "测试", 1, marker, "名称：甲 → 乙"));

        mvc.perform(get("/api/v1/audit-events").param("username", "daiyue").param("action", "LOGIN_FAILED")
                        .with(httpBasic("auditor", Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].username").value("daiyue"))
                .andExpect(jsonPath("$.content[0].actionLabel").value("登录失败"))
                .andExpect(jsonPath("$.content[0].result").value("FAILURE"));

        var auditor = user(users.loadUserByUsername("auditor"));
        String page = mvc.perform(get("/audit").param("keyword", marker).with(auditor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(marker).contains("名称：甲 → 乙").contains("共 1 条");

        byte[] xlsx = mvc.perform(get("/audit/export").param("keyword", marker).with(auditor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("审计日志");
            Row header = sheet.getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("时间");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("变更摘要");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo(marker);
            assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isEqualTo("名称：甲 → 乙");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
        String exported = mvc.perform(get("/api/v1/audit-events").param("action", "EXPORT")
                .with(httpBasic("auditor", Demo.PASSWORD))).andReturn().getResponse().getContentAsString();
        assertThat(exported).contains("审计日志导出");
    }

    @Test
    @DisplayName("只有审计员能打开审计日志页面")
    void onlyAuditorOpensTheAuditPage() throws Exception {
        for (String name : new String[] {"admin", "security", "taishan"}) {
            mvc.perform(get("/audit").with(user(users.loadUserByUsername(name)))).andExpect(status().isForbidden());
            mvc.perform(get("/audit/export").with(user(users.loadUserByUsername(name)))).andExpect(status().isForbidden());
        }
    }

    @Test
    @DisplayName("审计日志不提供修改和删除的接口")
    void logOffersNoUpdateOrDelete() throws Exception {
        mvc.perform(MockMvcRequestBuilders.delete("/api/v1/audit-events")
                .with(httpBasic("auditor", Demo.PASSWORD))).andExpect(status().isMethodNotAllowed());
        assertThat(AuditTrail.class.getMethods()).extracting(Method::getName)
                .doesNotContain("delete", "update", "save");
    }

    @Test
    @DisplayName("在反向代理之后：审计记录的客户端地址是 X-Forwarded-For 中的真实地址，不是代理的 127.0.0.1")
    void theClientBehindTheProxyIsRecorded(@LocalServerPort int port) throws Exception {
        String marker = Demo.unique("xff");
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/users?marker=" + marker))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("daiyue:" + Demo.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        mvc.perform(get("/api/v1/audit-events").param("username", "daiyue").param("action", "DENIED").param("keyword", marker)
                        .with(httpBasic("auditor", Demo.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].clientAddress").value("203.0.113.7"));
    }
}
