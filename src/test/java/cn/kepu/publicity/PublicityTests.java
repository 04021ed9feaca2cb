package cn.kepu.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.parallel.ResourceLock;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.kepu.account.TestAccounts;
import cn.kepu.attachment.Upload;
import cn.kepu.org.OrgLevel;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.OrganizationForm;
import cn.kepu.org.OrganizationManagement;
import cn.kepu.org.UnitType;
import cn.kepu.plan.Ledger;
import cn.kepu.plan.LedgerFilter;
import cn.kepu.plan.LedgerRow;
import cn.kepu.plan.PlanCatalog;
import cn.kepu.plan.PlanForm;
import cn.kepu.plan.PlanManagement;
import cn.kepu.plan.QuotaCounting;
import cn.kepu.plan.TaskForm;
import cn.kepu.plan.WorkPlan;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.TestImages;
import cn.kepu.support.Users;

@ResourceLock("publicity") // PublicityTests counts all items before and after a refused submission
@KepuTest
class PublicityTests {

    @Autowired
    NewsDesk desk;
    @Autowired
    NewsPoints points;
    @Autowired
    NewsRanking ranking;
    @Autowired
    NewsItems items;
    @Autowired
    Ledger ledger;
    @Autowired
    PlanManagement plans;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    QuotaCounting counting;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    OrganizationManagement organizationManagement;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    /** A city of its own beneath the province, with counties and a staff account of the city's office. */
    record City(Organization city, List<Organization> counties, String staff) {
    }

    City freshCity(String... counties) {
        Users.as(users, "admin");
        OrganizationForm city = new OrganizationForm();
        city.setName(Demo.unique("宣传测试市科学技术协会"));
        city.setUnitType(UnitType.ASSOCIATION);
        city.setLevel(OrgLevel.CITY);
        city.setParentId(organizations.named(Demo.SHANDONG).orElseThrow().getId());
        Organization c = organizationManagement.create(city);
        List<Organization> made = new java.util.ArrayList<>();
        for (String name : counties) {
            OrganizationForm unit = new OrganizationForm();
            unit.setName(Demo.unique(name));
            unit.setUnitType(UnitType.ASSOCIATION);
            unit.setLevel(OrgLevel.COUNTY);
            unit.setParentId(c.getId());
            made.add(organizationManagement.create(unit));
        }
        return new City(c, made, TestAccounts.staffOf(context, c.getId()));
    }

    static NewsForm form(Organization unit, String title, String body) {
        NewsForm f = new NewsForm();
        f.setUnitId(unit.getId());
        f.setTitle(title);
        f.setBody(body);
        return f;
    }

    NewsItem submitted(Organization unit, String title) {
        Users.as(users, "admin");
        return desk.submit(form(unit, title, "正文：" + title), List.of());
    }

    LedgerRow row(long planId, String taskNumber, String unit) {
        Users.as(users, "admin");
        return ledger.allRows(LedgerFilter.of(planId)).stream()
                .filter(r -> r.level() > 0 && taskNumber.equals(r.taskNumber()) && unit.equals(r.organizationName()))
                .findFirst().orElseThrow();
    }

    BigDecimal actual(long planId, String taskNumber, String unit) {
        return row(planId, taskNumber, unit).measures().get(0).actual();
    }

    @Test
    @DisplayName("演示数据：2022年任务清单第12项“新闻稿件不低于20条”，泰山区采用23条已完成，岱岳区采用9条；2023年1月报送的不计入")
    void theChecklistCountsAdoptedItems() {
        Users.as(users, "taian");
        WorkPlan checklist = catalog.visible().stream().filter(p -> p.getTitle().contains("2022年科普工作任务清单")).findFirst().orElseThrow();
        assertThat(actual(checklist.getId(), "12", Demo.TAISHAN)).isEqualByComparingTo("23");
        assertThat(actual(checklist.getId(), "12", Demo.DAIYUE)).isEqualByComparingTo("9");
        assertThat(actual(checklist.getId(), "12", "新泰市科学技术协会")).isEqualByComparingTo("19");
        Users.as(users, "taian");
        NewsRanking.Board year = ranking.of(ReportPeriod.year(2022));
        assertThat(year.places()).extracting(NewsRanking.Place::unit).first().isEqualTo(Demo.TAISHAN);
        assertThat(year.places()).filteredOn(p -> p.unit().equals(Demo.DAIYUE)).singleElement()
                .satisfies(p -> assertThat(p.submitted()).isEqualTo(13)).satisfies(p -> assertThat(p.adopted()).isEqualTo(9));
    }

