package cn.kepu.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Every error a person can cause by what they send — a wrong value in a filter, a missing CSRF token — answers with a
 * 4xx and Chinese words: a page for pages, a problem detail for the API; never a Java class name or a 500.
 */
@KepuTest
class ErrorsSpeakChineseTests {

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    MockHttpServletResponse answer(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    static void isChineseRefusal(MockHttpServletResponse response, int status) throws Exception {
        String body = response.getContentAsString();
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(body).as("不应出现类名或英文异常").doesNotContainPattern("cn\\.kepu|java\\.|Exception|Forbidden|Bad Request")
                .containsPattern("[\\p{IsHan}]{4,}");
    }

    @Test
    @DisplayName("接口：筛选条件写错（不存在的状态、非数字的页码）得到400和中文说明，不出现类名")
    void apiFilters() throws Exception {
        isChineseRefusal(answer(get("/api/v1/activities").param("state", "NOPE").with(httpBasic("taian", Demo.PASSWORD))), 400);
        isChineseRefusal(answer(get("/api/v1/activities").param("page", "abc").with(httpBasic("taian", Demo.PASSWORD))), 400);
        isChineseRefusal(answer(get("/api/v1/ledger").param("state", "NOPE").with(httpBasic("taian", Demo.PASSWORD))), 400);
    }

    @Test
    @DisplayName("页面（真实服务器）：台账和活动的筛选条件写错得到400的中文页面；缺少CSRF令牌的提交得到403的中文页面")
    void pages() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = browser.send(page(url("/login")).build(), BodyHandlers.ofString()).body();
        String csrf = login.replaceAll("(?s).*name=\"_csrf\"[^>]*value=\"([^\"]+)\".*", "$1");
        String form = "username=taian&password=" + URLEncoder.encode(Demo.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
        HttpResponse<String> home = browser.send(page(url("/login")).header("Content-Type",
                "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form)).build(), BodyHandlers.ofString());
        assertThat(home.body()).contains("您好");

        isChineseRefusal(browser.send(page(url("/ledger?state=NOPE")).build(), BodyHandlers.ofString()), 400);
        isChineseRefusal(browser.send(page(url("/ledger?page=abc")).build(), BodyHandlers.ofString()), 400);
        isChineseRefusal(browser.send(page(url("/campaigns/abc")).build(), BodyHandlers.ofString()), 400);
        isChineseRefusal(browser.send(page(url("/plans")).header("Content-Type",
                "application/x-www-form-urlencoded").POST(BodyPublishers.ofString("title=无令牌")).build(), BodyHandlers.ofString()), 403);
    }

    /** As a browser asks: for HTML. */
    static HttpRequest.Builder page(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html,application/xhtml+xml");
    }

    URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static void isChineseRefusal(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).as("不应出现类名或英文异常").doesNotContainPattern("cn\\.kepu|java\\.|Exception|Forbidden|Bad Request")
                .containsPattern("[\\p{IsHan}]{4,}");
    }
}
