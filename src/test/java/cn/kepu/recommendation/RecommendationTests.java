package cn.kepu.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.kepu.activity.RecommendableActivities.Candidate;
import cn.kepu.attachment.Upload;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Users;

@KepuTest
class RecommendationTests {

    static final String LINWEI = "临渭区科学技术协会";
    static final String HUAZHOU = "华州区科学技术协会";
    static final String SCIENCE_DAY = "2022年渭南市全国科普日";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

    @Autowired
    RoundOpening opening;
    @Autowired
    Recommending recommending;
    @Autowired
    RecommendationReview review;
    @Autowired
    Forwarding forwarding;
    @Autowired
    RoundPublishing publishing;
    @Autowired
    RoundCatalog catalog;
    @Autowired
    RecommendationSheets sheets;
    @Autowired
    RecommendationRounds rounds;
    @Autowired
    Recommendations recommendations;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    Organization unit(String name) {
        return organizations.named(name).orElseThrow();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A round of the user's association for its direct subordinate associations. */
    RecommendationRound round(String login, String title, RoundKind kind, String campaign, int quota, RecommendationRound next) {
        Users.as(users, login);
        Organization issuer = catalog.issuer().orElseThrow();
        RoundForm f = new RoundForm();
        f.setTitle(Demo.unique(title));
        f.setKind(kind);
        if (campaign != null) {
            f.setCampaignId(opening.campaigns(issuer).stream().filter(c -> c.name().equals(campaign)).findFirst().orElseThrow().id());
        }
        f.setRecommenderIds(opening.groups(issuer).get("下级科协（含功能区）").stream().map(Organization::getId).toList());
        f.setQuota(quota);
        f.setDeadline(today().plusDays(10));
        f.setNextRoundId(next == null ? null : next.getId());
        RecommendationRound round = opening.open(f);
        Users.nobody();
        return round;
    }

    RecommendationRound activityRound(int quota, RecommendationRound next) {
        return round("weinan", "测试优秀活动推荐", RoundKind.ACTIVITY, SCIENCE_DAY, quota, next);
    }

    Candidate activity(RecommendationRound round, String recommender, String name) {
        return recommending.activityChoices(round, unit(recommender)).stream().filter(a -> a.name().equals(name))
                .findFirst().orElseThrow();
    }

    /** As the recommender's user: the pre-filled form of the named activity, with an opinion, submitted. */
    Recommendation recommend(String login, RecommendationRound round, String recommender, String name) {
        Users.as(users, login);
        RecommendationForm f = recommending.prefill(round, unit(recommender), activity(round, recommender, name).id(), null);
        f.setRecommenderOpinion("同意推荐。");
        Recommendation r = recommending.create(round.getId(), f, true);
        Users.nobody();
        return r;
    }

    String problem(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation e) {
            return String.join("；", e.problems().stream().map(RuntimeException::getMessage).toList());
        }
        throw new AssertionError("应当拒绝");
    }

    long count(RecommendationRound round) {
        return recommendations.findAll().stream().filter(r -> r.getRound().getId().equals(round.getId())).count();
    }

    @Test
    @DisplayName("推荐活动时推荐表自动带出活动名称、举办单位、负责人、电话和活动总结；推荐单位时带出单位名称、级别和联系人")
    void theFormFillsItself() {
        RecommendationRound round = activityRound(3, null);
        Users.as(users, "linwei");
        Candidate water = activity(round, LINWEI, "临渭区节水科普进校园");
        RecommendationForm f = recommending.prefill(round, unit(LINWEI), water.id(), null);
        assertThat(f.getSubjectName()).isEqualTo("临渭区节水科普进校园");
        assertThat(f.getUnitName()).isEqualTo(LINWEI);
        assertThat(f.getContactPerson()).isEqualTo(water.personInCharge()).isNotBlank();
        assertThat(f.getContactPhone()).isEqualTo(water.phone()).isNotBlank();
        assertThat(f.getMainText()).contains("活动按计划举办，群众反响良好。");
        assertThat(recommending.prefill(round, unit(LINWEI), activity(round, HUAZHOU, "华州区食品安全科普联合行动").id(), null)
                .getSubjectName()).as("其他县的活动不会带入").isNull();

        RecommendationRound units = round("weinan", "测试先进单位推荐", RoundKind.UNIT, null, 2, null);
        Users.as(users, "linwei");
        RecommendationForm u = recommending.prefill(units, unit(LINWEI), null, unit(LINWEI).getId());
        assertThat(u.getSubjectName()).isEqualTo(LINWEI);
        assertThat(u.getUnitLevel()).isEqualTo("县级");
        assertThat(u.getContactPerson()).isEqualTo("吕梁");
    }

