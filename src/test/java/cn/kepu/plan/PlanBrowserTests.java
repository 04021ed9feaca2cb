package cn.kepu.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Browser;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;

@KepuTest
class PlanBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    WorkPlans plans;
    @Autowired
    Reminders reminders;
    @TempDir
    Path folder;

    @BeforeEach
    void at() {
        browser.at(port);
    }

    @Test
    @DisplayName("新建计划、添加章节和任务（时限先填错，所填内容保留），发布后在台账看到各县市区的分解")
    void writeAndPublishAPlan() throws Exception {
        browser.login("taian", Demo.PASSWORD);
        browser.open("/plans");
        browser.waitFor(By.id("new-plan")).click();
        String title = Demo.unique("泰安市科协科普工作要点");
        browser.type(By.id("title"), title);
        browser.type(By.id("docNumber"), "泰科协发〔2026〕1号");
        browser.press(By.id("save"));
        assertThat(browser.waitFor(By.id("plan-title")).getText()).isEqualTo(title);

        browser.type(By.id("section-title"), "科普活动");
        browser.driver().findElement(By.id("add-section")).click();
        browser.waitFor(By.cssSelector(".alert-success"));
        browser.driver().findElement(By.id("add-task")).click();
        new Select(browser.waitFor(By.id("sectionId"))).selectByVisibleText("科普活动");
        browser.type(By.id("number"), "1");
        browser.type(By.id("title"), "全国科普日活动");
        browser.type(By.id("responsible"), "各县市区（功能区）科协");
        browser.type(By.id("deadline"), "九月份左右");
        browser.type(By.id("quotas"), "各县市区科协 活动数 ≥ 60 项");
        browser.press(By.id("save"));

        assertThat(browser.waitFor(By.id("problems")).getText()).startsWith("无法识别完成时限“九月份左右”");
        assertThat(browser.driver().findElement(By.id("title")).getAttribute("value")).isEqualTo("全国科普日活动");
        assertThat(browser.driver().findElement(By.id("quotas")).getAttribute("value")).isEqualTo("各县市区科协 活动数 ≥ 60 项");
        browser.screenshot("plan-task-error");
        browser.type(By.id("deadline"), "9月15-21日");
        browser.press(By.id("save"));
        WebElement row = browser.waitFor(By.cssSelector("#tasks tr[id^=task-]"));
        assertThat(row.getText()).contains("全国科普日活动").contains("各县市区科协 活动数 ≥ 60项").contains("9月15日—2026年9月21日");

        browser.driver().findElement(By.linkText("编辑")).click();
        assertThat(browser.waitFor(By.id("title")).getAttribute("value")).isEqualTo("全国科普日活动");
        browser.type(By.id("title"), "全国科普日主场活动");
        browser.press(By.id("save"));
        assertThat(browser.waitFor(By.cssSelector("#tasks tr[id^=task-]")).getText()).contains("全国科普日主场活动")
                .contains("各县市区科协 活动数 ≥ 60项");

        browser.driver().findElement(By.id("publish")).click();
        browser.driver().switchTo().alert().accept();
        browser.waitFor(By.id("ledger"));
        assertThat(browser.path()).isEqualTo("/ledger");
        List<String> units = browser.all(By.cssSelector("#ledger tbody tr[data-level='1'] td:nth-child(3)")).stream()
                .map(WebElement::getText).toList();
        assertThat(units).contains(Demo.TAISHAN, Demo.DAIYUE, "泰安高新技术产业开发区科学技术协会").hasSize(8);
        assertThat(plans.findAll().stream().filter(p -> p.getTitle().equals(title)).findFirst().orElseThrow().getState())
                .isEqualTo(PlanState.PUBLISHED);
    }

    @Test
    @DisplayName("区科协在台账中筛选逾期任务，打开本单位的任务填报进展并上传现场照片")
    void reportProgressWithAPhoto() throws Exception {
        browser.login("taishan", Demo.PASSWORD);
        browser.open("/ledger");
        new Select(browser.waitFor(By.id("flag"))).selectByVisibleText("逾期");
        browser.await()
                .until(ExpectedConditions.urlContains("flag=overdue"));
        browser.waitFor(By.id("ledger"));
        List<WebElement> flagged = browser.all(By.cssSelector("#ledger tbody tr[data-level='1']"));
        assertThat(flagged).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("逾期"));
        // What 导出 Excel sends after the table changed by htmx: the dropdowns as they are now (it sent flag= before).
        Object sent = browser.driver().executeScript("const b = document.getElementById('export');"
                + " return b.getAttribute('formaction') + '?' + new URLSearchParams(new FormData(b.form)).toString();");
        assertThat(sent.toString()).startsWith("/ledger/export?").contains("flag=overdue");
        browser.screenshot("ledger-overdue");

        browser.open("/ledger");
        new Select(browser.waitFor(By.id("planId"))).selectByVisibleText(
                plans.findAll().stream().filter(p -> p.getTitle().contains("演示")).findFirst().orElseThrow().getTitle());
        browser.await().until(ExpectedConditions.urlContains("planId="));
        browser.waitFor(By.cssSelector("#ledger tbody tr[data-level='1'] a")).click();
        browser.waitFor(By.id("progress-form"));
        assertThat(browser.text(By.id("assignment-unit"))).startsWith(Demo.TAISHAN);

        Path photo = folder.resolve("现场照片.png");
        Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0});
        Path fake = folder.resolve("总结.pdf");
        Files.writeString(fake, "这只是文本");
        // 活动数 is counted from the approved activities of 全国科普日: what the unit types is a correction beside it.
        WebElement value = browser.driver().findElement(By.cssSelector("input[id^='value-']"));
        String quota = value.getAttribute("id").substring("value-".length());
        assertThat(browser.text(By.id("value-help-" + quota))).contains("审核通过的活动自动计数").contains("写明理由");
        value.clear();
        value.sendKeys("58");
        browser.type(By.id("text"), "乡镇（街道）开展活动58项，未在平台逐项登记。");
        browser.driver().findElement(By.id("files")).sendKeys(photo + "\n" + fake);
        browser.press(By.id("submit-progress"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("“总结.pdf”不是可接受的证明材料")
                .contains("请填写更正理由");
        assertThat(browser.driver().findElement(By.id("text")).getAttribute("value")).isEqualTo("乡镇（街道）开展活动58项，未在平台逐项登记。");
        assertThat(browser.driver().findElement(By.id("value-" + quota)).getAttribute("value")).isEqualTo("58");

        browser.type(By.id("correctionReason"), "乡镇（街道）活动未逐项登记");
        browser.driver().findElement(By.id("files")).sendKeys(photo.toString());
        browser.press(By.id("submit-progress"));
        assertThat(browser.waitFor(By.cssSelector(".alert-success")).getText()).isEqualTo("进展已提交");
        WebElement latest = browser.waitFor(By.cssSelector(".report"));
        assertThat(latest.getText()).contains("乡镇（街道）开展活动58项").contains("活动数 更正+58项（在审核通过的活动之外；理由：乡镇（街道）活动未逐项登记）")
                .contains("照片：现场照片.png");
        // The page says what the figure is made of, and the form starts from the correction just made.
        assertThat(browser.text(By.cssSelector(".actual-parts[data-quota='" + quota + "']")))
                .matches("由“.+”的审核通过的活动自动计数：本单位审核通过的活动 \\d+项( \\+ 下级单位审核通过的活动 \\d+项)? \\+ 本单位填报的更正 58项");
        assertThat(browser.driver().findElement(By.id("value-" + quota)).getAttribute("value")).isEqualTo("58");
        browser.screenshot("assignment-progress");
    }

    @Test
    @DisplayName("上传超过每次上限（120MB）的证明材料：不读文件就转到说明页，写明大小和上限，一键返回填报页")
    void aTooLargeUploadIsExplained() throws Exception {
        browser.login("taishan", Demo.PASSWORD);
        browser.open("/my-tasks");
        browser.waitFor(By.cssSelector("a.report-progress")).click();
        browser.waitFor(By.id("progress-form"));
        String page = browser.path();
        Path huge = folder.resolve("现场录像.pdf");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(121L * 1024 * 1024); // sparse: nothing is written to the disk
        }
        browser.driver().findElement(By.id("files")).sendKeys(huge.toString());
        browser.press(By.id("submit-progress"));
        assertThat(browser.waitFor(By.id("too-large")).getText()).contains("超过每次上传的上限120MB");
        browser.click(By.id("back"));
        browser.waitFor(By.id("progress-form"));
        assertThat(browser.path()).isEqualTo(page);
    }

    @Test
    @DisplayName("提醒任务运行后，铃铛显示未读数；点开看到逾期提醒，点提醒进入该任务")
    void bellShowsReminders() throws Exception {
        reminders.run();
        browser.login("daiyue", Demo.PASSWORD);
        browser.await()
                .until(d -> d.findElement(By.id("unread")).getText().matches("[1-9][0-9]*|99\\+"));
        browser.driver().findElement(By.id("bell")).click();
        browser.waitFor(By.cssSelector("#notifications a"));
        assertThat(browser.text(By.id("notifications"))).contains("任务已逾期");
        browser.screenshot("notifications");
        browser.all(By.cssSelector("#notifications a")).stream().filter(a -> a.getText().contains("任务已逾期")).findFirst()
                .orElseThrow().click();
        browser.waitFor(By.id("assignment-unit"));
        assertThat(browser.text(By.id("assignment-unit"))).startsWith(Demo.DAIYUE);
    }

    @Test
    @DisplayName("导入清单页面：有错误的文件列出行号、列和原因；改正后导入为草稿计划")
    void importAChecklistWorkbook() throws Exception {
        Path bad = folder.resolve("清单.xlsx");
        Path good = folder.resolve("清单（改正）.xlsx");
        Files.write(bad, checklist("尽快"));
        Files.write(good, checklist("2026年9月15-21日"));
        browser.login("taian", Demo.PASSWORD);
        browser.open("/plans");
        browser.waitFor(By.id("import-plan")).click();
        String title = Demo.unique("导入的工作清单");
        browser.type(By.id("title"), title);
        browser.driver().findElement(By.id("file")).sendKeys(bad.toString());
        browser.press(By.id("upload"));
        WebElement problems = browser.waitFor(By.id("import-problems"));
        assertThat(problems.getText()).contains("第3行").contains("完成时限").contains("无法识别完成时限“尽快”");
        assertThat(plans.findAll()).noneMatch(p -> p.getTitle().equals(title));

        browser.type(By.id("title"), title);
        browser.driver().findElement(By.id("file")).sendKeys(good.toString());
        browser.press(By.id("upload"));
        assertThat(browser.waitFor(By.id("plan-title")).getText()).isEqualTo(title);
        assertThat(browser.text(By.id("tasks"))).contains("全国科普日活动").contains("各县市区科协 活动数 ≥ 60项");
    }

    @Test
    @DisplayName("18项任务的清单页：章节收起并标明任务数，责任单位的分解收在“n个责任单位”里，不再是一墙链接；一键展开全部")
    void aLongChecklistOpensAsItsSections() throws Exception {
        browser.login("taian", Demo.PASSWORD);
        WorkPlan checklist = plans.findAll().stream().filter(p -> p.getTitle().contains("2022") && p.getTitle().contains("清单"))
                .findFirst().orElseThrow();
        browser.open("/plans/" + checklist.getId());
        List<WebElement> sections = browser.await().until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#tasks .section-toggle"));
            return found.isEmpty() ? null : found;
        });
        assertThat(sections).hasSizeGreaterThan(1).allSatisfy(t -> assertThat(t.getText()).containsPattern("（\\d+项任务）"));
        assertThat(browser.all(By.cssSelector("#tasks .section-body tr")).stream().filter(WebElement::isDisplayed)).as("先收起").isEmpty();
        assertThat(browser.all(By.cssSelector("a[href^='/assignments/']")).stream().filter(WebElement::isDisplayed))
                .as("分解链接不再铺满页面").isEmpty();

        browser.press(By.id("expand-all"));
        WebElement units = browser.waitFor(By.cssSelector("#tasks .task-units summary"));
        assertThat(units.getText()).containsPattern("\\d+个责任单位的分解");
        browser.screenshot("plan-checklist");
    }

    private static byte[] checklist(String deadline) throws Exception {
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("工作清单");
            sheet.createRow(0).createCell(0).setCellValue("工作清单");
            String[][] rows = {{"重点工作项目", "序号", "工作内容", "工作要求", "责任单位", "完成时限", "备注"},
                    {"科普活动", "1", "全国科普日活动", "各县市区不少于60项", "各县市区科协", deadline, ""}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    @DisplayName("区科协把本单位的指标分解给下级单位：超过目标被拒绝，不足时提示，下级单位列在任务下")
    void decomposeAnAssignment(@Autowired Assignments assignments, @Autowired OrganizationDirectory organizations) {
        browser.login("taishan", Demo.PASSWORD);
        WorkPlan current = plans.findAll().stream().filter(p -> p.getTitle().contains("演示")).findFirst().orElseThrow();
        Task news = current.getTasks().stream().filter(t -> "2".equals(t.getNumber())).findFirst().orElseThrow();
        long taishan = organizations.named(Demo.TAISHAN).orElseThrow().getId();
        browser.open("/assignments/" + assignments.findByTask_IdAndOrganization_Id(news.getId(), taishan).orElseThrow().getId());
        browser.waitFor(By.id("decompose"));
        List<WebElement> shares = browser.all(By.cssSelector("#decompose input[name^='share']"));
        shares.get(0).sendKeys("15");
        shares.get(1).sendKeys("10");
        browser.press(By.cssSelector("#decompose button"));
        assertThat(browser.waitFor(By.cssSelector(".alert-danger")).getText()).isEqualTo("新闻稿件分解合计25条，超过本单位目标20条");
        assertThat(browser.all(By.id("children"))).isEmpty();

        shares = browser.all(By.cssSelector("#decompose input[name^='share']"));
        shares.get(0).sendKeys("10");
        shares.get(1).sendKeys("5");
        browser.press(By.cssSelector("#decompose button"));
        assertThat(browser.waitFor(By.cssSelector(".alert-success")).getText())
                .isEqualTo("已分解到2个下级单位。注意：新闻稿件分解合计15条，少于本单位目标20条，差额由本单位直接完成");
        assertThat(browser.text(By.id("children"))).contains("新闻稿件 10条").contains("新闻稿件 5条");
    }
}
