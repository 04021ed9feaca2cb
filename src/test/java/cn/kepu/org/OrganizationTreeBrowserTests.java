package cn.kepu.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.kepu.support.Browser;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;

@KepuTest
class OrganizationTreeBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    Organizations organizations;

    @BeforeEach
    void at() {
        browser.at(port);
    }

    @Test
    @DisplayName("在组织树中新增单位（先填错再改正），再把它移动到另一个上级单位下")
    void createAndMoveAUnitInTheTree() throws Exception {
        browser.login("taishan", Demo.PASSWORD);
        browser.open("/organizations");
        browser.waitFor(By.linkText(Demo.TAISHAN)).click();
        browser.waitForText(By.id("unit-name"), Demo.TAISHAN);
        browser.driver().findElement(By.linkText("新增下级单位")).click();

        String name = Demo.unique("泰山区浏览器测试学会");
        browser.type(By.id("name"), name);
        browser.type(By.id("shortName"), "测试学会");
        new Select(browser.driver().findElement(By.id("unitType"))).selectByVisibleText("学会");
        browser.type(By.id("contactPhone"), "1234");
        browser.driver().findElement(By.id("save")).click();

        assertThat(browser.waitFor(By.cssSelector(".field-error")).getText()).contains("联系电话应为11位手机号或固定电话");
        assertThat(browser.driver().findElement(By.id("name")).getAttribute("value")).isEqualTo(name);
        assertThat(browser.driver().findElement(By.id("shortName")).getAttribute("value")).isEqualTo("测试学会");
        browser.screenshot("organization-form-error");
        browser.type(By.id("contactPhone"), "0538-6221234");
        browser.driver().findElement(By.id("save")).click();

        assertThat(browser.waitFor(By.cssSelector(".alert-success")).getText()).isEqualTo("已新增单位“" + name + "”");
        assertThat(browser.text(By.id("unit-parent"))).isEqualTo(Demo.TAISHAN);
        assertThat(browser.text(By.id("unit-phone"))).isEqualTo("0538-6221234");

        browser.driver().findElement(By.linkText("移动")).click();
        new Select(browser.waitFor(By.id("parentId"))).selectByContainsVisibleText("泰山区教育和体育局");
        browser.driver().findElement(By.id("move")).click();
        assertThat(browser.waitFor(By.cssSelector(".alert-success")).getText())
                .isEqualTo("已将“" + name + "”移动到“泰山区教育和体育局”下");
        assertThat(browser.text(By.id("unit-parent"))).isEqualTo("泰山区教育和体育局");
        assertThat(organizations.findByName(name).orElseThrow().getParent().getName()).isEqualTo("泰山区教育和体育局");
        browser.screenshot("organization-moved");
    }

    @Test
    @DisplayName("展开树节点按需加载下级单位，点击单位在右侧显示详情；搜索按名称找到单位")
    void browseAndSearchTheTree() throws Exception {
        browser.login("taian", Demo.PASSWORD);
        browser.open("/organizations");
        long taishan = organizations.findByName(Demo.TAISHAN).orElseThrow().getId();
        browser.waitFor(By.cssSelector("button[data-children='children-" + taishan + "']")).click();
        browser.waitFor(By.linkText("泰山区科学技术局")).click();
        browser.waitForText(By.id("unit-name"), "泰山区科学技术局");
        assertThat(browser.text(By.id("unit-detail"))).contains("成员单位").contains(Demo.TAISHAN);
        assertThat(browser.all(By.linkText("编辑"))).as("工作人员不能编辑单位").isEmpty();
        browser.screenshot("organization-tree");

        browser.type(By.id("org-search"), "肥城");
        browser.waitFor(By.cssSelector("#search-results a")).click();
        browser.waitForText(By.id("unit-name"), "肥城市科学技术协会");
    }

    @Test
    @DisplayName("填报员访问其他区的单位地址时看到中文提示")
    void reporterGetsAChineseNotFoundPage() {
        browser.login("daiyue", Demo.PASSWORD);
        browser.open("/organizations?selected=" + organizations.findByName(Demo.TAISHAN).orElseThrow().getId());
        assertThat(browser.waitFor(By.id("error-message")).getText()).isEqualTo("单位不存在，或不在您的数据权限范围内");
    }
}