    @Test
    @DisplayName("只能推荐本轮所属活动中本县举办、已通过且信息已完善的活动，每县不超过名额、不晚于截止日期；不合格的都说明原因且不保存")
    void eligibilityAndQuota() {
        RecommendationRound round = activityRound(1, null);
        Users.as(users, "linwei");
        Organization linwei = unit(LINWEI);
        RecommendationForm notComplete = recommending.prefill(round, linwei, activity(round, LINWEI, "临渭区食品安全进农村科普宣传").id(), null);
        assertThat(problem(() -> recommending.create(round.getId(), notComplete, true)))
                .contains("尚未完善活动信息（须为“信息已完善”），不能推荐");
        RecommendationForm otherCounty = new RecommendationForm();
        otherCounty.setActivityId(activity(round, HUAZHOU, "华州区食品安全科普联合行动").id());
        otherCounty.setSubjectName("华州区食品安全科普联合行动");
        otherCounty.setMainText("冒名推荐");
        assertThat(problem(() -> recommending.create(round.getId(), otherCounty, true)))
                .isEqualTo("只能推荐临渭区科学技术协会及其下级单位举办的活动");
        RecommendationForm empty = new RecommendationForm();
        assertThat(problem(() -> recommending.create(round.getId(), empty, true)))
                .contains("请选择推荐的活动").contains("请填写活动名称").contains("请填写主要内容");

        Users.as(users, "huazhou");
        RecommendationForm notApproved = recommending.prefill(round, unit(HUAZHOU), activity(round, HUAZHOU, "华州区乡村振兴科普联合行动").id(), null);
        assertThat(problem(() -> recommending.create(round.getId(), notApproved, true)))
                .isEqualTo("“华州区乡村振兴科普联合行动”尚未审核通过（已提交），不能推荐");
        assertThat(count(round)).isZero();

        recommend("linwei", round, LINWEI, "临渭区节水科普进校园");
        Users.as(users, "linwei");
        RecommendationForm second = recommending.prefill(round, linwei, activity(round, LINWEI, "农产品质量与健康饮食讲座").id(), null);
        assertThat(problem(() -> recommending.create(round.getId(), second, true)))
                .isEqualTo("每个推荐单位限推荐1个，临渭区科学技术协会已推荐1个，名额已满");
        assertThat(count(round)).isEqualTo(1);

        RecommendationRound late = activityRound(3, null);
        late.backdate(today().minusDays(1), null);
        rounds.saveAndFlush(late);
        Users.as(users, "huazhou");
        RecommendationForm food = recommending.prefill(late, unit(HUAZHOU), activity(late, HUAZHOU, "华州区食品安全科普联合行动").id(), null);
        assertThat(problem(() -> recommending.create(late.getId(), food, true)))
                .isEqualTo("推荐已于" + today().minusDays(1) + "截止，不能再推荐或提交");
        assertThat(count(late)).isZero();

        RecommendationRound units = round("weinan", "测试先进单位推荐", RoundKind.UNIT, null, 2, null);
        Users.as(users, "linwei");
        RecommendationForm neighbour = recommending.prefill(units, linwei, null, unit(HUAZHOU).getId());
        neighbour.setUnitId(unit(HUAZHOU).getId());
        neighbour.setSubjectName(HUAZHOU);
        neighbour.setMainText("事迹");
        assertThat(problem(() -> recommending.create(units.getId(), neighbour, true)))
                .isEqualTo("只能推荐临渭区科学技术协会及其下级单位");
        assertThat(count(units)).isZero();
    }

