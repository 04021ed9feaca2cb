package cn.kepu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Supplier;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.kepu.plan.Ledger;
import cn.kepu.plan.LedgerFilter;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.TestImages;
import cn.kepu.support.Users;

/** Uploads: refused by size before they are read, every refusal in Chinese, and every upload — taken or not — audited. */
@KepuTest
class UploadLimitsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Ledger ledger;

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    /** A multipart body that says it is 150 MB long; the server must answer from that before reading it. */
    static HttpRequest.BodyPublisher huge(long length) {
        Supplier<InputStream> zeros = () -> new InputStream() {
            long left = length;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
                left -= n;
                return n;
            }
        };
        return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(zeros), length);
    }

    @Test
    @DisplayName("超过每次上传上限（120MB）的请求按长度直接拒绝：页面和接口都是413和中文说明，审计日志记下是谁、传到哪里")
    void tooLargeIsRefusedFromItsLength(@LocalServerPort int port) throws Exception {
        String marker = Demo.unique("big");
        HttpClient client = HttpClient.newHttpClient();
        // A browser sends the whole body without asking: it is sent to a page that says why (Tomcat would drop the
        // connection after a 413, which the browser shows as a reset).
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/assignments/1/progress?m=" + marker))
                .timeout(java.time.Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=x").header("Referer", "http://127.0.0.1:" + port + "/assignments/1")
                .POST(huge(150L * 1024 * 1024)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/upload-refused?size=150MB&limit=120MB&back=%2Fassignments%2F1"));
        String told = mvc.perform(get("/upload-refused").param("size", "150MB").param("limit", "120MB").param("back", "/assignments/1")
                        .with(user(users.loadUserByUsername("taishan"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(told).contains("上传的内容共150MB，超过每次上传的上限120MB").contains("href=\"/assignments/1\"");
        assertThat(mvc.perform(get("/upload-refused").param("back", "//evil.example/").with(user(users.loadUserByUsername("taishan"))))
                .andReturn().getResponse().getContentAsString()).doesNotContain("evil.example");

        // An API client that asks first (Expect: 100-continue) hears 413 without sending a byte of the body.
        String api;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /api/v1/activities/1/videos HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nAuthorization: Basic " + Base64.getEncoder().encodeToString(("taishan:" + Demo.PASSWORD).getBytes(StandardCharsets.UTF_8))
                    + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: " + 130L * 1024 * 1024
                    + "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            api = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(api).startsWith("HTTP/1.1 413").containsIgnoringCase("Content-Type: application/problem+json")
                .doesNotContain("100 Continue").contains("\"title\":\"文件过大\"").contains("上传的内容共130MB");

        mvc.perform(get("/api/v1/audit-events").param("action", "UPLOAD").param("success", "false").param("keyword", "150MB")
                        .with(httpBasic("auditor", Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].objectName").value(Matchers.hasItem("/assignments/1/progress")))
                .andExpect(jsonPath("$.content[*].actionLabel").value(Matchers.everyItem(Matchers.is("上传"))));
    }

    @Test
    @DisplayName("页面上的上传，收下的和被拒的都进审计日志：文件名、大小、结果，被拒的写明原因")
    void uploadsAreAudited() throws Exception {
        Users.as(users, "taishan");
        long assignment = ledger.rows(LedgerFilter.of(null)).stream().filter(r -> r.assignmentId() != null
                && Demo.TAISHAN.equals(r.organizationName()) && r.planTitle().contains("演示")).findFirst().orElseThrow().assignmentId();
        String refusedName = Demo.unique("总结") + ".pdf";
        String takenName = Demo.unique("现场") + ".png";
        mvc.perform(multipart("/assignments/{id}/progress", assignment)
                        .file(new MockMultipartFile("files", refusedName, "application/pdf", "这只是文本".getBytes(StandardCharsets.UTF_8)))
                        .param("state", "IN_PROGRESS").with(user(users.loadUserByUsername("taishan"))).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(multipart("/assignments/{id}/progress", assignment)
                        .file(new MockMultipartFile("files", takenName, "image/png", TestImages.png(40, 30)))
                        .param("state", "IN_PROGRESS").with(user(users.loadUserByUsername("taishan"))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/audit-events").param("action", "UPLOAD").param("keyword", refusedName)
                        .with(httpBasic("auditor", Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].username").value("taishan"))
                .andExpect(jsonPath("$.content[0].result").value("FAILURE"))
                .andExpect(jsonPath("$.content[0].summary").value(Matchers.containsString("不是可接受的证明材料")));
        mvc.perform(get("/api/v1/audit-events").param("action", "UPLOAD").param("keyword", takenName)
                        .with(httpBasic("auditor", Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].result").value("SUCCESS"))
                .andExpect(jsonPath("$.content[0].summary").value(Matchers.containsString(takenName + "（1KB）")));
    }
}
