package cn.kepu.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.kepu.support.Browser;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;

@KepuTest
class OrganizationImportBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    Organizations organizations;
    @TempDir
    Path folder;

    @BeforeEach
    void at() {
        browser.at(port);
    }

    /** A workbook in the template's layout, as a user fills it in Excel: title row, header row, data rows. */
    Path workbook(String name, List<List<String>> rows) throws Exception {
        Path file = folder.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("组织机构");
            sheet.createRow(0).createCell(0).setCellValue("组织机构导入模板");
            List<String> headers = List.of("单位名称*", "简称", "单位类型*", "单位级别*", "上级单位*", "行政区划代码",
                    "统一社会信用代码", "联系人", "联系电话");
            Row header = sheet.createRow(1);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(2 + r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
        }
        return file;
    }

    @Test
    @DisplayName("上传有错误行的文件：页面逐行列出行号、列和原因，提供标注错误的文件，且什么都没有导入")
    void importErrorReport() throws Exception {
        String good = Demo.unique("导入正确学会");
        String bad = Demo.unique("导入错误基地");
        Path file = workbook("单位导入.xlsx", List.of(
                List.of(good, "", "学会", "县级", Demo.TAISHAN, "370902", "", "张三", "13912345678"),
                List.of(bad, "", "科普教育基地", "区级", Demo.TAISHAN, "", "91370900MA3C", "", "")));

        browser.login("taishan", Demo.PASSWORD);
        browser.open("/organizations/import");
        browser.driver().findElement(By.id("file")).sendKeys(file.toString());
        browser.driver().findElement(By.id("upload")).click();

        WebElement report = browser.waitFor(By.id("import-rejected"));
        assertThat(report.findElement(By.tagName("h2")).getText()).as("哪个文件、几处错误").isEqualTo("“单位导入.xlsx”：文件中有2处错误，未导入任何数据");
        List<String> rows = browser.all(By.cssSelector("#import-problems tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("第4行 单位级别").contains("“区级”不是有效的单位级别");
        assertThat(rows.get(1)).startsWith("第4行 统一社会信用代码");
        assertThat(browser.driver().findElement(By.id("error-workbook")).getAttribute("href"))
                .contains("/organizations/import/errors/");
        browser.screenshot("organization-import-errors");
        assertThat(organizations.findByName(good)).as("有错误时正确的行也不导入").isEmpty();

        Path fixed = workbook("单位导入（已改正）.xlsx", List.of(
                List.of(good, "", "学会", "县级", Demo.TAISHAN, "370902", "", "张三", "13912345678"),
                List.of(bad, "", "科普教育基地", "县级", Demo.TAISHAN, "", "", "", "")));
        browser.driver().findElement(By.id("file")).sendKeys(fixed.toString());
        browser.driver().findElement(By.id("upload")).click();
        assertThat(browser.waitFor(By.id("import-success")).getText()).contains("导入 2 个单位").contains(good).contains(bad);
        assertThat(organizations.findByName(bad)).isPresent();
    }
}
