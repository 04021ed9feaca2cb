package cn.kepu.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@KepuTest
class StaticFilesTests {

    @Autowired
    MockMvc mvc;

    @Test
    @DisplayName("样式和脚本的地址带内容摘要，浏览器缓存一年；页面链接不当作静态文件处理；静态目录之外的类路径文件不对外")
    void staticFilesAreVersionedAndCachedPagesAreNot() throws Exception {
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        for (String pattern : new String[] {"/webjars/bootstrap/[\\w./-]*bootstrap\\.min-[0-9a-f]{32}\\.css",
                "/css/kepu-[0-9a-f]{32}\\.css"}) {
            Matcher found = Pattern.compile("href=\"(" + pattern + ")\"").matcher(login);
            assertThat(found.find()).as("登录页引用 %s：%s", pattern, Pattern.compile("href=\"[^\"]*\"").matcher(login).results()
                    .map(m -> m.group()).toList()).isTrue();
            MvcResult file = mvc.perform(get(found.group(1))).andReturn();
            assertThat(file.getResponse().getStatus()).isEqualTo(200);
            assertThat(file.getResponse().getHeader("Cache-Control")).contains("max-age=31536000").contains("public");
        }
        assertThat(mvc.perform(get("/favicon.ico")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/application.properties")).andReturn().getResponse().getStatus())
                .as("类路径上的配置文件不是静态文件").isNotEqualTo(200);
        assertThat(mvc.perform(get("/db/migration/V1__organizations.sql")).andReturn().getResponse().getStatus()).isNotEqualTo(200);
    }
}
