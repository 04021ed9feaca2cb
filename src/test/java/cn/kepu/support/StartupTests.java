package cn.kepu.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** 就绪: nothing is served before the start-up data is in; health answers without login and without details. */
@KepuTest
class StartupTests {

    @Autowired
    MockMvc mvc;

    @Test
    @DisplayName("健康检查不用登录、不给细节：整体、存活、就绪都是 UP；其他管理端点不开放")
    void healthWithoutDetails() throws Exception {
        String health = mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}")).andReturn().getResponse().getContentAsString();
        assertThat(health).as("不给细节").doesNotContain("components").doesNotContain("details").doesNotContain("db");
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(content().json("{\"status\":\"UP\"}"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        assertThat(mvc.perform(get("/actuator/env")).andReturn().getResponse().getStatus()).isNotEqualTo(200);
        assertThat(mvc.perform(get("/actuator/beans")).andReturn().getResponse().getStatus()).isNotEqualTo(200);
    }

    @Test
    @DisplayName("启动完成之前（就绪为否）：登录页等一切请求得到503和中文说明，健康检查照常回答")
    void nothingIsServedBeforeReadiness() throws Exception {
        AtomicBoolean ready = new AtomicBoolean(false);
        StartupGate gate = new StartupGate(new ApplicationAvailability() {
            @Override
            public <S extends AvailabilityState> S getState(Class<S> type, S defaultState) {
                return getState(type);
            }

            @Override
            @SuppressWarnings("unchecked")
            public <S extends AvailabilityState> S getState(Class<S> type) {
                return (S) (type == ReadinessState.class
                        ? ready.get() ? ReadinessState.ACCEPTING_TRAFFIC : ReadinessState.REFUSING_TRAFFIC : LivenessState.CORRECT);
            }

            @Override
            public <S extends AvailabilityState> org.springframework.boot.availability.AvailabilityChangeEvent<S> getLastChangeEvent(
                    Class<S> type) {
                return null;
            }
        });
        AtomicBoolean served = new AtomicBoolean();
        MockHttpServletResponse login = new MockHttpServletResponse();
        gate.doFilter(new MockHttpServletRequest("GET", "/login"), login, (req, res) -> served.set(true));
        assertThat(login.getStatus()).isEqualTo(503);
        assertThat(login.getHeader("Retry-After")).isEqualTo("5");
        assertThat(login.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("系统正在启动，请稍候几秒再刷新。");
        assertThat(served).isFalse();

        gate.doFilter(new MockHttpServletRequest("GET", "/actuator/health/readiness"), new MockHttpServletResponse(),
                (req, res) -> served.set(true));
        assertThat(served).as("健康检查不受影响").isTrue();

        served.set(false);
        ready.set(true);
        MockHttpServletResponse after = new MockHttpServletResponse();
        gate.doFilter(new MockHttpServletRequest("GET", "/login"), after, (req, res) -> served.set(true));
        assertThat(served).isTrue();
        assertThat(after.getStatus()).isEqualTo(200);
    }
}
