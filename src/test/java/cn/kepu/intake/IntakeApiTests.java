package cn.kepu.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;

@KepuTest
class IntakeApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    IntakeDrafts drafts;

    /** Starts a reading (202 with its Location) and asks after it until it is no longer RUNNING: the answer then. */
    ResultActions read(AbstractMockHttpServletRequestBuilder<?> start, String user) throws Exception {
        ResultActions answer = mvc.perform(start.with(httpBasic(user, Demo.PASSWORD)));
        MvcResult started = answer.andReturn();
        if (started.getResponse().getStatus() != 202) {
            return answer;
        }
        assertThat(started.getResponse().getContentAsString()).contains("\"state\":\"RUNNING\"");
        String location = started.getResponse().getHeader("Location");
        for (int i = 0; i < 300; i++) {
            ResultActions now = mvc.perform(get(location).with(httpBasic(user, Demo.PASSWORD)));
            if (!now.andReturn().getResponse().getContentAsString().contains("\"state\":\"RUNNING\"")) {
                return now;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the reading did not end: " + location);
    }

    @Test
    @DisplayName("审核页的每行写明所在小标题：“3.开展座谈交流”下的一是至五是带着它，不再丢掉这一条")
    void aParentItemIsKeptAsTheSectionOfItsSubItems() throws Exception {
        IntakeDraft draft = drafts.from(new PlanParser().parse(PlanParserTests.seed("taian-opinions-workplan.txt")), "工作方案.txt", null);
        assertThat(draft.getRows()).filteredOn(r -> r.getTitle().startsWith("组织纲要成员单位专题研讨"))
                .singleElement().satisfies(r -> assertThat(r.getSection()).isEqualTo("精心组织学习研讨"));
        assertThat(draft.getRows()).filteredOn(r -> r.getSection().equals("精心组织学习研讨 › 3. 开展座谈交流"))
                .extracting(IntakeDraft.Row::getNumber).containsExactly("一是", "二是", "三是", "四是", "五是");
    }

    static byte[] docx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("2024年某市科协科普工作清单");
            XWPFTable table = doc.createTable(2, 4);
            String[][] cells = {{"序号", "工作任务", "责任单位", "完成时限"}, {"1", "全国科普日活动，各县市区不少于60项", "各县市区科协", "2024年9月"}};
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 4; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    @DisplayName("接口解析 Word 表格：表格行成为任务，带时限和指标；不保存任何东西")
    void parsesADocxTable() throws Exception {
        read(multipart("/api/v1/intake/parse").file(new MockMultipartFile("file", "清单.docx", null, docx())), "taian")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DONE"))
                .andExpect(jsonPath("$.proposal.title").value("2024年某市科协科普工作清单"))
                .andExpect(jsonPath("$.proposal.sections[0].tasks[0].responsible[0]").value("各县市区科协"))
                .andExpect(jsonPath("$.proposal.sections[0].tasks[0].deadline.end").value("2024-09-30"))
                .andExpect(jsonPath("$.proposal.sections[0].tasks[0].quotas[0].target").value(60));
    }

    @Test
    @DisplayName("接口解析粘贴的文字；空文件、二进制文件各有中文说明；填报员无权使用")
    void textBodyAndBadFiles() throws Exception {
        read(post("/api/v1/intake/parse").contentType(MediaType.TEXT_PLAIN)
                        .content("某区科普工作要点\n一、活动\n1.举办科技周。（区科协负责）".getBytes(StandardCharsets.UTF_8)), "taian")
                .andExpect(status().isOk()).andExpect(jsonPath("$.proposal.sections[0].tasks[0].responsible[0]").value("区科协"));
        read(multipart("/api/v1/intake/parse").file(new MockMultipartFile("file", "空.txt", null, new byte[0])), "taian")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("文件是空的"));
        read(multipart("/api/v1/intake/parse").file(new MockMultipartFile("file", "a.bin", null, new byte[] {0, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 5})), "taian")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(Matchers.startsWith("文件不是可识别的文档")));
        // Someone else's reading is not there for them, and one nobody asks after is gone (ReadingJobs).
        String location = mvc.perform(post("/api/v1/intake/parse").contentType(MediaType.TEXT_PLAIN).content("一、活动".getBytes(StandardCharsets.UTF_8))
                .with(httpBasic("taian", Demo.PASSWORD))).andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(httpBasic("admin", Demo.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/intake/parse").contentType(MediaType.TEXT_PLAIN).content("x")
                .with(httpBasic("daiyue", Demo.PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("旧版 .doc、加密或损坏的文件、无文字层的 PDF：明确的中文原因")
    void unreadableDocuments() throws Exception {
        assertThatThrownBy(() -> DocumentText.read("a.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}, 1000))
                .hasMessageStartingWith("文件是旧版 Word（.doc）或已加密");
        assertThatThrownBy(() -> DocumentText.read("a.pdf", "%PDF-1.4 broken".getBytes(), 1000))
                .hasMessage("无法读取 PDF 文件：文件已损坏");
        try (var pdf = new PDDocument(); var out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage());
            pdf.save(out);
            assertThatThrownBy(() -> DocumentText.read("scan.pdf", out.toByteArray(), 1_000_000))
                    .hasMessageStartingWith("PDF 中没有文字层");
        }
        assertThatThrownBy(() -> DocumentText.read("big.txt", new byte[2048], 1024)).hasMessageStartingWith("文件超过");
        assertThat(DocumentText.read("gbk.txt", "一、活动".getBytes("GB18030"), 1000)).isEqualTo("一、活动");
    }
}
