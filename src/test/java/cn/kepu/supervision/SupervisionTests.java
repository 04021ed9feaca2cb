package cn.kepu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.kepu.attachment.Upload;
import cn.kepu.home.WorkItem;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.plan.LaggingAssignments;
import cn.kepu.plan.LaggingAssignments.Lagging;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.TestClock;
import cn.kepu.support.TestImages;
import cn.kepu.support.Users;

@KepuTest
@Isolated("moves the shared test clock")
class SupervisionTests {

    static final String XINTAI = "新泰市科学技术协会";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

    @Autowired
    NoticeSending sending;
    @Autowired
    NoticeReplying replying;
    @Autowired
    NoticeDecision decision;
    @Autowired
    NoticeCatalog catalog;
    @Autowired
    SupervisionBulletin bulletin;
    @Autowired
    SupervisionReminders reminders;
    @Autowired
    SupervisionFigures figures;
    @Autowired
    SupervisionNotices notices;
    @Autowired
    LaggingAssignments lagging;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    SupervisionWork work;

    @AfterEach
    void reset() {
        clock.reset();
        Users.nobody();
    }

    long id(String name) {
        return organizations.named(name).orElseThrow().getId();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    NoticeForm form(String unit) {
        NoticeForm f = new NoticeForm();
        f.setNumber(Demo.unique("测试督办"));
        f.setUnitId(id(unit));
        f.setRequirements("请于期限前报送整改情况。");
        f.setReplyBy(today().plusDays(5));
        return f;
    }

    SupervisionNotice sendAsTaian(String unit) {
        Users.as(users, "taian");
        SupervisionNotice n = sending.send(form(unit));
        Users.nobody();
        return n;
    }

    List<String> notificationTitles(String unit, long noticeId) {
        return jdbc.queryForList("select title from notification where organization_id = ? and link = ? order by id",
                String.class, id(unit), "/supervision-notices/" + noticeId);
    }

    long audits(long noticeId) {
        return jdbc.queryForObject("select count(*) from audit_event where object_type = '督办单' and object_id = ?", Long.class,
                String.valueOf(noticeId));
    }

    @Test
    @DisplayName("督办全流程：从岱岳区的逾期任务发督办单，岱岳区带证明材料回复，市科协退回，再次回复，市科协办结；每一步都通知对方并记入审计")
    void sendReplyReturnReplyAccept() throws Exception {
        Users.as(users, "taian");
        Lagging overdue = lagging.of(id(Demo.DAIYUE)).stream().filter(Lagging::overdue).findFirst().orElseThrow();
        NoticeForm f = sending.newForm(id(Demo.DAIYUE), overdue.assignmentId());
        assertThat(f.getNumber()).startsWith("督办〔" + today().getYear() + "〕").endsWith("号");
        f.setNumber(Demo.unique("测试督办"));
        f.setRequirements("请说明未完成原因并报送整改措施。");
        SupervisionNotice n = sending.send(f);
        assertThat(n.getState()).isEqualTo(NoticeState.PENDING);
        assertThat(n.getTasks()).singleElement().satisfies(t -> {
            assertThat(t.assignmentId()).isEqualTo(overdue.assignmentId());
            assertThat(t.label()).isEqualTo(overdue.title()).contains(overdue.taskTitle()).contains("完成时限：");
        });
        assertThat(notificationTitles(Demo.DAIYUE, n.getId())).containsExactly("收到督办单：" + n.getNumber());

        Users.as(users, "daiyue");
        assertThat(catalog.list(new NoticeCatalog.Filter(null, false, "to-reply"))).extracting(SupervisionNotice::getId).contains(n.getId());
        assertThat(work.items()).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo(WorkItem.Kind.TODO);
            assertThat(i.label()).isEqualTo("待回复的督办单");
            assertThat(i.count()).isPositive();
            assertThat(i.link()).isEqualTo("/supervision-notices?box=to-reply");
        }).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo(WorkItem.Kind.DEADLINE);
            assertThat(i.label()).isEqualTo("回复督办单" + n.getNumber());
            assertThat(i.due()).isEqualTo(n.getReplyBy());
        });
        replying.reply(n.getId(), new ReplyForm("活动已举办一半。", "下月补齐。", today().plusDays(30)),
                List.of(new Upload("现场.jpg", TestImages.jpeg(200, 100)), new Upload("总结.pdf", PDF)));
        assertThat(notices.findById(n.getId()).orElseThrow().getState()).isEqualTo(NoticeState.REPLIED);
        assertThat(notificationTitles(Demo.TAIAN, n.getId())).containsExactly("督办单已回复：" + n.getNumber());
        assertThatThrownBy(() -> replying.reply(n.getId(), new ReplyForm("再说一次", null, null), List.of()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("不能重复回复");

        Users.as(users, "taian");
        assertThat(catalog.list(new NoticeCatalog.Filter(null, false, "to-review"))).extracting(SupervisionNotice::getId).contains(n.getId());
        assertThat(work.items()).anySatisfy(i -> {
            assertThat(i.label()).isEqualTo("待审核的督办回复");
            assertThat(i.link()).isEqualTo("/supervision-notices?box=to-review");
        });
        assertThatThrownBy(() -> decision.giveBack(n.getId(), "  ")).isInstanceOf(RuleViolation.class)
                .hasMessage("退回时请填写退回原因，以便被督办单位重新回复");
        assertThat(notices.findById(n.getId()).orElseThrow().getState()).isEqualTo(NoticeState.REPLIED);
        decision.giveBack(n.getId(), "缺少活动照片以外的佐证");
        assertThat(notices.findById(n.getId()).orElseThrow().getState()).isEqualTo(NoticeState.RETURNED);

        Users.as(users, "daiyue");
        replying.reply(n.getId(), new ReplyForm("已全部完成。", "补充了活动新闻报道。", today().plusDays(10)), List.of());
        Users.as(users, "taian");
        decision.accept(n.getId());
        assertThat(catalog.list(new NoticeCatalog.Filter(null, false, "to-review"))).extracting(SupervisionNotice::getId)
                .doesNotContain(n.getId());

        SupervisionNotice closed = notices.findById(n.getId()).orElseThrow();
        assertThat(closed.getState()).isEqualTo(NoticeState.CLOSED);
        assertThat(closed.getReplies()).extracting(r -> r.getDecision()).containsExactly(SupervisionReply.Decision.RETURNED,
                SupervisionReply.Decision.ACCEPTED);
        assertThat(closed.getReplies().get(0).getReason()).isEqualTo("缺少活动照片以外的佐证");
        assertThat(catalog.files(closed).get(closed.getReplies().get(0).getId())).extracting(a -> a.name())
                .containsExactly("现场.jpg", "总结.pdf");
        assertThat(notificationTitles(Demo.DAIYUE, n.getId())).containsExactly("收到督办单：" + n.getNumber(),
                "督办回复被退回：" + n.getNumber(), "督办单已办结：" + n.getNumber());
        assertThat(audits(n.getId())).isEqualTo(5); // sent, replied, returned, replied, accepted

        Users.as(users, "daiyue");
        assertThatThrownBy(() -> replying.reply(n.getId(), new ReplyForm("又有进展", null, null), List.of()))
                .isInstanceOf(RuleViolation.class).hasMessage("督办单已办结，不能再回复");
    }

    @Test
    @DisplayName("编号按“督办〔年〕n号”建议下一个，同一督办单位不能重复；其他单位可用同一编号")
    void numbers() {
        Users.as(users, "taian");
        var taian = organizations.named(Demo.TAIAN).orElseThrow();
        assertThat(sending.suggestNumber(taian, 2031)).isEqualTo("督办〔2031〕1号");
        NoticeForm f = form(Demo.DAIYUE);
        f.setNumber("督办〔2031〕7号");
        sending.send(f);
        assertThat(sending.suggestNumber(taian, 2031)).isEqualTo("督办〔2031〕8号");
        assertThat(sending.suggestNumber(taian, 2022)).isEqualTo("督办〔2022〕3号"); // after the demo's 1号 and 2号

        long before = notices.count();
        NoticeForm again = form(XINTAI);
        again.setNumber("督办〔2031〕7号");
        assertThatThrownBy(() -> sending.send(again)).isInstanceOf(RuleViolation.class)
                .hasMessage("本单位已发出编号为“督办〔2031〕7号”的督办单，请换一个编号（建议"
                        + sending.suggestNumber(taian, today().getYear()) + "）");
        assertThat(notices.count()).isEqualTo(before);

        Users.as(users, "taishan");
        NoticeForm fromTaishan = new NoticeForm();
        fromTaishan.setNumber("督办〔2031〕7号");
        fromTaishan.setUnitId(organizations.subtree(organizations.named(Demo.TAISHAN).orElseThrow()).get(1).getId());
        fromTaishan.setRequirements("请整改。");
        fromTaishan.setReplyBy(today().plusDays(3));
        assertThat(sending.send(fromTaishan).getNumber()).isEqualTo("督办〔2031〕7号");
    }

    @Test
    @DisplayName("发督办单填错时逐项说明且不保存：没选单位、单位不在下级、回复期限已过、没填要求；选了别单位的任务也不行")
    void badNotices() {
        Users.as(users, "taian");
        long before = notices.count();
        NoticeForm empty = new NoticeForm();
        empty.setNumber(Demo.unique("测试督办"));
        empty.setReplyBy(today().minusDays(1));
        empty.setRequirements("  ");
        assertThatThrownBy(() -> sending.send(empty)).isInstanceOfSatisfying(RuleViolation.class, e ->
                assertThat(e.problems()).extracting(RuleViolation::field, Throwable::getMessage).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("unitId", "请选择被督办单位"),
                        org.assertj.core.groups.Tuple.tuple("requirements", "请填写督办要求"),
                        org.assertj.core.groups.Tuple.tuple("replyBy", "回复期限不能早于今天（" + today() + "）")));

        for (String outside : List.of(Demo.WEINAN, Demo.TAIAN, Demo.SHANDONG)) {
            NoticeForm f = form(outside);
            assertThatThrownBy(() -> sending.send(f)).isInstanceOf(RuleViolation.class)
                    .hasMessage("只能向泰安市科学技术协会的下级单位发督办单");
        }

        NoticeForm wrongTask = form(Demo.DAIYUE);
        Lagging xintaiTask = lagging.of(id(XINTAI)).get(0);
        wrongTask.setAssignmentIds(List.of(xintaiTask.assignmentId()));
        assertThatThrownBy(() -> sending.send(wrongTask)).isInstanceOf(RuleViolation.class)
                .hasMessage("只能选择岱岳区科学技术协会逾期或即将到期的任务");
        assertThat(notices.count()).isEqualTo(before);

        Users.as(users, "daiyue");
        assertThatThrownBy(() -> sending.send(form(Demo.DAIYUE))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("填报员不能发督办单");
        assertThat(notices.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("回复填错时不保存任何内容：没有情况说明、证明材料类型不对（说明按文件内容判断）；不是被督办单位的不能回复")
    void badReplies() throws Exception {
        SupervisionNotice n = sendAsTaian(Demo.DAIYUE);
        Users.as(users, "daiyue");
        byte[] photo = TestImages.jpeg(50, 50);
        assertThatThrownBy(() -> replying.reply(n.getId(), new ReplyForm(" ", "措施", null), List.of()))
                .isInstanceOf(RuleViolation.class).hasMessage("请填写情况说明");
        assertThatThrownBy(() -> replying.reply(n.getId(), new ReplyForm("情况", "措施", null),
                List.of(new Upload("照片.jpg", photo), new Upload("整改报告.docx", "这不是Word文件".getBytes()))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("files");
                    assertThat(e.getMessage()).startsWith("“整改报告.docx”不是可接受的证明材料");
                });
        SupervisionNotice after = notices.findById(n.getId()).orElseThrow();
        assertThat(after.getState()).isEqualTo(NoticeState.PENDING);
        assertThat(after.getReplies()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from attachment where owner_type = 'supervision-reply' and owner_id not in "
                + "(select id from supervision_reply)", Long.class)).isZero();

        Users.as(users, "taian");
        assertThatThrownBy(() -> replying.reply(n.getId(), new ReplyForm("情况", null, null), List.of()))
                .isInstanceOf(RuleViolation.class).hasMessage("只有被督办单位“岱岳区科学技术协会”可以回复此督办单");
        assertThatThrownBy(() -> decision.accept(n.getId())).isInstanceOf(RuleViolation.class)
                .hasMessage("督办单待回复，没有待审核的回复");
    }

    @Test
    @DisplayName("过了回复期限仍未回复的标为逾期未回复、排在最前；提醒在到期前一天和逾期后每天各发一次")
    void overdueAndReminders() {
        SupervisionNotice n = sendAsTaian(Demo.DAIYUE);
        LocalDate replyBy = n.getReplyBy();
        Users.as(users, "taian");
        assertThat(catalog.list(new NoticeCatalog.Filter(null, true, null))).extracting(SupervisionNotice::getId).doesNotContain(n.getId());

        clock.advance(Duration.ofDays(replyBy.toEpochDay() - today().toEpochDay() - 1)); // the day before
        reminders.run();
        reminders.run();
        assertThat(notificationTitles(Demo.DAIYUE, n.getId())).containsExactly("收到督办单：" + n.getNumber(),
                "督办单明天到期：" + n.getNumber());

        clock.advance(Duration.ofDays(2)); // the day after the reply-by date
        assertThat(notices.findById(n.getId()).orElseThrow().overdueOn(today())).isTrue();
        List<SupervisionNotice> overdue = catalog.list(new NoticeCatalog.Filter(null, true, null));
        assertThat(overdue).extracting(SupervisionNotice::getId).contains(n.getId());
        assertThat(overdue).allMatch(o -> o.overdueOn(today()));
        List<SupervisionNotice> all = catalog.list(NoticeCatalog.Filter.all());
        int firstNotOverdue = all.stream().filter(o -> !o.overdueOn(today())).findFirst().map(all::indexOf).orElse(all.size());
        assertThat(all.indexOf(all.stream().filter(o -> o.getId().equals(n.getId())).findFirst().orElseThrow()))
                .isLessThan(firstNotOverdue);
        reminders.run();
        assertThat(reminders.run()).as("同一天不再提醒").isZero();
        clock.advance(Duration.ofDays(1));
        reminders.run();
        assertThat(notificationTitles(Demo.DAIYUE, n.getId())).containsExactly("收到督办单：" + n.getNumber(),
                "督办单明天到期：" + n.getNumber(), "督办单逾期未回复：" + n.getNumber(), "督办单逾期未回复：" + n.getNumber());

        Users.as(users, "daiyue");
        replying.reply(n.getId(), new ReplyForm("逾期回复", null, null), List.of());
        assertThat(notices.findById(n.getId()).orElseThrow().overdueOn(today())).as("回复后不再逾期").isFalse();
    }

    @Test
    @DisplayName("数据权限：岱岳区填报员看不到、回复不了发给新泰市的督办单（服务、页面地址、接口都是404），也不能发督办单")
    void scope() throws Exception {
        SupervisionNotice xintai = sendAsTaian(XINTAI);
        SupervisionNotice daiyue = sendAsTaian(Demo.DAIYUE);
        Users.as(users, "daiyue");
        assertThatThrownBy(() -> catalog.notice(xintai.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> replying.reply(xintai.getId(), new ReplyForm("试图回复", null, null), List.of()))
                .isInstanceOf(NotFoundException.class);
        assertThat(catalog.list(NoticeCatalog.Filter.all())).extracting(SupervisionNotice::getId)
                .contains(daiyue.getId()).doesNotContain(xintai.getId())
                .allSatisfy(id -> assertThat(notices.findById(id).orElseThrow().getUnit().getName()).isEqualTo(Demo.DAIYUE));
        Users.as(users, "taishan");
        assertThat(catalog.list(NoticeCatalog.Filter.all())).extracting(SupervisionNotice::getId)
                .doesNotContain(xintai.getId(), daiyue.getId());
        Users.nobody();

        var page = user(users.loadUserByUsername("daiyue"));
        String body = mvc.perform(get("/supervision-notices/{id}", xintai.getId()).with(page))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("不在您的数据权限范围内").doesNotContain(xintai.getNumber());
        mvc.perform(multipart("/supervision-notices/{id}/reply", xintai.getId()).param("situation", "试图回复").with(page).with(csrf()))
                .andExpect(status().isNotFound());
        String list = mvc.perform(get("/supervision-notices").with(page)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains(daiyue.getNumber()).doesNotContain(xintai.getNumber()).doesNotContain("从逾期任务发起督办");
        mvc.perform(post("/supervision-notices").with(page).with(csrf()).param("unitId", String.valueOf(id(Demo.DAIYUE)))
                .param("number", "督办〔2099〕1号").param("requirements", "x").param("replyBy", today().plusDays(3).toString()))
                .andExpect(status().isForbidden());

        var api = httpBasic("daiyue", Demo.PASSWORD);
        mvc.perform(get("/api/v1/supervision-notices/{id}", xintai.getId()).with(api)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("督办单不存在，或不在您的数据权限范围内"));
        mvc.perform(post("/api/v1/supervision-notices/{id}/reply", xintai.getId()).with(api)
                .contentType(MediaType.APPLICATION_JSON).content("{\"situation\":\"试图回复\"}")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/supervision-notices").with(api).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + id(Demo.DAIYUE) + ",\"requirements\":\"x\",\"replyBy\":\"" + today().plusDays(3) + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/supervision-notices").with(api)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + xintai.getId() + ")]").isEmpty())
                .andExpect(jsonPath("$[?(@.id == " + daiyue.getId() + ")].unit").value(Demo.DAIYUE));
        assertThat(notices.findById(xintai.getId()).orElseThrow().getReplies()).isEmpty();
    }

    @Test
    @DisplayName("接口：发督办单自动编号，回复缺情况说明或材料类型不对时400并说明，退回须填原因，带材料回复后办结")
    void api() throws Exception {
        var taian = httpBasic("taian", Demo.PASSWORD);
        var daiyue = httpBasic("daiyue", Demo.PASSWORD);
        String created = mvc.perform(post("/api/v1/supervision-notices").with(taian).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + id(Demo.DAIYUE) + ",\"matters\":\"科普日活动数不足\",\"requirements\":\"请报送整改措施\","
                                + "\"replyBy\":\"" + today().plusDays(3) + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.matchesPattern("督办〔" + today().getYear() + "〕\\d+号")))
                .andExpect(jsonPath("$.stateLabel").value("待回复"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post("/api/v1/supervision-notices").with(taian).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + id(Demo.WEINAN) + ",\"requirements\":\"\",\"replyBy\":\"2020-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("unitId", "requirements", "replyBy")));

        mvc.perform(post("/api/v1/supervision-notices/{id}/reply", id).with(daiyue).contentType(MediaType.APPLICATION_JSON)
                .content("{\"measures\":\"加紧办\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("situation"))
                .andExpect(jsonPath("$.detail").value("请填写情况说明"));
        mvc.perform(multipart("/api/v1/supervision-notices/{id}/reply", id)
                        .file(new MockMultipartFile("files", "报告.xlsx", "application/octet-stream", "不是表格".getBytes()))
                        .param("situation", "已整改").with(daiyue))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("“报告.xlsx”不是可接受的证明材料")));
        assertThat(notices.findById(id).orElseThrow().getReplies()).isEmpty();
        mvc.perform(multipart("/api/v1/supervision-notices/{id}/reply", id)
                        .file(new MockMultipartFile("files", "报告.pdf", "application/pdf", PDF))
                        .param("situation", "已整改").param("measures", "补办两场活动").param("expectedCompletion", today().plusDays(9).toString())
                        .with(daiyue))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stateLabel").value("已回复"))
                .andExpect(jsonPath("$.replies[0].measures").value("补办两场活动"))
                .andExpect(jsonPath("$.replies[0].files[0].name").value("报告.pdf"));
        mvc.perform(post("/api/v1/supervision-notices/{id}/return", id).with(taian).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/supervision-notices/{id}/accept", id).with(daiyue)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/supervision-notices/{id}/accept", id).with(taian)).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED"));
        mvc.perform(post("/api/v1/supervision-notices/{id}/reply", id).with(daiyue).contentType(MediaType.APPLICATION_JSON)
                .content("{\"situation\":\"补充\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("督办单已办结，不能再回复"));
    }

    @Test
    @DisplayName("督查通报是Word公文：督办单位、文号、“关于2022年度督办事项办理情况的通报”，表格列出该期间的督办单及办理情况和整改措施")
    void bulletinAsWord() throws Exception {
        Users.as(users, "taian");
        byte[] docx = bulletin.write(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).startsWith(Demo.TAIAN, "督查通报〔2022〕第1期", "关于2022年度督办事项办理情况的通报");
            assertThat(String.join("\n", paragraphs)).contains("共发出督办单2件，已办结1件，已回复待审核0件，待回复1件（其中逾期未回复1件）");
            XWPFTable table = doc.getTables().get(0);
            List<List<String>> rows = table.getRows().stream()
                    .map(r -> r.getTableCells().stream().map(c -> c.getText()).toList()).toList();
            assertThat(rows.get(0)).containsExactly("编号", "单位", "督办事项", "回复期限", "办理情况", "整改措施");
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1)).startsWith("督办〔2022〕1号", Demo.DAIYUE);
            assertThat(rows.get(1).get(2)).contains("泰安市科协2022年科普工作任务清单");
            assertThat(rows.get(1).get(3)).isEqualTo("2022年11月20日");
            assertThat(rows.get(1).get(4)).isEqualTo("已办结");
            assertThat(rows.get(1).get(5)).startsWith("一是调整活动方式");
            assertThat(rows.get(2)).startsWith("督办〔2022〕2号", XINTAI);
            assertThat(rows.get(2).get(4)).isEqualTo("待回复（逾期未回复）");
        }
        byte[] other = bulletin.write(LocalDate.of(2022, 11, 15), LocalDate.of(2022, 12, 31), "泰科协督〔2022〕9号");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(other))) {
            assertThat(doc.getParagraphs().get(1).getText()).isEqualTo("泰科协督〔2022〕9号");
            assertThat(doc.getParagraphs().get(2).getText()).isEqualTo("关于2022年11月15日至2022年12月31日督办事项办理情况的通报");
            assertThat(doc.getTables().get(0).getRows()).extracting((XWPFTableRow r) -> r.getCell(0).getText())
                    .containsExactly("编号", "督办〔2022〕2号");
        }
        assertThatThrownBy(() -> bulletin.write(LocalDate.of(2022, 12, 31), LocalDate.of(2022, 1, 1), null))
                .isInstanceOf(RuleViolation.class).hasMessage("通报的结束日期早于开始日期");
        Users.as(users, "daiyue");
        assertThatThrownBy(() -> bulletin.write(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    @DisplayName("考核读取的督办次数：按单位统计期间内收到的督办单，读者看不到的单位不出现")
    void noticesReceived() {
        List<Long> units = List.of(id(Demo.DAIYUE), id(XINTAI), id(Demo.TAISHAN), id(Demo.WEINAN));
        LocalDate from = LocalDate.of(2022, 1, 1);
        LocalDate to = LocalDate.of(2022, 12, 31);
        Users.as(users, "taian");
        Map<Long, Integer> taian = figures.noticesReceived(units, from, to);
        assertThat(taian).containsEntry(id(Demo.DAIYUE), 1).containsEntry(id(XINTAI), 1)
                .doesNotContainKeys(id(Demo.TAISHAN), id(Demo.WEINAN));
        assertThat(figures.noticesReceived(units, LocalDate.of(2022, 11, 15), to)).containsOnlyKeys(id(XINTAI));

        Map<Long, Integer> todayBefore = figures.noticesReceived(units, today(), today());
        sendAsTaian(Demo.TAISHAN);
        sendAsTaian(Demo.TAISHAN);
        Users.as(users, "taian");
        assertThat(figures.noticesReceived(units, today(), today()).get(id(Demo.TAISHAN)))
                .isEqualTo(todayBefore.getOrDefault(id(Demo.TAISHAN), 0) + 2);

        Users.as(users, "daiyue");
        assertThat(figures.noticesReceived(units, from, to)).containsOnlyKeys(id(Demo.DAIYUE));
        Users.as(users, "weinan");
        assertThat(figures.noticesReceived(units, from, to)).isEmpty();
    }
}