    @Test
    @DisplayName("采用的信息计入本年“新闻稿件”指标，撤销采用或退回后离开；逐次计数与从头重算一致")
    void adoptedItemsCountAndLeave() {
        City c = freshCity("计数县科学技术协会");
        Organization county = c.counties().get(0);
        int year = desk.today().getYear();
        Users.as(users, "admin");
        PlanForm p = new PlanForm();
        p.setIssuerId(c.city().getId());
        p.setTitle(Demo.unique("科普宣传工作任务（测试）"));
        p.setPeriodFrom(year);
        p.setPeriodTo(year);
        WorkPlan plan = plans.create(p);
        TaskForm task = new TaskForm();
        task.setNumber("1");
        task.setTitle("加强科普新闻宣传工作");
        task.setResponsible(county.getName());
        task.setDeadline(year + "年底");
        task.setQuotas(county.getName() + " 新闻稿件 ≥ 20 条");
        plans.saveTask(plan.getId(), null, task);
        plans.publish(plan.getId());

        NewsItem one = submitted(county, "县科协开展科普日活动");
        NewsItem two = submitted(county, "县科协举办科普讲座");
        assertThat(actual(plan.getId(), "1", county.getName())).as("报送未采用不计").isEqualByComparingTo("0");
        Users.as(users, c.staff());
        desk.adopt(one.getId(), Set.of(Channel.OWN_SITE), 0L);
        desk.adopt(two.getId(), Set.of(Channel.CITY_MEDIA), 0L);
        assertThat(actual(plan.getId(), "1", county.getName())).isEqualByComparingTo("2");
        Users.as(users, c.staff());
        desk.unadopt(one.getId());
        assertThat(actual(plan.getId(), "1", county.getName())).as("撤销采用后离开").isEqualByComparingTo("1");
        Users.as(users, c.staff());
        desk.giveBack(two.getId(), "请补充活动成效", items.findById(two.getId()).orElseThrow().getVersion());
        assertThat(actual(plan.getId(), "1", county.getName())).as("退回后离开").isEqualByComparingTo("0");
        Users.as(users, c.staff());
        desk.adopt(one.getId(), Set.of(Channel.OWN_SITE), items.findById(one.getId()).orElseThrow().getVersion());
        assertThat(actual(plan.getId(), "1", county.getName())).isEqualByComparingTo("1");

        Set<Long> mine = new HashSet<>();
        row(plan.getId(), "1", county.getName()).measures().forEach(m -> mine.add(m.quotaId()));
        Users.as(users, "admin");
        assertThat(counting.actuals().stream().filter(a -> mine.contains(a.quotaId())).toList()).as("逐次计数 = 从头重算")
                .containsExactlyInAnyOrderElementsOf(counting.recountedActuals().stream().filter(a -> mine.contains(a.quotaId())).toList());
    }

