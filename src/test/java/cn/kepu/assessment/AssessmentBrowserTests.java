package cn.kepu.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
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
import cn.kepu.support.TestImages;

/** 考核 in the browser: a scheme defined, self-assessed with evidence, scored, frozen, published and its 通报 downloaded. */
@KepuTest
class AssessmentBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    SchemeManagement schemes;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @BeforeEach
    void setUp() {
        browser.at(port);
    }

    @AfterEach
    void nobody() {
        cn.kepu.support.Users.nobody();
    }

    @Test
    @DisplayName("市科协定义方案（按下级科协一键选择单位、两项指标，改一项的分值），分值不合计时不能发布；岱岳区带照片自评并提交；市科协评分、完成评分、公示；岱岳区看到全部排名并提出异议，市科协答复后定档；下载通报（Word）读得出标题和结果表")
    void defineSelfAssessScorePublish() throws Exception {
        browser.login("taian", Demo.PASSWORD);
        browser.open("/assessments");
        browser.click(By.id("new-scheme"));
        browser.type(By.id("title"), "泰安市科协2022年度科普信息化专项考核");
        browser.type(By.id("year"), "2022");
        browser.type(By.id("documentNumber"), "泰科协发〔2023〕9号");
        browser.type(By.id("bands"), "优秀=50%；合格");
        browser.click(By.cssSelector("#unit-groups button"));
        assertThat(browser.driver().findElements(By.cssSelector("#unit-choices input:checked"))).hasSize(8);
        browser.press(By.id("save"));
        browser.waitFor(By.id("scheme-title"));
        assertThat(browser.text(By.id("draft-problems"))).contains("还没有指标");

        addManual("信息化工作总结", "60");
        assertThat(browser.text(By.id("draft-problems"))).contains("各项指标分值合计60分，与方案总分100分不符");
        assertThat(browser.driver().findElement(By.id("publish")).isEnabled()).isFalse();
        addManual("科普中国推送", "30");
        browser.click(By.cssSelector("#indicator-table tr:nth-child(2) a"));
        browser.waitFor(By.id("save-indicator"));
        assertThat(browser.driver().findElement(By.id("name")).getAttribute("value")).isEqualTo("科普中国推送");
        browser.type(By.id("points"), "40");
        browser.press(By.id("save-indicator"));
        browser.waitFor(By.id("flash-message"));
        assertThat(browser.driver().findElements(By.id("draft-problems"))).isEmpty();
        browser.press(By.id("publish"));
        browser.waitForText(By.id("scheme-state"), "已发布");
        String schemePath = browser.path();

        browser.login("daiyue", Demo.PASSWORD);
        browser.open(schemePath);
        browser.click(By.id("own-sheet"));
        browser.waitFor(By.id("sheet-lines"));
        String summaryRow = "tr[data-indicator='信息化工作总结'] ";
        browser.type(By.cssSelector(summaryRow + "input[type=number]"), "55");
        browser.type(By.cssSelector(summaryRow + "textarea"), "全年推送科普信息1200条。");
        Path photo = Files.createTempFile("推送截图", ".jpg");
        Files.write(photo, TestImages.jpeg(400, 300));
        browser.driver().findElement(By.cssSelector(summaryRow + "input[type=file]")).sendKeys(photo.toString());
        browser.type(By.cssSelector("tr[data-indicator='科普中国推送'] input[type=number]"), "45");
        browser.press(By.id("submit-self"));
        browser.driver().switchTo().alert().accept();
        browser.waitFor(By.cssSelector(".alert-danger"));
        assertThat(browser.text(By.cssSelector(".alert-danger"))).contains("“科普中国推送”的自评分应在0到40分之间");
        browser.screenshot("assessment-self");
        assertThat(browser.driver().findElement(By.cssSelector(summaryRow + "textarea")).getAttribute("value"))
                .as("what was typed is kept").isEqualTo("全年推送科普信息1200条。");
        browser.type(By.cssSelector("tr[data-indicator='科普中国推送'] input[type=number]"), "38");
        browser.driver().findElement(By.cssSelector(summaryRow + "input[type=file]")).sendKeys(photo.toString());
        browser.press(By.id("submit-self"));
        browser.driver().switchTo().alert().accept();
        browser.waitFor(By.id("flash-message"));
        assertThat(browser.text(By.id("self-state"))).startsWith("自评已于");
        assertThat(browser.all(By.cssSelector(".evidence-link"))).hasSize(1);
        String sheetPath = browser.path();

        browser.login("taian", Demo.PASSWORD);
        browser.open(sheetPath);
        browser.waitFor(By.id("sheet-lines"));
        assertThat(browser.text(By.cssSelector(summaryRow))).contains("全年推送科普信息1200条。");
        browser.type(By.cssSelector(summaryRow + "input[name^=given]"), "52");
        browser.type(By.cssSelector("tr[data-indicator='科普中国推送'] input[name^=given]"), "36");
        browser.press(By.id("save-scores"));
        browser.waitFor(By.id("flash-message"));
        assertThat(browser.text(By.id("unit-total"))).isEqualTo("88");

        browser.open(schemePath);
        assertThat(browser.text(By.cssSelector("#ranking tr[data-unit='" + Demo.DAIYUE + "'] .total"))).isEqualTo("88");
        assertThat(browser.text(By.cssSelector("#ranking tr[data-unit='" + Demo.DAIYUE + "'] .rank"))).isEqualTo("1");
        browser.press(By.id("finish-scoring"));
        browser.driver().switchTo().alert().accept();
        browser.waitForText(By.id("scheme-state"), "已评分");
        assertThat(browser.text(By.id("data-time"))).contains("已固定");
        browser.press(By.id("open-publicity"));
        browser.waitForText(By.id("scheme-state"), "公示中");
        browser.waitFor(By.id("chart")).isDisplayed();
        assertThat(new Select(browser.driver().findElement(By.id("chart-indicator"))).getOptions()).hasSize(3);
        browser.screenshot("assessment-results");
        byte[] sheet = download("download-results");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            assertThat(book.getSheetAt(0).getRow(2).getCell(1).getStringCellValue()).isEqualTo(Demo.DAIYUE);
            assertThat(book.getSheetAt(0).getLastRowNum()).as("a title, the header, a row per unit").isEqualTo(9);
        }

        browser.login("daiyue", Demo.PASSWORD);
        browser.open(schemePath);
        assertThat(browser.all(By.cssSelector("#ranking tbody tr"))).as("in 公示 every assessed unit sees the whole ranking").hasSize(8);
        browser.press(By.id("file-objection"));
        browser.waitFor(By.cssSelector("#objection-form .invalid-feedback"));
        assertThat(browser.text(By.cssSelector("#objection-form .invalid-feedback"))).isEqualTo("请写明异议的内容和理由");
        browser.type(By.id("objection-body"), "本单位科普中国推送应为38分。");
        browser.press(By.id("file-objection"));
        browser.waitFor(By.id("flash-message"));
        assertThat(browser.text(By.id("objections"))).contains("本单位科普中国推送应为38分。");

        browser.login("taian", Demo.PASSWORD);
        browser.open(schemePath);
        browser.press(By.id("file-results"));
        assertThat(browser.waitFor(By.id("flash-error")).getText()).isEqualTo("还有1条异议未答复，答复后才能定档");
        browser.type(By.cssSelector(".objection input[name=answer]"), "经复核，维持原评分。");
        browser.press(By.cssSelector(".answer-button"));
        browser.waitFor(By.id("flash-message"));
        assertThat(browser.text(By.cssSelector(".objection .answer"))).isEqualTo("经复核，维持原评分。");
        browser.press(By.id("file-results"));
        browser.waitForText(By.id("scheme-state"), "已定档");

        browser.click(By.id("bulletin"));
        browser.waitFor(By.id("body"));
        assertThat(browser.text(By.id("bulletin-title"))).isEqualTo("关于2022年度科普信息化专项考核结果的通报");
        browser.type(By.id("body"), "各县市区科协：\n现将2022年度科普信息化专项考核结果通报如下。");
        browser.press(By.id("save-bulletin"));
        browser.waitFor(By.id("flash-message"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download("download-bulletin")))) {
            List<String> text = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(text).contains("泰科协发〔2023〕9号", "关于2022年度科普信息化专项考核结果的通报",
                    "现将2022年度科普信息化专项考核结果通报如下。");
            assertThat(doc.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo(Demo.DAIYUE);
            assertThat(doc.getTables().get(0).getRows()).hasSize(9);
        }
    }

    /** The file the link downloads, fetched by the page itself (with its session), after checking it was served. */
    private byte[] download(String linkId) {
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById(arguments[0]).href).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  let binary = '';
                  bytes.forEach(b => binary += String.fromCharCode(b));
                  done({status: r.status, body: btoa(binary)});
                });""", linkId);
        assertThat(download.get("status")).isEqualTo(200L);
        return Base64.getDecoder().decode((String) download.get("body"));
    }

    private void addManual(String name, String points) {
        if (browser.driver().findElement(By.id("add-indicator")).getAttribute("open") == null) {
            browser.click(By.cssSelector("#add-indicator summary"));
        }
        browser.type(By.id("name"), name);
        new Select(browser.driver().findElement(By.id("kind"))).selectByValue("MANUAL");
        browser.type(By.id("points"), points);
        browser.press(By.id("save-indicator"));
        browser.waitFor(By.id("flash-message"));
    }
}
