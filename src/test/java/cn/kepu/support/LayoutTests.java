package cn.kepu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every page is its content only: it hands its title and content to layout/main, and assembles no head, menu, flash
 * or width of its own, and writes no field-error selection of its own (fragments/forms has them). Plain file reading,
 * no Spring: it fails the moment a page is added the old way.
 */
class LayoutTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern USES_LAYOUT = Pattern.compile(
            "<html[^>]*\\sth:replace=\"~\\{layout/main :: layout\\([^\"]*, '(full|wide|form|narrow|plain|bare|public)', ~\\{::content\\}\\)\\}\"");

    private static final Pattern REPLACE_WITH_CONDITION = Pattern.compile(
            "<[^>]*\\sth:replace=[^>]*\\sth:(if|unless)=|<[^>]*\\sth:(if|unless)=[^>]*\\sth:replace=");

    static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> !p.startsWith(TEMPLATES.resolve("layout")) && !p.startsWith(TEMPLATES.resolve("fragments")))
                    .sorted().toList();
        }
    }

    @Test
    @DisplayName("每个页面都交给统一布局：标题、宽度种类和内容；不自带页头、菜单、提示条、内联宽度和字段错误表达式")
    void everyPageUsesTheLayout() throws IOException {
        assertThat(pages()).hasSizeGreaterThan(30);
        for (Path page : pages()) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            String name = TEMPLATES.relativize(page).toString();
            assertThat(USES_LAYOUT.matcher(html).find()).as(name + " 应以 layout/main :: layout(标题, 种类, ~{::content}) 为根").isTrue();
            assertThat(html).as(name + " 应有 th:fragment=\"content\"").contains("th:fragment=\"content\"");
            assertThat(html).as(name + " 不应自带 <head>（布局已有）").doesNotContain("<head");
            assertThat(html).as(name + " 不应自带菜单或提示条").doesNotContain("fragments/page").doesNotContain("<nav class=\"navbar");
            assertThat(html).as(name + " 的容器和宽度由布局的种类决定，不自带 <main>").doesNotContain("<main");
            assertThat(html).as(name + " 的字段错误用 @fields.invalid 和 fragments/forms :: error").doesNotContain("problems.?[");
            // th:replace runs before th:if on the same element, so the condition would be silently ignored.
            assertThat(REPLACE_WITH_CONDITION.matcher(html).find())
                    .as(name + " 中 th:replace 与 th:if 不能写在同一元素上（条件会被忽略），请用 <th:block th:if> 包住").isFalse();
        }
    }

    @Test
    @DisplayName("规则本身会失败：按旧方式自己拼页面的模板不算使用布局")
    void theOldWayIsCaught() {
        String old = """
                <!DOCTYPE html>
                <html lang="zh-CN" xmlns:th="http://www.thymeleaf.org">
                <head th:replace="~{fragments/page :: head('新建工作计划')}"></head>
                <body><nav th:replace="~{fragments/page :: navbar}"></nav><main class="container" style="max-width: 860px">…</main></body>
                </html>""";
        assertThat(USES_LAYOUT.matcher(old).find()).isFalse();
        assertThat(USES_LAYOUT.matcher("""
                <html lang="zh-CN" xmlns:th="http://www.thymeleaf.org"
                      th:replace="~{layout/main :: layout('新建工作计划', 'form', ~{::content})}">""").find()).isTrue();
    }
}
