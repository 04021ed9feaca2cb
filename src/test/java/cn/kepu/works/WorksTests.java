package cn.kepu.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import cn.kepu.expert.Expert;
import cn.kepu.expert.ExpertRegistry;
import cn.kepu.home.WorkItem;
import cn.kepu.org.OrgLevel;
import cn.kepu.org.ScopedUser;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.OrganizationForm;
import cn.kepu.org.OrganizationManagement;
import cn.kepu.org.UnitType;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Users;

@KepuTest
class WorksTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] MP4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm'};

    @Autowired
    CallManagement management;
    @Autowired
    WorkSubmission submission;
    @Autowired
    WorkReview review;
    @Autowired
    WorkCatalog catalog;
    @Autowired
    WorkCalls calls;
    @Autowired
    Works works;
    @Autowired
    WorksWorkbench workbench;
    @Autowired
    ExpertRegistry experts;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    OrganizationManagement organizationManagement;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;
    @Autowired
    cn.kepu.notice.Notifications notifications;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Organization unit(String prefix, OrgLevel level, Long parentId) {
        Users.as(users, "admin");
        OrganizationForm f = new OrganizationForm();
        f.setName(Demo.unique(prefix));
        f.setUnitType(UnitType.ASSOCIATION);
        f.setLevel(level);
        f.setParentId(parentId);
        return organizationManagement.create(f);
    }

    /** A city of its own under the province (never under 泰安市), with its own county. */
    Organization freshCity() {
        return unit("作品测试市科学技术协会", OrgLevel.CITY, organizations.named(Demo.SHANDONG).orElseThrow().getId());
    }

    /** A call by this issuer, open today, with 短视频 (mp4 or link), 挂图 (pdf/jpg/png ≤ 1MB) and 科普图书 (pdf), as the administrator. */
    WorkCall call(Organization issuer) {
        Users.as(users, "admin");
        CallForm f = CallForm.blank().choose(WorkCategory.VIDEO).choose(WorkCategory.POSTER).choose(WorkCategory.BOOK);
        f.getRows().stream().filter(r -> r.getCategory() == WorkCategory.POSTER).forEach(r -> r.setMaxMb("1"));
        f.setIssuerId(issuer.getId());
        f.setTitle(Demo.unique("科普创作大赛（测试）"));
        f.setYear(today().getYear());
        f.setOpensOn(today().minusDays(3));
        f.setClosesOn(today().plusDays(10));
        WorkCall call = management.open(f);
        Users.nobody();
        return call;
    }

    static SubmissionForm form(WorkCategory category, String title, String authors, String unit, String phone, String link) {
        SubmissionForm f = new SubmissionForm();
        f.setCategory(category);
        f.setTitle(title);
        f.setAuthors(authors);
        f.setAuthorUnit(unit);
        f.setPhone(phone);
        f.setLink(link);
        f.setOriginal(true);
        f.setConsent(true);
        return f;
    }

    MockMultipartHttpServletRequestBuilder publicly(WorkCall call, String address, String category, String title, String authors,
            String link) {
        MockMultipartHttpServletRequestBuilder b = multipart("/public/work-calls/" + call.getId());
        b.with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        b.param("category", category).param("title", title).param("authors", authors).param("authorUnit", "泰山实验中学")
                .param("phone", "13912345678").param("original", "true").param("consent", "true");
        if (link != null) {
            b.param("link", link);
        }
        return b;
    }

    /**
     * An expert of the demo registry, by name: tests do not add experts (ExpertTests counts the registry while other
     * classes run beside it).
     */
    Expert expert(String name) {
        Users.as(users, "admin");
        return experts.experts(new ExpertRegistry.Filter(name, null, null, null, false, null), 0, 20).getContent().stream()
                .filter(e -> e.getName().equals(name)).findFirst().orElseThrow();
    }

    /** The issuing unit's staff (工作人员): a principal of that unit with its subtree, as the account module's would be. */
    static void asStaffOf(Organization unit) {
        record Staff(Long organizationId) implements ScopedUser {
            public boolean seesEverything() {
                return false;
            }

            public boolean ownUnitOnly() {
                return false;
            }

            public boolean administersUnits() {
                return false;
            }
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new Staff(unit.getId()), null, AuthorityUtils.createAuthorityList("ROLE_STAFF", "ROLE_REPORTER")));
    }

    static String body(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("公众不登录提交作品：电话加密保存、列表只显示掩码；截止后、格式不符、超过大小、重复、同一地址当天超过5件均被拒绝，页面保留所填内容")
    void publicSubmissionLimits() throws Exception {
        WorkCall call = call(freshCity());
        String address = "10.20." + (System.nanoTime() % 200) + ".7";

        String page = body(mvc.perform(publicly(call, address, "VIDEO", "水的旅行", "王小明", "https://v.example.com/1"))
                .andExpect(status().is3xxRedirection()));
        assertThat(page).isEmpty();
        Work w = works.findByCall_IdOrderByCategoryAscIdAsc(call.getId()).get(0);
        assertThat(w.getPhoneMasked()).isEqualTo("139****5678");
        assertThat(w.getPhoneSealed()).isNotBlank().doesNotContain("13912345678");
        assertThat(w.getSubmittedBy()).isEqualTo("公众");
        assertThat(w.getSubmittingUnit()).isNull();

        // Wrong format by content: a PDF as 短视频, a PNG-less PDF ok for 图书, a DOCX as 图书 (a document, yet not a pdf).
        assertThat(body(mvc.perform(publicly(call, address, "VIDEO", "不是视频", "李四", null)
                .file(new MockMultipartFile("file", "片子.mp4", "video/mp4", PDF))).andExpect(status().isOk())))
                .contains("“片子.mp4”不是短视频接受的格式，应为mp4文件").contains("value=\"不是视频\"");
        assertThat(body(mvc.perform(publicly(call, address, "BOOK", "伪装的图书", "李四", null)
                .file(new MockMultipartFile("file", "书.pdf", "application/pdf", docx()))).andExpect(status().isOk())))
                .contains("“书.pdf”不是科普图书接受的格式，应为pdf文件");
        // Size: 挂图 at most 1MB here.
        byte[] big = new byte[1_500_000];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThat(body(mvc.perform(publicly(call, address, "POSTER", "大挂图", "李四", null)
                .file(new MockMultipartFile("file", "挂图.pdf", "application/pdf", big))).andExpect(status().isOk())))
                .contains("“挂图.pdf”超过1");
        // 挂图 takes no link; nothing given at all.
        assertThat(body(mvc.perform(publicly(call, address, "POSTER", "链接挂图", "李四", "https://x.example.com")).andExpect(status().isOk())))
                .contains("“挂图”类作品须上传文件，不接受链接");
        // Both statements are required.
        assertThat(body(mvc.perform(multipart("/public/work-calls/" + call.getId()).with(csrf()).param("category", "VIDEO")
                .param("title", "未勾选").param("authors", "赵六").param("authorUnit", "某校").param("phone", "13912345678")
                .param("link", "https://v.example.com/9")).andExpect(status().isOk())))
                .contains("请确认作品为原创").contains("请同意主办单位公开展示获奖作品");
        // Duplicate: the same title by the same authors.
        assertThat(body(mvc.perform(publicly(call, "10.99.0.1", "VIDEO", "水的旅行", "王小明", "https://v.example.com/2"))
                .andExpect(status().isOk()))).contains("本次征集已收到王小明的作品“水的旅行”，请勿重复提交");
        assertThat(works.findByCall_IdOrderByCategoryAscIdAsc(call.getId())).as("refused ones left nothing").hasSize(1);

        // A right file is stored.
        mvc.perform(publicly(call, address, "BOOK", "真正的图书", "李四", null)
                .file(new MockMultipartFile("file", "书.pdf", "application/pdf", PDF))).andExpect(status().is3xxRedirection());
        // Per address: 5 a day per call (2 stored so far from this address).
        for (int i = 3; i <= 5; i++) {
            mvc.perform(publicly(call, address, "VIDEO", "作品" + i, "张三", "https://v.example.com/a" + i))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(body(mvc.perform(publicly(call, address, "VIDEO", "作品6", "张三", "https://v.example.com/a6"))
                .andExpect(status().isOk()))).contains("同一网络地址每天最多向本次征集提交5件作品，今天已提交5件，请明天再提交");
        mvc.perform(publicly(call, "10.99.0.2", "VIDEO", "作品6", "张三", "https://v.example.com/a6"))
                .andExpect(status().is3xxRedirection());
        assertThat(submissionCount(call)).as("水的旅行, 真正的图书, 作品3—5 and 作品6 from another address").isEqualTo(6);

        // After the deadline.
        WorkCall stored = calls.findById(call.getId()).orElseThrow();
        stored.backdate(today().minusDays(30), today().minusDays(1));
        calls.saveAndFlush(stored);
        assertThat(body(mvc.perform(publicly(call, "10.99.0.3", "VIDEO", "迟到的作品", "钱七", "https://v.example.com/late"))
                .andExpect(status().isOk()))).contains("现在不接收作品");
        assertThatThrownBy(() -> submission.submitPublicly(call.getId(),
                form(WorkCategory.VIDEO, "迟到的作品", "钱七", "某校", "13912345678", "https://v.example.com/late"), null, "10.99.0.3"))
                .isInstanceOf(RuleViolation.class).hasMessage("征集已于" + today().minusDays(1) + "截止，不再接收作品");
    }

    long submissionCount(WorkCall call) {
        return works.findByCall_IdOrderByCategoryAscIdAsc(call.getId()).size();
    }

    static byte[] docx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    @DisplayName("专家评分：超出0—100或多于一位小数被拒绝；专家与作者同单位须回避；五位专家评分去掉最高和最低取平均；未审查的作品不能评分")
    void scoring() {
        Organization city = freshCity();
        WorkCall call = call(city);
        String school = "泰山学院";
        Work mine = submission.submitPublicly(call.getId(), form(WorkCategory.VIDEO, "光的秘密", "周八", school, "13812345678",
                "https://v.example.com/light"), null, "10.30.0.1");
        Work other = submission.submitPublicly(call.getId(), form(WorkCategory.VIDEO, "声音的形状", "吴九", "别的学校", "13812345679",
                "https://v.example.com/sound"), null, "10.30.0.1");
        Expert sameUnit = expert("赵雅琴");
        List<Expert> panel = List.of(expert("张宪法"), expert("王立红"), expert("刘振华"), expert("陈建军"), expert("孙国栋"));
        Users.as(users, "admin");
        review.assign(call.getId(), sameUnit.getId());
        panel.forEach(e -> review.assign(call.getId(), e.getId()));
        assertThatThrownBy(() -> review.assign(call.getId(), sameUnit.getId())).hasMessage("赵雅琴已在评审专家组中");

        assertThatThrownBy(() -> review.score(other.getId(), panel.get(0).getId(), new BigDecimal("80")))
                .isInstanceOf(RuleViolation.class).hasMessage("作品待审查，形式审查通过后才能评分");
        assertThatThrownBy(() -> review.check(other.getId(), false, " ")).hasMessage("退回时请填写理由");
        review.check(mine.getId(), true, null);
        review.check(other.getId(), true, null);

        assertThatThrownBy(() -> review.score(other.getId(), panel.get(0).getId(), new BigDecimal("100.5")))
                .hasMessage("评分应在0到100之间，“100.5”超出了范围");
        assertThatThrownBy(() -> review.score(other.getId(), panel.get(0).getId(), new BigDecimal("-1")))
                .hasMessage("评分应在0到100之间，“-1”超出了范围");
        assertThatThrownBy(() -> review.score(other.getId(), panel.get(0).getId(), new BigDecimal("88.25")))
                .hasMessage("评分最多保留一位小数");
        assertThatThrownBy(() -> review.score(mine.getId(), sameUnit.getId(), new BigDecimal("90")))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("专家赵雅琴的工作单位（泰山学院）与作者单位相同，应回避，不能为该作品评分");
        assertThat(works.findById(mine.getId()).orElseThrow().getScores()).isEmpty();
        assertThat(review.revealPhone(mine.getId())).as("the issuer contacts the author; audited").isEqualTo("13812345678");
        Users.as(users, "taishan");
        assertThatThrownBy(() -> review.revealPhone(mine.getId())).isInstanceOf(NotFoundException.class);
        Users.as(users, "admin");

        String[] points = {"60", "85.5", "86", "84.5", "99.9"};
        for (int i = 0; i < panel.size(); i++) {
            review.score(mine.getId(), panel.get(i).getId(), new BigDecimal(points[i]));
        }
        review.score(mine.getId(), panel.get(0).getId(), new BigDecimal("70"));
        Work scored = works.findById(mine.getId()).orElseThrow();
        assertThat(scored.getScores()).as("a new score replaces the expert's last").hasSize(5);
        // 70, 85.5, 86, 84.5, 99.9: without 99.9 and 70 → (85.5 + 86 + 84.5) / 3 = 85.3
        assertThat(scored.meanScore()).contains(new BigDecimal("85.3"));

        // A sheet is stored whole or not at all.
        assertThatThrownBy(() -> review.scoreSheet(call.getId(), panel.get(1).getId(), Map.of(other.getId(), "101")))
                .hasMessageContaining("“声音的形状”：评分应在0到100之间");
        assertThat(review.scoreSheet(call.getId(), panel.get(1).getId(), Map.of(other.getId(), "77.5"))).isEqualTo(1);
        assertThat(works.findById(other.getId()).orElseThrow().meanScore()).contains(new BigDecimal("77.5"));
    }

    @Test
    @DisplayName("分组评审：每件作品轮流分给两位专家（同单位的回避），评分表只列分给本人的作品，未分给他的作品不能评分；评审结果按类别排名、同分并列")
    void reviewGroupsAndResults(@Autowired ReviewGroups groups, @Autowired WorkResults results) {
        Organization city = freshCity();
        WorkCall call = call(city);
        List<Work> submitted = new java.util.ArrayList<>();
        String[] units = {"泰山学院", "一中", "二中", "三中"};
        for (int i = 0; i < 4; i++) {
            submitted.add(submission.submitPublicly(call.getId(), form(WorkCategory.VIDEO, "分组作品" + i, "作者" + i, units[i],
                    "1381234567" + i, "https://v.example.com/g" + i), null, "10.31.0." + i));
        }
        List<Expert> panel = List.of(expert("赵雅琴"), expert("张宪法"), expert("王立红"));
        Users.as(users, "admin");
        panel.forEach(e -> review.assign(call.getId(), e.getId()));
        submitted.forEach(w -> review.check(w.getId(), true, null));
        assertThat(groups.grouped(call.getId())).isFalse();
        assertThat(groups.sheet(call.getId(), panel.get(1).getId(), 0).getTotalElements()).as("未分组：每位专家评全部作品").isEqualTo(4);
        assertThatThrownBy(() -> groups.distribute(call.getId(), 4)).hasMessage("每件作品的评审专家数应在1到评审专家组人数（3人）之间");

        assertThat(groups.distribute(call.getId(), 2)).isEqualTo(4);
        assertThat(groups.distribute(call.getId(), 2)).as("已分配的不再分").isZero();
        Map<Long, List<Long>> sheets = new java.util.HashMap<>();
        panel.forEach(e -> sheets.put(e.getId(), groups.sheet(call.getId(), e.getId(), 0).getContent().stream().map(Work::getId).toList()));
        assertThat(sheets.values().stream().mapToInt(List::size).sum()).as("4件×2位").isEqualTo(8);
        assertThat(sheets.get(panel.get(0).getId())).as("赵雅琴（泰山学院）回避“分组作品0”").doesNotContain(submitted.get(0).getId());
        long notHers = submitted.stream().map(Work::getId).filter(id -> !sheets.get(panel.get(1).getId()).contains(id)).findFirst().orElseThrow();
        assertThatThrownBy(() -> review.score(notHers, panel.get(1).getId(), new BigDecimal("80")))
                .hasMessageEndingWith("未分配给专家张宪法评审");
        assertThatThrownBy(() -> review.scoreSheet(call.getId(), panel.get(1).getId(), Map.of(notHers, "80")))
                .hasMessageEndingWith("未分配给专家张宪法评审");

        // Everyone scores what they were given: 90 from 赵雅琴, 80 from 张宪法, 80 from 王立红.
        String[] by = {"90", "80", "80"};
        for (int i = 0; i < panel.size(); i++) {
            long expert = panel.get(i).getId();
            Map<Long, String> sheet = new java.util.HashMap<>();
            String points = by[i];
            sheets.get(expert).forEach(id -> sheet.put(id, points));
            review.scoreSheet(call.getId(), expert, sheet);
        }
        WorkResults.CategoryResults video = results.of(call.getId(), 100).stream().filter(c -> c.category() == WorkCategory.VIDEO)
                .findFirst().orElseThrow();
        assertThat(video.works()).isEqualTo(4);
        assertThat(video.scored()).isEqualTo(4);
        // In turn: 张+王, 王+赵, 张+王, 赵+张 — the two with 赵雅琴 average (90 + 80) / 2 = 85, the others 80.
        assertThat(video.lines()).allSatisfy(l -> assertThat(l.scores()).isEqualTo(2));
        assertThat(video.lines()).extracting(l -> l.rank() + "|" + l.mean().stripTrailingZeros().toPlainString())
                .as("同分并列").containsExactly("1|85", "1|85", "3|80", "3|80");
    }

    @Test
    @DisplayName("公示和作品库只有作品名称、作者、单位和类别，没有联系电话；接口只有掩码；未公示的名单是404")
    void publicityWithoutPhones() throws Exception {
        Organization city = freshCity();
        WorkCall call = call(city);
        Work w = submission.submitPublicly(call.getId(), form(WorkCategory.VIDEO, Demo.unique("地球的脉搏"), "冯十", "东岳中学",
                "13700001234", "https://v.example.com/earth"), null, "10.40.0.1");
        mvc.perform(get("/public/work-calls/" + call.getId() + "/awards")).andExpect(status().isNotFound());
        Users.as(users, "admin");
        review.check(w.getId(), true, null);
        review.award(call.getId(), Map.of(w.getId(), Award.FIRST));
        assertThatThrownBy(() -> review.publish(call.getId())).hasMessageContaining("征集尚未截止");
        WorkCall stored = calls.findById(call.getId()).orElseThrow();
        stored.backdate(today().minusDays(30), today().minusDays(1));
        calls.saveAndFlush(stored);
        review.publish(call.getId());
        Users.nobody();

        String awards = body(mvc.perform(get("/public/work-calls/" + call.getId() + "/awards")).andExpect(status().isOk()));
        assertThat(awards).contains(w.getTitle()).contains("一等奖").contains("东岳中学").contains("冯十")
                .doesNotContain("13700001234").doesNotContain("137****1234");
        String library = body(mvc.perform(get("/public/works")).andExpect(status().isOk()));
        assertThat(library).contains(w.getTitle()).doesNotContain("13700001234").doesNotContain("137****1234");
        String api = body(mvc.perform(get("/api/v1/works").param("callId", String.valueOf(call.getId()))
                .with(httpBasic("admin", Demo.PASSWORD))).andExpect(status().isOk()));
        assertThat(api).contains("137****1234").doesNotContain("13700001234");
        byte[] docx = mvc.perform(get("/public/work-calls/" + call.getId() + "/awards.docx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains(call.getTitle() + "获奖名单").contains(w.getTitle()).contains("一等奖")
                    .doesNotContain("13700001234");
        }
        Users.as(users, "admin");
        assertThatThrownBy(() -> review.award(call.getId(), Map.of(w.getId(), Award.SECOND))).hasMessage("获奖名单已公示，不能再修改");
    }

    @Test
    @DisplayName("县级用户看不到另一个县的征集通知：页面和接口都是404；上级市科协的通知可以看到")
    void countyScope() throws Exception {
        Organization county = unit("作品测试县科学技术协会", OrgLevel.COUNTY, freshCity().getId());
        WorkCall other = call(county);
        Users.as(users, "taishan");
        assertThatThrownBy(() -> catalog.call(other.getId())).isInstanceOf(NotFoundException.class);
        assertThat(catalog.calls()).extracting(WorkCall::getId).doesNotContain(other.getId());
        Users.nobody();
        mvc.perform(get("/work-calls/" + other.getId()).with(user(users.loadUserByUsername("taishan")))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/work-calls/" + other.getId()).with(httpBasic("taishan", Demo.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/work-calls").with(httpBasic("taishan", Demo.PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/work-calls/new").with(user(users.loadUserByUsername("daiyue")))).andExpect(status().isForbidden());
        WorkCall demo = calls.findAll().stream().filter(c -> c.getTitle().equals(DemoWorks.TITLE)).findFirst().orElseThrow();
        mvc.perform(get("/api/v1/work-calls/" + demo.getId()).with(httpBasic("taishan", Demo.PASSWORD))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("演示数据：第二届泰安市科普创作大赛，六个县市区的三类作品，五位专家评分，已评奖并公示")
    void demo() throws Exception {
        WorkCall demo = calls.findAll().stream().filter(c -> c.getTitle().equals(DemoWorks.TITLE)).findFirst().orElseThrow();
        assertThat(demo.isPublished()).isTrue();
        assertThat(demo.getPanel()).hasSize(5);
        List<Work> all = works.findByCall_IdOrderByCategoryAscIdAsc(demo.getId());
        assertThat(all).extracting(w -> w.getSubmittingUnit().getName()).containsOnly(
                "泰山区科学技术协会", "岱岳区科学技术协会", "新泰市科学技术协会", "肥城市科学技术协会", "宁阳县科学技术协会", "东平县科学技术协会");
        assertThat(all).extracting(Work::getCategory).containsOnly(WorkCategory.VIDEO, WorkCategory.POSTER, WorkCategory.BOOK);
        assertThat(all).allMatch(w -> w.getScores().size() == 5 && w.getAward() != null);
        assertThat(body(mvc.perform(get("/public/work-calls/" + demo.getId() + "/awards")).andExpect(status().isOk())))
                .contains("一等奖").contains("东平湖湿地鸟类图鉴").doesNotContain("13953810006");
        // The issuer's staff read every work of its call, a county only its own; phones masked.
        String read = body(mvc.perform(get("/api/v1/works").param("callId", String.valueOf(demo.getId()))
                .with(httpBasic("taian", Demo.PASSWORD))).andExpect(status().isOk()));
        assertThat(read).contains("东平湖湿地鸟类图鉴").contains("139****0006").doesNotContain("13953810006");
        String own = body(mvc.perform(get("/api/v1/works").param("callId", String.valueOf(demo.getId()))
                .with(httpBasic("taishan", Demo.PASSWORD))).andExpect(status().isOk()));
        assertThat(own).contains("泰山古树会说话").contains("垃圾分类我先行").doesNotContain("东平湖湿地鸟类图鉴");
        long dongping = all.stream().filter(w -> w.getTitle().equals("东平湖湿地鸟类图鉴")).findFirst().orElseThrow().getId();
        mvc.perform(get("/api/v1/works/" + dongping).with(httpBasic("taishan", Demo.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/works/" + dongping).with(httpBasic("taian", Demo.PASSWORD))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("工作台：发布单位的工作人员看到待审查的作品，审查通过后看到待评分的作品；填报员和别的单位看不到")
    void workbench() {
        Organization city = freshCity();
        WorkCall call = call(city);
        Work w = submission.submitPublicly(call.getId(), form(WorkCategory.VIDEO, "待审查", "褚一", "某校", "13812340000",
                "https://v.example.com/w"), null, "10.50.0.1");
        asStaffOf(city);
        assertThat(workbench.items()).extracting(WorkItem::label, WorkItem::count).contains(org.assertj.core.groups.Tuple.tuple("待审查的作品", 1L));
        assertThat(catalog.reviews(call)).isTrue();
        review.check(w.getId(), true, null);
        assertThat(workbench.items()).extracting(WorkItem::label).containsExactly("待评分的作品");
        Users.as(users, "taian");
        assertThat(workbench.items()).extracting(WorkItem::label).doesNotContain("待审查的作品", "待评分的作品");
        assertThatThrownBy(() -> review.check(w.getId(), false, "不合格")).isInstanceOf(NotFoundException.class);
        Users.as(users, "daiyue");
        assertThat(workbench.items()).isEmpty();
    }

    @Test
    @DisplayName("接口：发布征集通知、单位报送作品（链接）、录入专家评分；超出范围是400和中文说明，填报员评分是403")
    void api() throws Exception {
        Organization city = freshCity();
        Organization county = unit("作品接口测试县科学技术协会", OrgLevel.COUNTY, city.getId());
        String created = body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/work-calls")
                .with(httpBasic("admin", Demo.PASSWORD)).with(csrf()).contentType("application/json")
                .content("{\"issuerId\":" + city.getId() + ",\"title\":\"" + Demo.unique("接口大赛") + "\",\"year\":" + today().getYear()
                        + ",\"opensOn\":\"" + today() + "\",\"closesOn\":\"" + today().plusDays(5)
                        + "\",\"categories\":[{\"category\":\"TALK\"},{\"category\":\"POSTER\",\"maxMb\":\"10\"}]}"))
                .andExpect(status().isCreated()));
        assertThat(created).contains("\"label\":\"讲解\"").contains("\"maxMb\":10");
        long callId = calls.findAll().stream().filter(c -> c.getIssuer().getId().equals(city.getId())).findFirst().orElseThrow().getId();
        String work = body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/works")
                .param("callId", String.valueOf(callId)).with(httpBasic("admin", Demo.PASSWORD)).with(csrf()).contentType("application/json")
                .content("{\"submittingUnitId\":" + county.getId() + ",\"category\":\"TALK\",\"title\":\"走近北斗\",\"authors\":\"韩梅\","
                        + "\"phone\":\"13611112222\",\"link\":\"https://v.example.com/beidou\",\"original\":true,\"consent\":true}"))
                .andExpect(status().isCreated()));
        assertThat(work).contains("136****2222").doesNotContain("13611112222").contains(county.getName());
        Work w = works.findByCall_IdOrderByCategoryAscIdAsc(callId).get(0);
        Users.as(users, "admin");
        review.check(w.getId(), false, "讲解视频链接无法打开");
        asStaffOf(county);
        assertThat(notifications.mine(20)).anyMatch(n -> n.getTitle().equals("作品被退回：走近北斗")
                && n.getBody().contains("理由：讲解视频链接无法打开"));
        Users.as(users, "admin");
        assertThatThrownBy(() -> review.score(w.getId(), 0, new BigDecimal("90"))).hasMessage("该专家不在本次征集的评审专家组中");
        Expert e = expert("陈建军");
        Users.as(users, "admin");
        review.assign(callId, e.getId());
        review.check(w.getId(), true, null);
        Users.nobody();
        String refused = body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/works/" + w.getId() + "/scores")
                .with(httpBasic("admin", Demo.PASSWORD)).with(csrf()).contentType("application/json")
                .content("{\"expertId\":" + e.getId() + ",\"points\":\"101\"}")).andExpect(status().isBadRequest()));
        assertThat(refused).contains("评分应在0到100之间");
        assertThat(body(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/works/" + w.getId() + "/scores")
                .with(httpBasic("admin", Demo.PASSWORD)).with(csrf()).contentType("application/json")
                .content("{\"expertId\":" + e.getId() + ",\"points\":\"91.5\"}")).andExpect(status().isOk()))).contains("\"meanScore\":91.5");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/works/" + w.getId() + "/scores")
                .with(httpBasic("daiyue", Demo.PASSWORD)).with(csrf()).contentType("application/json")
                .content("{\"expertId\":" + e.getId() + ",\"points\":\"90\"}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/works/" + w.getId()).with(httpBasic("taishan", Demo.PASSWORD))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("发布征集通知的页面：五个类别各有默认的格式、大小和是否可提交链接")
    void newCallPage() throws Exception {
        String page = body(mvc.perform(get("/work-calls/new").with(user(users.loadUserByUsername("taian")))).andExpect(status().isOk()));
        assertThat(page).contains("rows[4].linkAllowed").contains("value=\"200\"").contains(Demo.TAIAN);
    }
}