    @Test
    @DisplayName("按渠道计分：市科协设定省级媒体5分、本会网站0.5分，采用于两处得5.5分；之后改标准，已采用的保留原分；分值不合规时不保存")
    void pointsPerChannel() {
        City c = freshCity("积分县科学技术协会");
        NewsItem item = submitted(c.counties().get(0), "县科协科普进校园");
        Users.as(users, c.staff());
        Map<Channel, String> table = new EnumMap<>(Channel.class);
        for (Channel ch : Channel.values()) {
            table.put(ch, ch.defaultPoints().toPlainString());
        }
        table.put(Channel.PROVINCE_MEDIA, "5");
        table.put(Channel.OWN_SITE, "0.5");
        points.set(c.city(), table);
        NewsItem adopted = desk.adopt(item.getId(), Set.of(Channel.OWN_SITE, Channel.PROVINCE_MEDIA), 0L);
        assertThat(adopted.getPoints()).isEqualByComparingTo("5.5");
        assertThat(adopted.usageText()).isEqualTo("本会网站、省级媒体");

        table.put(Channel.PROVINCE_MEDIA, "6");
        Users.as(users, c.staff());
        points.set(c.city(), table);
        assertThat(points.of(c.city()).get(Channel.PROVINCE_MEDIA)).isEqualByComparingTo("6");
        assertThat(items.findById(item.getId()).orElseThrow().getPoints()).as("已采用的保留原分").isEqualByComparingTo("5.5");

        table.put(Channel.KEPU_CHINA, "-1");
        table.put(Channel.NATIONAL_MEDIA, "八");
        Users.as(users, c.staff());
        assertThatThrownBy(() -> points.set(c.city(), table)).isInstanceOfSatisfying(RuleViolation.class, e ->
                assertThat(e.problems()).extracting(RuleViolation::getMessage).containsExactly(
                        "科普中国的分值应为0到100之间的数，最多一位小数，“-1”不是",
                        "国家级媒体的分值应为0到100之间的数，最多一位小数，“八”不是"));
        assertThat(points.of(c.city()).get(Channel.PROVINCE_MEDIA)).as("一处错误也不保存（未改的不变）").isEqualByComparingTo("6");
        assertThat(points.of(c.city()).get(Channel.KEPU_CHINA)).isEqualByComparingTo(Channel.KEPU_CHINA.defaultPoints());
    }

    @Test
    @DisplayName("采用情况排名：按采用条数、再按积分排名，并列同名次；只排本单位范围；通报（Word）写明合计、前几名和赋分标准")
    void theRanking() throws Exception {
        City c = freshCity("甲县科学技术协会", "乙县科学技术协会", "丙县科学技术协会");
        Organization a = c.counties().get(0), b = c.counties().get(1), d = c.counties().get(2);
        // 甲: 2 adopted (2 points); 乙: 2 adopted (2 points) + 1 returned; 丙: 1 adopted on 国家级媒体 (8 points).
        NewsItem a1 = submitted(a, "甲一"), a2 = submitted(a, "甲二");
        NewsItem b1 = submitted(b, "乙一"), b2 = submitted(b, "乙二"), b3 = submitted(b, "乙三");
        NewsItem d1 = submitted(d, "丙一");
        Users.as(users, c.staff());
        for (NewsItem n : List.of(a1, a2, b1, b2)) {
            desk.adopt(n.getId(), Set.of(Channel.OWN_SITE), 0L);
        }
        desk.giveBack(b3.getId(), "不符合要求", 0L);
        desk.adopt(d1.getId(), Set.of(Channel.NATIONAL_MEDIA), 0L);

        ReportPeriod month = ReportPeriod.month(desk.today().getYear(), desk.today().getMonthValue());
        Users.as(users, c.staff());
        NewsRanking.Board board = ranking.of(month);
        assertThat(board.places()).extracting(p -> p.rank() + " " + p.unit() + " " + p.submitted() + "/" + p.adopted() + " " + p.pointsText())
                .containsExactly("1 " + a.getName() + " 2/2 2", "1 " + b.getName() + " 3/2 2", "3 " + d.getName() + " 1/1 8");
        assertThat(board.adopted()).isEqualTo(5);
        assertThat(board.places().get(1).adoptedShare()).isEqualTo("67%");

        byte[] docx = ranking.bulletin(month, false);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains(month.label() + "科普宣传信息采用情况通报")
                    .contains("各单位共报送科普宣传信息6条，采用5条，采用率83.3%，累计积分12分")
                    .contains("采用数量居前的单位是：" + a.getName() + "（2条）、" + b.getName() + "（2条）、" + d.getName() + "（1条）")
                    .contains("国家级媒体每条8分").contains(c.city().getName());
            assertThat(doc.getTables()).singleElement().satisfies(t -> assertThat(t.getNumberOfRows()).isEqualTo(4));
        }

