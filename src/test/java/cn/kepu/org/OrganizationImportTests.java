package cn.kepu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.kepu.audit.AuditAction;
import cn.kepu.audit.AuditFilter;
import cn.kepu.audit.AuditTrail;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;

@KepuTest
class OrganizationImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditTrail audit;

    RequestPostProcessor taishan() {
        return user(users.loadUserByUsername("taishan"));
    }

    byte[] template() throws Exception {
        return mvc.perform(get("/organizations/import/template").with(taishan())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    /** The downloaded template, filled in as a user would: rows from Excel row 3 on. */
    byte[] filled(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(2 + i);
                for (int c = 0; c < rows.get(i).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(i).get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    String upload(byte[] content, MockHttpSession session) throws Exception {
        return mvc.perform(multipart("/organizations/import").file(new MockMultipartFile("file", "单位.xlsx", null, content))
                        .session(session).with(taishan()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    @DisplayName("模板有标题行、带*的必填表头和单位类型、级别的下拉列表")
    void templateOffersDropDowns() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("组织机构导入模板");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("单位名称*");
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                    .contains("科协", "学会", "成员单位"));
            assertThat(validations).anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                    .containsExactly("省级", "市级", "县级", "乡镇级"));
        }
    }

    @Test
    @DisplayName("有一行错误时整个文件都不导入，并指出该行的行号、列和原因，附带标注错误的文件")
    void oneBadRowStoresNothingAndIsNamed() throws Exception {
        String first = Demo.unique("导入学会");
        String second = Demo.unique("导入基地");
        String third = Demo.unique("导入志愿队");
        byte[] content = filled(List.of(
                List.of(first, "", "学会", "县级", Demo.TAISHAN, "370902", "", "张三", "0538-6221234"),
                List.of(second, "", "学校", "县级", Demo.TAISHAN, "", "", "", "12345"),
                List.of(third, "", "志愿服务队", "县级", first, "", "", "", "")));
        MockHttpSession session = new MockHttpSession();
        String page = upload(content, session);

        assertThat(page).contains("文件中有2处错误，未导入任何数据")
                .contains("第4行").contains("单位类型").contains("“学校”不是有效的单位类型")
                .contains("联系电话应为11位手机号或固定电话");
        assertThat(page).doesNotContain("第3行").doesNotContain("第5行");
        assertThat(organizations.findByName(first)).isEmpty();
        assertThat(organizations.findByName(third)).isEmpty();

        String link = page.replaceAll("(?s).*href=\"(/organizations/import/errors/[^\"]+)\".*", "$1");
        byte[] marked = mvc.perform(get(link).session(session).with(taishan())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(marked))) {
            Sheet sheet = workbook.getSheetAt(0);
            int reasonColumn = sheet.getRow(1).getLastCellNum() - 1;
            assertThat(sheet.getRow(1).getCell(reasonColumn).getStringCellValue()).isEqualTo("错误说明");
            assertThat(sheet.getRow(3).getCell(reasonColumn).getStringCellValue()).contains("单位类型").contains("联系电话");
            assertThat(sheet.getRow(3).getCell(2).getCellComment().getString().getString()).contains("不是有效的单位类型");
            assertThat(sheet.getRow(2).getCell(reasonColumn)).isNull();
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo(second);
        }
    }

    @Test
    @DisplayName("全部正确时一次导入，后面的行可以以前面的行为上级，并写入审计日志")
    void goodFileImportsAllWithParentsFromTheFile() throws Exception {
        String first = Demo.unique("导入学会");
        String second = Demo.unique("导入志愿队");
        String page = upload(filled(List.of(
                List.of(first, "简称甲", "学会", "县级", Demo.TAISHAN, "370902", "91350100M000100Y43", "张三", "13912345678"),
                List.of(second, "", "志愿服务队", "县级", first, "", "", "", ""))), new MockHttpSession());
        assertThat(page).contains("导入 <strong>2</strong> 个单位");
        Organization parent = organizations.findByName(first).orElseThrow();
        assertThat(parent.getParentId()).isEqualTo(organizations.findByName(Demo.TAISHAN).orElseThrow().getId());
        assertThat(parent.getRegion().getName()).isEqualTo("泰山区");
        assertThat(organizations.findByName(second).orElseThrow().getParentId()).isEqualTo(parent.getId());
        assertThat(audit.search(new AuditFilter(null, null, "taishan", AuditAction.IMPORT, first, null), 0, 5).getContent())
                .singleElement().satisfies(e -> assertThat(e.getSummary()).startsWith("导入2个单位"));
    }

    @Test
    @DisplayName("上级单位不在本人权限范围内时按找不到处理")
    void parentOutsideScopeIsNotFound() throws Exception {
        String name = Demo.unique("越权单位");
        String page = upload(filled(List.of(List.of(name, "", "学会", "县级", Demo.DAIYUE, "", "", "", ""))),
                new MockHttpSession());
        assertThat(page).contains("找不到单位“" + Demo.DAIYUE + "”");
        assertThat(organizations.findByName(name)).isEmpty();
    }

    @Test
    @DisplayName("不是模板的文件、不是 Excel 的文件、空文件：各有明确的提示")
    void wrongFilesAreExplained() throws Exception {
        XSSFWorkbook other = new XSSFWorkbook();
        Row header = other.createSheet().createRow(0);
        header.createCell(0).setCellValue("姓名");
        header.createCell(1).setCellValue("电话");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        other.write(out);
        other.close();
        assertThat(upload(out.toByteArray(), new MockHttpSession()))
                .contains("文件不是组织机构导入模板：表头应包含 单位名称、单位类型、单位级别、上级单位");
        assertThat(upload("名称,类型\n".getBytes(StandardCharsets.UTF_8), new MockHttpSession()))
                .contains("无法读取文件，请上传 Excel 工作簿（.xlsx）");
        assertThat(upload(new byte[0], new MockHttpSession())).contains("上传的文件是空的");
        assertThat(upload(template(), new MockHttpSession())).contains("文件中没有数据行");
    }
}