    @Test
    @DisplayName("推荐活动须属于本轮所属的活动：泰安2022年科普之春的推荐中不能推荐泰山区明年科普之春已通过的活动")
    void onlyTheRoundsCampaign() {
        RecommendationRound spring = round("taian", "测试科普之春优秀活动推荐", RoundKind.ACTIVITY, "2022年科普之春", 2, null);
        Users.as(users, "taian");
        long nextSpring = opening.campaigns(unit(Demo.TAIAN)).stream()
                .filter(c -> c.name().equals((today().getYear() + 1) + "年科普之春")).findFirst().orElseThrow().id();
        Users.as(users, "taishan");
        Candidate lecture = activities.within(nextSpring, unit(Demo.TAISHAN)).stream()
                .filter(a -> a.name().equals("泰山区春季健康科普讲座")).findFirst().orElseThrow();
        assertThat(lecture.approved()).isTrue();
        RecommendationForm f = recommending.prefill(spring, unit(Demo.TAISHAN), lecture.id(), null);
        assertThat(f.getSubjectName()).isEqualTo("泰山区春季健康科普讲座");
        assertThat(problem(() -> recommending.create(spring.getId(), f, true)))
                .isEqualTo("“泰山区春季健康科普讲座”不属于“2022年科普之春”，不能推荐");
        assertThat(count(spring)).isZero();
    }

    @Autowired
    cn.kepu.activity.RecommendableActivities activities;

