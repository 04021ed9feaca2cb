package cn.kepu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.kepu.attachment.Attachment;
import cn.kepu.attachment.Attachments;
import cn.kepu.attachment.Owner;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;

@KepuTest
class PlanScopeAndSheetTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkPlans plans;
    @Autowired
    Assignments assignments;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;

    RequestPostProcessor page(String username) {
        return user(users.loadUserByUsername(username));
    }

    WorkPlan plan(String titlePart) {
        return plans.findAll().stream().filter(p -> p.getTitle().contains(titlePart)).findFirst().orElseThrow();
    }

    long assignmentOf(WorkPlan plan, String number, String unit) {
        Task task = plan.getTasks().stream().filter(t -> number.equals(t.getNumber())).findFirst().orElseThrow();
        return assignments.findByTask_IdAndOrganization_Id(task.getId(), organizations.named(unit).orElseThrow().getId())
                .orElseThrow().getId();
    }

    @Test
    @DisplayName("岱岳区填报员：看不到泰山区的任务分解（页面地址、台账接口、填报接口），也看不到泰山区自己的计划")
    void reporterReachesNoOtherCountysAssignments() throws Exception {
        WorkPlan checklist = plan("2022年科普工作任务清单");
        long taishan = assignmentOf(checklist, "1", Demo.TAISHAN);
        long daiyue = assignmentOf(checklist, "1", Demo.DAIYUE);

        String page = mvc.perform(get("/assignments/{id}", taishan).with(page("daiyue")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("任务分解不存在，或不在您的数据权限范围内").doesNotContain("泰山区科学技术协会");
        mvc.perform(get("/assignments/{id}", daiyue).with(page("daiyue"))).andExpect(status().isOk());

        String ledger = mvc.perform(get("/api/v1/ledger").param("plan", checklist.getId().toString())
                        .with(httpBasic("daiyue", Demo.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ledger).contains(Demo.DAIYUE).doesNotContain(Demo.TAISHAN);

        mvc.perform(post("/api/v1/assignments/{id}/progress", taishan).with(httpBasic("daiyue", Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"state\":\"DONE\",\"text\":\"越权填报\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("任务分解不存在，或不在您的数据权限范围内"));
        mvc.perform(get("/api/v1/plans/{id}", plan("泰山区全民科学素质").getId()).with(httpBasic("daiyue", Demo.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans/{id}", checklist.getId()).with(httpBasic("daiyue", Demo.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sections[0].tasks[0].quotas[0].comparator").value(">="));
        mvc.perform(post("/api/v1/plans").with(httpBasic("daiyue", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"越权计划\",\"periodFrom\":2026}")).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("接口新建任务时时限读不懂：400，中文说明，计划中没有多出任务")
    void apiExplainsBadDeadlines() throws Exception {
        String created = mvc.perform(post("/api/v1/plans").with(httpBasic("taian", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"" + Demo.unique("接口计划") + "\",\"periodFrom\":2026,\"issuerId\":"
                                + organizations.named(Demo.TAIAN).orElseThrow().getId() + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/plans/{id}/tasks", id).with(httpBasic("taian", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"科普日\",\"deadline\":\"九月份左右\",\"responsible\":\"泰山区\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("无法识别完成时限“九月份左右”")));
        assertThat(plans.findById(id).orElseThrow().getTasks()).isEmpty();
    }

    @Test
    @DisplayName("导出计划为清单格式：标题行、冻结表头、按重点工作项目合并单元格；台账导出含逾期标记")
    void exportsInTheChecklistLayout() throws Exception {
        WorkPlan checklist = plan("2022年科普工作任务清单");
        byte[] xlsx = mvc.perform(get("/plans/{id}/export", checklist.getId()).with(page("taian")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("泰安市科协2022年科普工作任务清单");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("重点工作项目");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("1");
            assertThat(sheet.getRow(19).getCell(1).getStringCellValue()).isEqualTo("18");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(2, 9, 0, 0));
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        }
        byte[] ledger = mvc.perform(get("/ledger/export").param("planId", checklist.getId().toString()).param("flag", "overdue")
                        .with(page("taian")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ledger))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as("标题行写明筛选条件").endsWith("（标记：逾期）");
            assertThat(sheet.getRow(1).getCell(13).getStringCellValue()).isEqualTo("标记");
            assertThat(sheet.getLastRowNum()).isGreaterThan(3);
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(13).getStringCellValue()).isEqualTo("逾期");
            }
        }
    }

    @Test
    @DisplayName("接口填报进展可附证明材料：类型按内容判断，错误时 400 且不保存")
    void apiTakesEvidenceFiles() throws Exception {
        long daiyue = assignmentOf(plan("2022年科普工作任务清单"), "12", Demo.DAIYUE);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/assignments/{id}/progress", daiyue)
                        .file(new MockMultipartFile("files", "假照片.jpg", "image/jpeg", "文本".getBytes()))
                        .param("state", "IN_PROGRESS").param("text", "接口填报").with(httpBasic("daiyue", Demo.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("“假照片.jpg”不是可接受的证明材料")));
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/assignments/{id}/progress", daiyue)
                        .file(new MockMultipartFile("files", "现场.png", "image/png", png))
                        .param("state", "IN_PROGRESS").param("text", "接口填报").param("links", "https://example.cn/news/1")
                        .with(httpBasic("daiyue", Demo.PASSWORD)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.evidence").value(2));
    }

    @Test
    @DisplayName("新页面和接口的数据权限：计划详情、导出、台账页面、计划修改、证明材料下载")
    void everyNewPageKeepsToTheScope(@Autowired Attachments attachments) throws Exception {
        WorkPlan literacy = plan("泰山区全民科学素质");
        WorkPlan checklist = plan("2022年科普工作任务清单");
        mvc.perform(get("/plans/{id}", literacy.getId()).with(page("daiyue"))).andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/export", literacy.getId()).with(page("daiyue"))).andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}", literacy.getId()).with(page("weinan"))).andExpect(status().isNotFound());
        String plansApi = mvc.perform(get("/api/v1/plans").with(httpBasic("weinan", Demo.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(plansApi).doesNotContain("泰安").doesNotContain("泰山");

        String ledgerPage = mvc.perform(get("/ledger").param("planId", checklist.getId().toString()).with(page("daiyue")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ledgerPage).contains(Demo.DAIYUE).doesNotContain(Demo.TAISHAN);

        mvc.perform(post("/plans/{id}/publish", checklist.getId()).with(page("daiyue"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/plans/{id}/tasks", checklist.getId()).with(httpBasic("taishan", Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"越权任务\"}"))
                .andExpect(status().isNotFound());

        long taishan = assignmentOf(checklist, "3", Demo.TAISHAN);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2};
        String created = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/assignments/{id}/progress", taishan)
                        .file(new MockMultipartFile("files", "乡村振兴.png", "image/png", png))
                        .param("state", "IN_PROGRESS").with(httpBasic("taishan", Demo.PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long report = Long.parseLong(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        Attachment file = attachments.of(Owner.progressReport(report)).get(0);
        assertThat(file.name()).isEqualTo("乡村振兴.png");
        String url = "/assignments/{a}/reports/{r}/files/{f}";
        mvc.perform(get(url, taishan, report, file.id()).with(page("daiyue"))).andExpect(status().isNotFound());
        long daiyue = assignmentOf(checklist, "3", Demo.DAIYUE);
        mvc.perform(get(url, daiyue, report, file.id()).with(page("daiyue"))).andExpect(status().isNotFound());
        assertThat(mvc.perform(get(url, taishan, report, file.id()).with(page("taishan"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(png);
    }
}
