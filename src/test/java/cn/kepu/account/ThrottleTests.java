package cn.kepu.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import cn.kepu.support.TestClock;
import tools.jackson.databind.json.JsonMapper;

/** 访问频率限制 on its own (no Spring context), on a clock the test moves. */
class ThrottleTests {

    private final TestClock clock = new TestClock(ZoneId.of("Asia/Shanghai"));

    @Test
    @DisplayName("令牌桶：每分钟额度用完即拒绝并说要等几秒；时间过去后额度按比例恢复；各地址各算各的")
    void aBucketPerAddress() {
        RequestThrottle throttle = new RequestThrottle(3, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.take("10.0.0.1")).isEmpty();
        }
        assertThat(throttle.take("10.0.0.1")).hasValue(20);
        assertThat(throttle.take("10.0.0.2")).isEmpty();
        clock.advance(Duration.ofSeconds(20));
        assertThat(throttle.take("10.0.0.1")).isEmpty();
        assertThat(throttle.take("10.0.0.1")).isPresent();
        clock.at(clock.instant().minus(Duration.ofHours(1)));
        assertThat(throttle.take("10.0.0.2")).as("时钟回拨不会扣掉额度").isEmpty();
    }

    @Test
    @DisplayName("过多的登录得到429、Retry-After和中文页面；过多的接口调用得到中文的问题说明；其他页面不受限")
    void answersInChinese() throws Exception {
        ThrottleFilter filter = new ThrottleFilter(1, 1, clock, new JsonMapper());
        assertThat(call(filter, "POST", "/login").getStatus()).isEqualTo(200);
        MockHttpServletResponse refused = call(filter, "POST", "/login");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getContentAsString()).contains("请求过于频繁，请60秒后再试");

        assertThat(call(filter, "GET", "/api/v1/plans").getStatus()).isEqualTo(200);
        MockHttpServletResponse api = call(filter, "GET", "/api/v1/plans");
        assertThat(api.getStatus()).isEqualTo(429);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("请求过于频繁");
        for (int i = 0; i < 5; i++) {
            assertThat(call(filter, "GET", "/plans").getStatus()).isEqualTo(200);
        }
    }

    private static MockHttpServletResponse call(ThrottleFilter filter, String method, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr("192.0.2.7");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