    @Test
    @DisplayName("县 → 市 → 省：临渭区推荐的活动经市科协审核、评分、选为拟表彰后一键报送省科协，作为市科协的推荐保留推荐经过；未选中的不能报送")
    void throughTheLevels() {
        RecommendationRound province = round("shaanxi", "测试省优秀活动推荐", RoundKind.ACTIVITY, SCIENCE_DAY, 5, null);
        RecommendationRound city = activityRound(3, province);
        Recommendation water = recommend("linwei", city, LINWEI, "临渭区节水科普进校园");
        assertThat(water.getState()).isEqualTo(RecommendationState.SUBMITTED);

        Users.as(users, "weinan");
        assertThat(problem(() -> review.review(water.getId(), RecommendationState.RETURNED, null, " ")))
                .isEqualTo("退回时请填写退回原因，以便推荐单位修改后重新提交");
        assertThat(recommendations.findById(water.getId()).orElseThrow().getState()).isEqualTo(RecommendationState.SUBMITTED);
        review.review(water.getId(), RecommendationState.PASSED, "覆盖全区中小学，同意推荐。", null);
        assertThat(problem(() -> forwarding.forward(city.getId(), List.of(water.getId()))))
                .isEqualTo("“临渭区节水科普进校园”未被选为拟表彰对象，不能报送上一级");
        review.select(water.getId(), true);
        List<Recommendation> forwarded = forwarding.forward(city.getId(), List.of(water.getId()));

        Recommendation atProvince = forwarded.get(0);
        assertThat(atProvince.getRound().getId()).isEqualTo(province.getId());
        assertThat(atProvince.getRecommender().getName()).isEqualTo(Demo.WEINAN);
        assertThat(atProvince.getState()).isEqualTo(RecommendationState.SUBMITTED);
        assertThat(atProvince.getActivityId()).isEqualTo(water.getActivityId());
        assertThat(atProvince.getRecommenderOpinion()).isEqualTo("覆盖全区中小学，同意推荐。");
        assertThat(atProvince.getMainText()).isEqualTo(water.getMainText());
        assertThat(problem(() -> forwarding.forward(city.getId(), List.of(water.getId()))))
                .isEqualTo("“临渭区节水科普进校园”已报送“" + province.getTitle() + "”");

        Users.as(users, "shaanxi");
        Recommendation seen = catalog.recommendation(atProvince.getId());
        assertThat(seen.history()).extracting(r -> r.getRecommender().getName(), r -> r.getRound().getTitle())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LINWEI, city.getTitle()));
        review.review(seen.getId(), RecommendationState.PASSED, "同意", null);
        assertThat(catalog.forwardsOf(catalog.recommendation(water.getId()))).extracting(Recommendation::getId)
                .containsExactly(atProvince.getId());
        Users.as(users, "linwei");
        assertThatThrownBy(() -> catalog.recommendation(atProvince.getId())).as("县看不到省一级的推荐")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("评分取平均分，五个及以上评分时去掉一个最高分和一个最低分；同一评审再次评分替换原分")
    void scoreTrimming() {
        assertThat(Recommendation.mean(points("60", "100"))).contains(new BigDecimal("80.0"));
        assertThat(Recommendation.mean(points("50", "60", "70", "100"))).contains(new BigDecimal("70.0"));
        assertThat(Recommendation.mean(points("10", "80", "80", "80", "100"))).contains(new BigDecimal("80.0"));
        assertThat(Recommendation.mean(points("60", "70", "80", "90", "100", "95"))).contains(new BigDecimal("83.8"));
        assertThat(Recommendation.mean(List.of())).isEmpty();

        RecommendationRound round = activityRound(3, null);
        Recommendation r = recommend("linwei", round, LINWEI, "临渭区节水科普进校园");
        Users.as(users, "weinan");
        review.score(r.getId(), new BigDecimal("90"));
        review.score(r.getId(), new BigDecimal("85.5"));
        assertThat(catalog.recommendation(r.getId()).meanScore()).contains(new BigDecimal("85.5"));
        assertThat(problem(() -> review.score(r.getId(), new BigDecimal("101")))).isEqualTo("评分应在0到100之间");
        Users.as(users, "linwei");
        assertThat(problem(() -> review.score(r.getId(), new BigDecimal("100"))))
                .isEqualTo("只有发起单位“渭南市科学技术协会”可以审核、评分和评选");
    }

    static List<BigDecimal> points(String... values) {
        return Stream.of(values).map(BigDecimal::new).toList();
    }

    @Test
    @DisplayName("公示页面无需登录，列出拟表彰对象的名称、单位和主要内容，不显示联系人和联系电话；未公示的评选不对外")
    void publicityShowsNoContactData() throws Exception {
        RecommendationRound round = activityRound(3, null);
        Users.as(users, "linwei");
        RecommendationForm f = recommending.prefill(round, unit(LINWEI), activity(round, LINWEI, "临渭区节水科普进校园").id(), null);
        f.setContactPerson("联系人甲乙");
        f.setContactPhone("13912345678");
        Recommendation r = recommending.create(round.getId(), f, true);
        mvc.perform(get("/public/recommendation-rounds/{id}", round.getId())).andExpect(status().isNotFound());
        Users.as(users, "weinan");
        review.review(r.getId(), RecommendationState.PASSED, "同意", null);
        review.select(r.getId(), true);
        publishing.startPublicity(round.getId(), today().plusDays(5));
        Users.nobody();

        String page = mvc.perform(get("/public/recommendation-rounds/{id}", round.getId())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("临渭区节水科普进校园").contains(LINWEI).contains("活动按计划举办")
                .contains("公示期至" + today().plusDays(5))
                .doesNotContain("13912345678").doesNotContain("联系人甲乙").doesNotContain("联系电话");
    }

    @Test
    @DisplayName("数据权限：华州区看不到、改不了临渭区的推荐（服务、页面和接口都答“不存在”），市科协看得到本轮全部推荐")
    void dataScope() throws Exception {
        RecommendationRound round = activityRound(3, null);
        Recommendation linwei = recommend("linwei", round, LINWEI, "临渭区节水科普进校园");
        Recommendation huazhou = recommend("huazhou", round, HUAZHOU, "华州区食品安全科普联合行动");

        Users.as(users, "huazhou");
        assertThatThrownBy(() -> catalog.recommendation(linwei.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> recommending.submit(linwei.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sheets.one(linwei.getId())).isInstanceOf(NotFoundException.class);
        assertThat(catalog.recommendations(round, new RoundCatalog.Filter(null, null, false), 0, 50).getContent())
                .extracting(Recommendation::getId).containsExactly(huazhou.getId());
        Users.as(users, "weinan");
        assertThat(catalog.recommendations(round, new RoundCatalog.Filter(null, null, false), 0, 50).getContent())
                .extracting(Recommendation::getId).containsExactly(linwei.getId(), huazhou.getId());
        Users.nobody();

        var page = user(users.loadUserByUsername("huazhou"));
        String body = mvc.perform(get("/recommendations/{id}", linwei.getId()).with(page)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("不在您的数据权限范围内").doesNotContain("临渭区节水科普进校园");
        mvc.perform(post("/recommendations/{id}", linwei.getId()).with(page).with(csrf()).param("subjectName", "篡改")
                .param("mainText", "篡改")).andExpect(status().isNotFound());
        mvc.perform(get("/recommendations/{id}/form.docx", linwei.getId()).with(page)).andExpect(status().isNotFound());

        var api = httpBasic("huazhou", Demo.PASSWORD);
        mvc.perform(get("/api/v1/recommendations/{id}", linwei.getId()).with(api)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("推荐不存在，或不在您的数据权限范围内"));
        mvc.perform(post("/api/v1/recommendations/{id}/review", linwei.getId()).with(api).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"PASSED\"}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/recommendations").param("roundId", round.getId().toString()).with(api)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].subjectName").value("华州区食品安全科普联合行动"));
        assertThat(recommendations.findById(linwei.getId()).orElseThrow().getSubjectName()).isEqualTo("临渭区节水科普进校园");
    }

    @Test
    @DisplayName("接口：发起评选、推荐（不合格时400并说明）、审核退回须填原因、报送上一级")
    void api() throws Exception {
        RecommendationRound province = round("shaanxi", "测试省优秀活动推荐", RoundKind.ACTIVITY, SCIENCE_DAY, 5, null);
        var weinan = httpBasic("weinan", Demo.PASSWORD);
        Users.as(users, "weinan");
        long campaign = opening.campaigns(unit(Demo.WEINAN)).stream().filter(c -> c.name().equals(SCIENCE_DAY)).findFirst().orElseThrow().id();
        Users.nobody();
        String title = Demo.unique("接口优秀活动推荐");
        String created = mvc.perform(post("/api/v1/recommendation-rounds").with(weinan).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"" + title + "\",\"kind\":\"ACTIVITY\",\"campaignId\":" + campaign + ",\"recommenderIds\":["
                                + unit(LINWEI).getId() + "," + unit(HUAZHOU).getId() + "],\"quota\":2,\"deadline\":\""
                                + today().plusDays(5) + "\",\"nextRoundId\":" + province.getId() + "}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.formPreset").value("ACTIVITY"))
                .andReturn().getResponse().getContentAsString();
        long roundId = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get("/api/v1/recommendation-rounds/{id}", roundId).with(httpBasic("linwei", Demo.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value(title));

        RecommendationRound round = rounds.findById(roundId).orElseThrow();
        long water = activity(round, LINWEI, "临渭区节水科普进校园").id();
        long notComplete = activity(round, LINWEI, "临渭区食品安全进农村科普宣传").id();
        var linwei = httpBasic("linwei", Demo.PASSWORD);
        mvc.perform(post("/api/v1/recommendations").with(linwei).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roundId\":" + roundId + ",\"activityId\":" + notComplete + ",\"subjectName\":\"x\",\"mainText\":\"y\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("activityId"));
        String rec = mvc.perform(post("/api/v1/recommendations").with(linwei).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roundId\":" + roundId + ",\"activityId\":" + water + ",\"subjectName\":\"临渭区节水科普进校园\","
                                + "\"mainText\":\"覆盖全区中小学\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.stateLabel").value("草稿"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(rec, "$.id")).longValue();
        mvc.perform(post("/api/v1/recommendations/{id}/submit", id).with(linwei)).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBMITTED"));
        mvc.perform(post("/api/v1/recommendations/{id}/review", id).with(weinan).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"RETURNED\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/recommendations/{id}/review", id).with(weinan).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"PASSED\",\"opinion\":\"同意\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stateLabel").value("已通过"));
        mvc.perform(post("/api/v1/recommendations/{id}/forward", id).with(weinan)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("“临渭区节水科普进校园”未被选为拟表彰对象，不能报送上一级"));
        Users.as(users, "weinan");
        review.select(id, true);
        Users.nobody();
        mvc.perform(post("/api/v1/recommendations/{id}/forward", id).with(weinan)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.roundId").value(province.getId())).andExpect(jsonPath("$.forwardedFromId").value(id))
                .andExpect(jsonPath("$.recommender.name").value(Demo.WEINAN));
    }

    @Test
    @DisplayName("盖章扫描件只收 PDF 或 JPG：Word 文件被拒并说明，已上传的 PDF 保留")
    void stampedScan() throws Exception {
        RecommendationRound round = activityRound(3, null);
        Recommendation r = recommend("linwei", round, LINWEI, "临渭区节水科普进校园");
        Users.as(users, "linwei");
        recommending.attachScan(r.getId(), List.of(new Upload("推荐表.pdf", PDF)));
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("不是扫描件");
            doc.write(docx);
        }
        assertThat(problem(() -> recommending.attachScan(r.getId(), List.of(new Upload("推荐表.docx", docx.toByteArray())))))
                .isEqualTo("“推荐表.docx”不是 PDF 或 JPG 文件，请上传盖章推荐表的扫描件");
        assertThat(recommending.scans(r)).extracting(a -> a.name()).containsExactly("推荐表.pdf");
    }

    @Test
    @DisplayName("推荐表 Word 按附件2、附件3的版式：有边框的表格、合并单元格、竖排“主要事迹/主要内容”、两个意见栏有（盖章）和年月日；一个推荐单位的全部推荐表可合为一个文件")
    void theFormAsWord() throws Exception {
        RecommendationRound round = activityRound(3, null);
        Recommendation water = recommend("linwei", round, LINWEI, "临渭区节水科普进校园");
        Recommendation lecture = recommend("linwei", round, LINWEI, "农产品质量与健康饮食讲座");
        Users.as(users, "linwei");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(sheets.one(water.getId())))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo(round.formTitle()).endsWith("推荐表");
            assertThat(doc.getTables()).hasSize(1);
            XWPFTable t = doc.getTables().get(0);
            assertThat(t.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString()).isEqualTo("single");
            assertThat(t.getRows()).hasSize(6);
            assertThat(t.getRows()).extracting(row -> row.getTableCells().size()).containsExactly(2, 2, 4, 2, 2, 2);
            assertThat(span(t.getRow(0).getCell(1))).isEqualTo(3);
            assertThat(texts(t.getRow(0))).containsExactly("活动名称", "临渭区节水科普进校园");
            assertThat(texts(t.getRow(1))).containsExactly("单位名称", LINWEI);
            assertThat(texts(t.getRow(2)).get(0)).isEqualTo("联系人");
            assertThat(texts(t.getRow(2)).get(2)).isEqualTo("联系电话");
            assertThat(t.getRow(3).getCell(0).getText()).as("竖排：一字一行").contains("\n").isNotEqualTo("主要内容");
            assertThat(flat(t.getRow(3).getCell(0))).isEqualTo("主要内容");
            assertThat(t.getRow(3).getCell(1).getText()).contains("活动按计划举办");
            assertThat(flat(t.getRow(4).getCell(0))).isEqualTo("推荐单位意见");
            assertThat(t.getRow(4).getCell(1).getText()).contains("同意推荐。").contains("（盖章）").contains("年    月    日");
            assertThat(flat(t.getRow(5).getCell(0))).isEqualTo("市科协审核意见");
            assertThat(t.getRow(5).getCell(1).getText()).contains("（盖章）").contains("年    月    日");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(sheets.ofRecommender(round.getId(), unit(LINWEI).getId())))) {
            assertThat(doc.getTables()).hasSize(2);
            assertThat(doc.getTables()).extracting(t -> texts(t.getRow(0)).get(1))
                    .containsExactly("临渭区节水科普进校园", "农产品质量与健康饮食讲座");
            assertThat(lecture.getId()).isGreaterThan(water.getId());
        }

        RecommendationRound units = round("weinan", "测试先进单位推荐", RoundKind.UNIT, null, 2, null);
        Users.as(users, "linwei");
        RecommendationForm f = recommending.prefill(units, unit(LINWEI), null, unit(LINWEI).getId());
        f.setStaffCount(32);
        f.setMainText("开展科普日活动12场。");
        Recommendation u = recommending.create(units.getId(), f, true);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(sheets.one(u.getId())))) {
            XWPFTable t = doc.getTables().get(0);
            assertThat(t.getRows()).extracting(row -> row.getTableCells().size()).containsExactly(2, 4, 4, 2, 2, 2);
            assertThat(texts(t.getRow(0))).containsExactly("单位名称", LINWEI);
            assertThat(texts(t.getRow(1))).containsExactly("单位级别", "县级", "职工总数", "32");
            assertThat(texts(t.getRow(2))).containsExactly("联系人", "吕梁", "联系电话", unit(LINWEI).getContactPhone() == null ? "" : unit(LINWEI).getContactPhone());
            assertThat(flat(t.getRow(3).getCell(0))).isEqualTo("主要事迹");
            assertThat(flat(t.getRow(4).getCell(0))).isEqualTo("推荐单位审核意见");
        }
    }

    @Autowired
    RecommendationWork work;

    @Test
    @DisplayName("退回的推荐由推荐单位修改后重新提交；工作台上市科协看到待审核的推荐，临渭区看到被退回的推荐和推荐截止日期")
    void returnedChangedAndSubmittedAgain() {
        RecommendationRound round = activityRound(3, null);
        Recommendation r = recommend("linwei", round, LINWEI, "临渭区节水科普进校园");
        Users.as(users, "weinan");
        assertThat(work.items()).anySatisfy(i -> {
            assertThat(i.label()).isEqualTo("待审核的推荐");
            assertThat(i.link()).isEqualTo("/recommendation-rounds/" + round.getId() + "?state=SUBMITTED");
            assertThat(i.count()).isEqualTo(1);
        });
        review.review(r.getId(), RecommendationState.RETURNED, null, "请补充参与学生人数。");
        assertThat(work.items()).noneSatisfy(i -> assertThat(i.link()).startsWith("/recommendation-rounds/" + round.getId() + "?"));

        Users.as(users, "linwei");
        assertThat(work.items()).anySatisfy(i -> assertThat(i.label()).isEqualTo("被退回待修改的推荐"))
                .anySatisfy(i -> {
                    assertThat(i.label()).isEqualTo("推荐：" + round.getTitle());
                    assertThat(i.due()).isEqualTo(round.getDeadline());
                });
        RecommendationForm f = RecommendationForm.of(catalog.recommendation(r.getId()));
        f.setMainText(f.getMainText() + "\n参与学生3200人。");
        f.setSubjectName(" ");
        assertThat(problem(() -> recommending.update(r.getId(), f, true))).isEqualTo("请填写活动名称");
        f.setSubjectName("临渭区节水科普进校园");
        Recommendation again = recommending.update(r.getId(), f, true);
        assertThat(again.getState()).isEqualTo(RecommendationState.SUBMITTED);
        assertThat(again.getReturnReason()).isNull();
        assertThat(recommendations.findById(r.getId()).orElseThrow().getMainText()).endsWith("参与学生3200人。");
        assertThat(problem(() -> recommending.update(r.getId(), f, true))).isEqualTo("推荐已提交，不能再修改");
    }

    @Test
    @DisplayName("公示期满后确定表彰名单：公示页改为表彰名单，表彰名单 Word 按序列出入选的活动；未公示不能确定名单")
    void theAwardList() throws Exception {
        RecommendationRound round = activityRound(3, null);
        Recommendation water = recommend("linwei", round, LINWEI, "临渭区节水科普进校园");
        Recommendation food = recommend("huazhou", round, HUAZHOU, "华州区食品安全科普联合行动");
        Users.as(users, "weinan");
        assertThat(problem(() -> publishing.startPublicity(round.getId(), today()))).isEqualTo("尚未选出拟表彰对象，不能公示");
        assertThat(problem(() -> publishing.fixAwards(round.getId()))).isEqualTo("公示之后才能确定表彰名单");
        for (Recommendation r : List.of(water, food)) {
            review.review(r.getId(), RecommendationState.PASSED, "同意", null);
            review.select(r.getId(), true);
        }
        publishing.startPublicity(round.getId(), today().plusDays(7));
        assertThat(problem(() -> review.select(water.getId(), false))).contains("公示中，评审已结束");
        publishing.fixAwards(round.getId());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(sheets.awards(round.getId())))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo(RecommendationSheets.awardsTitle(round)).endsWith("表彰名单");
            XWPFTable t = doc.getTables().get(0);
            assertThat(texts(t.getRow(0))).containsExactly("序号", "活动名称", "单位名称", "推荐单位");
            assertThat(texts(t.getRow(1))).containsExactly("1", "临渭区节水科普进校园", LINWEI, LINWEI);
            assertThat(texts(t.getRow(2))).containsExactly("2", "华州区食品安全科普联合行动", HUAZHOU, HUAZHOU);
        }
        Users.nobody();
        String page = mvc.perform(get("/public/recommendation-rounds/{id}", round.getId())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(round.getTitle() + "表彰名单").contains("表彰名单已确定");
    }

    static int span(XWPFTableCell cell) {
        return cell.getCTTc().getTcPr().getGridSpan().getVal().intValue();
    }

    static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(RecommendationTests::flat).toList();
    }

    static String flat(XWPFTableCell cell) {
        return cell.getText().replaceAll("\\s", "");
    }
}