        Users.as(users, "admin");
        NewsItem own = desk.submit(form(c.city(), "市科协本级信息", "正文"), List.of());
        Users.as(users, "admin");
        desk.adopt(own.getId(), Set.of(Channel.OWN_SITE), 0L);
        Users.as(users, c.staff());
        assertThat(ranking.ofChildren(month).places()).as("按直属下级汇总：本级单列")
                .extracting(p -> p.rank() + " " + p.unit() + " " + p.adopted())
                .containsExactly("1 " + a.getName() + " 2", "1 " + b.getName() + " 2", "3 " + d.getName() + " 1", "4 " + c.city().getName() + " 1");
        Users.as(users, "admin");
        assertThat(ranking.ofChildren(month).places()).as("全国按省汇总").extracting(NewsRanking.Place::unit).contains(Demo.SHANDONG)
                .doesNotContain(c.city().getName(), Demo.TAIAN);

        Users.as(users, "taishan");
        assertThat(ranking.of(month).places()).extracting(NewsRanking.Place::unit).as("泰山区只看到本单位范围").doesNotContain(a.getName());
    }

    @Test
    @DisplayName("填错时的中文提示：没有标题和正文、链接不是网址、照片不是图片、同年重复标题；一处错误也不保存")
    void badInput() throws Exception {
        City c = freshCity("错误县科学技术协会");
        Organization county = c.counties().get(0);
        Users.as(users, "admin");
        NewsForm empty = form(county, " ", "");
        empty.setLinks("www.example.cn\nhttps://ok.example.cn/a");
        assertThatThrownBy(() -> desk.submit(empty, List.of())).isInstanceOfSatisfying(RuleViolation.class, e ->
                assertThat(e.problems()).extracting(v -> v.field() + "|" + v.getMessage()).containsExactly(
                        "title|请填写标题", "body|请填写正文",
                        "links|“www.example.cn”不是网址：请填写以 http:// 或 https:// 开头的发布链接，每行一个"));
        long before = items.count();
        assertThatThrownBy(() -> desk.submit(form(county, "带照片的信息", "正文"),
                List.of(new Upload("现场.jpg", TestImages.jpeg(200, 100)), new Upload("假照片.jpg", "不是图片".getBytes()))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.getMessage()).contains("假照片.jpg"));
        assertThat(items.count()).as("照片不对，信息也不保存").isEqualTo(before);

        Users.as(users, "admin");
        NewsItem first = desk.submit(form(county, "县科协开展科普日活动", "正文"), List.of(new Upload("现场.jpg", TestImages.jpeg(200, 100))));
        assertThat(desk.photos(first)).hasSize(1);
        assertThatThrownBy(() -> desk.submit(form(county, "县科协开展科普日活动", "另一段正文"), List.of()))
                .isInstanceOf(RuleViolation.class)
                .hasMessage(county.getName() + desk.today().getYear() + "年已报送过“县科协开展科普日活动”，请勿重复报送");

        Users.as(users, c.staff());
        assertThatThrownBy(() -> desk.giveBack(first.getId(), " ", 0L)).hasMessage("请填写退回原因，便于报送单位修改");
        assertThatThrownBy(() -> desk.adopt(first.getId(), Set.of(), 0L)).hasMessageContaining("请选择采用渠道");
        desk.adopt(first.getId(), Set.of(Channel.OWN_SITE), 0L);
        Users.as(users, c.staff());
        assertThatThrownBy(() -> desk.update(first.getId(), form(county, "改标题", "改正文"), List.of()))
                .hasMessage("已采用的信息不能修改或删除；如需更正，请联系采用单位撤销采用");
    }

    @Test
    @DisplayName("数据范围：渭南看不到泰安的信息（页面、接口都是404）；岱岳区看不到泰山区的；县里不能审核自己的信息，填报员不能审核")
    void scope() throws Exception {
        Users.as(users, "taishan");
        NewsItem own = desk.submit(form(organizations.named(Demo.TAISHAN).orElseThrow(), Demo.unique("泰山区科协范围测试"), "正文"), List.of());
        assertThatThrownBy(() -> desk.adopt(own.getId(), Set.of(Channel.OWN_SITE), 0L))
                .hasMessage("只有报送单位的上级科协工作人员才能审核这条信息");

        var weinan = user(users.loadUserByUsername("weinan"));
        mvc.perform(get("/news/{id}", own.getId()).with(weinan)).andExpect(status().isNotFound());
        mvc.perform(post("/news/{id}/adopt", own.getId()).param("channels", "OWN_SITE").with(weinan).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/news-items/{id}", own.getId()).with(httpBasic("weinan", Demo.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/news-items/{id}", own.getId()).with(httpBasic("daiyue", Demo.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/news-items").param("unitId", String.valueOf(own.getUnit().getId())).with(httpBasic("daiyue", Demo.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));

        // 岱岳区's reporter submits by the API, and may not decide on its own item.
        String created = mvc.perform(post("/api/v1/news-items").with(httpBasic("daiyue", Demo.PASSWORD)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"" + Demo.unique("岱岳区接口报送") + "\",\"body\":\"正文\",\"links\":[\"https://example.cn/1\"]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.unit").value(Demo.DAIYUE))
                .andExpect(jsonPath("$.stateLabel").value("待审核")).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/news-items/{id}/decision", id).with(httpBasic("daiyue", Demo.PASSWORD)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"ADOPT\",\"channels\":[\"OWN_SITE\"],\"version\":0}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/news-items/{id}/decision", id).with(httpBasic("taian", Demo.PASSWORD)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"ADOPT\",\"channels\":[\"OWN_SITE\",\"CITY_MEDIA\"],\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ADOPTED")).andExpect(jsonPath("$.points").value(3));
        mvc.perform(get("/api/v1/news-items/ranking").param("period", "2022-13").with(httpBasic("taian", Demo.PASSWORD)))
                .andExpect(status().isBadRequest());
        Users.as(users, "daiyue");
        assertThatThrownBy(() -> desk.visible(own.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("考核的“信息采用积分”指标：被考核单位（含下级）本年采用信息的积分之和对目标计分，退回的和往年的不计")
    void assessmentReadsThePoints(@Autowired cn.kepu.assessment.Assessing assessing) {
        City c = freshCity("考核县科学技术协会");
        Organization county = c.counties().get(0);
        NewsItem one = submitted(county, "考核信息一"), two = submitted(county, "考核信息二"), three = submitted(county, "考核信息三");
        Users.as(users, c.staff());
        desk.adopt(one.getId(), Set.of(Channel.PROVINCE_MEDIA), 0L);
        desk.adopt(two.getId(), Set.of(Channel.OWN_SITE, Channel.KEPU_CHINA), 0L);
        desk.giveBack(three.getId(), "不采用", 0L);
        int year = desk.today().getYear();
        Users.as(users, c.staff());
        var figures = assessing.figures(List.of(county, c.city()), Map.of(
                "信息采用积分", new cn.kepu.assessment.Source.NewsPoints(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), new BigDecimal("20")),
                "去年", new cn.kepu.assessment.Source.NewsPoints(LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31), BigDecimal.TEN)));
        assertThat(figures.get(county.getId()).get("信息采用积分").actual()).isEqualByComparingTo("9");
        assertThat(figures.get(county.getId()).get("信息采用积分").target()).isEqualByComparingTo("20");
        assertThat(figures.get(c.city().getId()).get("信息采用积分").actual()).as("市含下级").isEqualByComparingTo("9");
        assertThat(figures.get(county.getId()).get("去年").actual()).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("通报期间：月、季度、年的写法和中文名称，上一期、下一期跨年")
    void periods() {
        assertThat(ReportPeriod.parse("2022-09").orElseThrow()).satisfies(p -> {
            assertThat(p.label()).isEqualTo("2022年9月");
            assertThat(p.to()).isEqualTo(LocalDate.of(2022, 9, 30));
        });
        assertThat(ReportPeriod.parse("2022-Q1").orElseThrow().previous().label()).isEqualTo("2021年第四季度");
        assertThat(ReportPeriod.parse("2022-12").orElseThrow().next().code()).isEqualTo("2023-01");
        assertThat(ReportPeriod.parse("2024").orElseThrow().to()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(ReportPeriod.parse("2022-13")).isEmpty();
        assertThat(ReportPeriod.parse("明年")).isEmpty();
        assertThat(ReportPeriod.monthBefore(LocalDate.of(2023, 1, 15)).label()).isEqualTo("2022年12月");
    }
}
