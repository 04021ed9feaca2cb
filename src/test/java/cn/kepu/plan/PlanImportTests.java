package cn.kepu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;

@KepuTest
class PlanImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkPlans plans;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;

    /** The seed checklist (its reading with the scan's garbling resolved) as a workbook in the checklist layout. */
    byte[] checklist(UnaryOperator<String[]> edit) throws Exception {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/seeds/taian-2022-checklist.reading.tsv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        }
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("工作清单");
            sheet.createRow(0).createCell(0).setCellValue("泰安市科协2022年科普工作任务清单");
            for (int i = 0; i < lines.size(); i++) {
                String[] cells = lines.get(i).split("\t", -1);
                if (i > 0) {
                    cells = edit.apply(cells);
                }
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c].replace("〔推断〕", ""));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    MvcResult upload(String title, byte[] file) throws Exception {
        return mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", "清单.xlsx", null, file))
                .param("title", title).param("periodFrom", "2022")
                .param("issuerId", organizations.named(Demo.TAIAN).orElseThrow().getId().toString())
                .with(user(users.loadUserByUsername("taian"))).with(csrf())).andReturn();
    }

    @Test
    @DisplayName("导入清单的18项任务：章节、责任单位类别、时限，以及工作要求中写明的指标")
    void importsTheSeedChecklist() throws Exception {
        String title = Demo.unique("导入的2022年清单");
        MvcResult result = upload(title, checklist(c -> c));
        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/plans/");
        WorkPlan plan = plans.findAll().stream().filter(p -> p.getTitle().equals(title)).findFirst().orElseThrow();
        assertThat(plan.getState()).isEqualTo(PlanState.DRAFT);
        assertThat(plan.getTasks()).hasSize(18);
        assertThat(plan.topSections()).extracting(PlanSection::getTitle)
                .containsExactly("科普活动", "《全民科学素质纲要》实施工作", "完善科普服务工作体系", "反邪教工作");
        Task first = plan.getTasks().get(0);
        assertThat(first.getQuotas()).extracting(Quota::describe).containsExactly(
                "各县市区科协 活动数 ≥ 60项", "各功能区科协 活动数 ≥ 15项", "市科协直属各单位 活动数 ≥ 10项",
                "各市级学会 活动数 ≥ 5项", "各科普项目示范单位 活动数 ≥ 2项", "各级科普教育基地 活动数 ≥ 2项");
        assertThat(first.partiesText(PartyRole.RESPONSIBLE)).startsWith("各县市区（功能区）科协，各市级学会，各高校科协，各企业科协");
        assertThat(plan.getTasks().get(9).getQuotas()).extracting(Quota::describe).containsExactly(
                "泰山区科协 新增科普中国信息员 ≥ 3000人", "岱岳区科协 新增科普中国信息员 ≥ 2000人", "新泰市科协 新增科普中国信息员 ≥ 3000人",
                "肥城市科协 新增科普中国信息员 ≥ 2000人", "宁阳县科协 新增科普中国信息员 ≥ 1500人", "东平县科协 新增科普中国信息员 ≥ 1500人");
        assertThat(plan.getTasks().get(11).getQuotas()).extracting(Quota::describe).contains("各县市区科协 新闻稿件 ≥ 20条");
        assertThat(plan.getTasks().get(14).getQuotas()).extracting(Quota::describe).containsExactly("每个责任单位 现场照片 ≥ 1张");
        assertThat(plan.getTasks().get(5).getDeadline().end()).hasToString("2022-06-10");
    }

    @Test
    @DisplayName("有读不懂的时限和找不到的责任单位时，列出行号、列和原因，什么都不导入")
    void badRowsAreNamedAndNothingIsStored() throws Exception {
        String title = Demo.unique("有错的清单");
        String page = upload(title, checklist(c -> {
            if (c[1].equals("3")) {
                c[5] = "尽快";
            }
            if (c[1].equals("8")) {
                c[4] = "火星科协";
            }
            return c;
        })).getResponse().getContentAsString();
        assertThat(page).contains("文件中有2处错误，未导入任何数据")
                .contains("<td>第5行</td><td>完成时限</td>").contains("无法识别完成时限“尽快”")
                .contains("<td>第10行</td><td>责任单位</td>").contains("找不到责任单位“火星科协”");
        assertThat(plans.findAll()).noneMatch(p -> p.getTitle().equals(title));
    }

    @Test
    @DisplayName("导出的清单可以原样导回：章节、序号、任务、牵头和责任单位、时限、指标都一致")
    void exportedChecklistImportsBack() throws Exception {
        WorkPlan original = plans.findAll().stream().filter(p -> p.getTitle().equals("泰安市科协2022年科普工作任务清单")).findFirst().orElseThrow();
        byte[] exported = mvc.perform(MockMvcRequestBuilders.get("/plans/{id}/export", original.getId())
                .with(user(users.loadUserByUsername("taian")))).andReturn().getResponse().getContentAsByteArray();
        String title = Demo.unique("导回的清单");
        assertThat(upload(title, exported).getResponse().getRedirectedUrl()).startsWith("/plans/");
        WorkPlan copy = plans.findAll().stream().filter(p -> p.getTitle().equals(title)).findFirst().orElseThrow();
        assertThat(copy.getTasks()).hasSameSizeAs(original.getTasks());
        for (int i = 0; i < original.getTasks().size(); i++) {
            Task a = original.getTasks().get(i);
            Task b = copy.getTasks().get(i);
            assertThat(List.of(b.category(), b.getNumber(), b.getTitle(), b.getDeadline().text(), b.partiesText(PartyRole.LEAD),
                    b.partiesText(PartyRole.RESPONSIBLE))).isEqualTo(List.of(a.category(), a.getNumber(), a.getTitle(),
                    a.getDeadline().text(), a.partiesText(PartyRole.LEAD), a.partiesText(PartyRole.RESPONSIBLE)));
        }
        for (int i : new int[] {0, 9, 12, 14, 15}) {
            assertThat(copy.getTasks().get(i).getQuotas()).extracting(Quota::describe)
                    .as("任务" + (i + 1) + "的指标").isEqualTo(original.getTasks().get(i).getQuotas().stream().map(Quota::describe).toList());
        }
    }
}
