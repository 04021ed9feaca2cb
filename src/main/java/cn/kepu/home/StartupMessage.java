package cn.kepu.home;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Tells whoever started Kepu where it is and, in the demo, how to log in. */
@Component
class StartupMessage {

    private static final Logger log = LoggerFactory.getLogger(StartupMessage.class);

    @EventListener
    void on(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        Environment env = event.getApplicationContext().getEnvironment();
        String url = "http://localhost:" + web.getWebServer().getPort() + env.getProperty("server.servlet.context-path", "");
        StringBuilder text = new StringBuilder("\n\n  Kepu 科普工作管理平台已启动：").append(url).append('\n');
        if (env.acceptsProfiles(Profiles.of("demo"))) {
            text.append("  演示账号（密码均为 Demo@2026）：admin 系统管理员 · security 安全管理员 · auditor 审计员 · ")
                    .append("taian 泰安市科协 · taishan 泰山区科协管理员 · daiyue 岱岳区科协填报员 · weinan 渭南市科协\n");
        }
        text.append("  API 文档：").append(url).append("/api/docs/ui\n");
        log.info(text.toString());
    }
}
