package cn.kepu.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.kepu.attachment.Attachment;
import cn.kepu.attachment.Upload;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.plan.Ledger;
import cn.kepu.plan.LedgerFilter;
import cn.kepu.plan.LedgerRow;
import cn.kepu.plan.PlanCatalog;
import cn.kepu.plan.PlanManagement;
import cn.kepu.plan.Progress;
import cn.kepu.plan.ProgressForm;
import cn.kepu.plan.WorkPlan;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.StaleVersion;
import cn.kepu.support.TestClock;
import cn.kepu.support.TestImages;
import cn.kepu.support.Users;
import cn.kepu.support.VersionRequired;

@KepuTest
@Isolated("moves the shared test clock")
class ActivityRulesTests {

    @Autowired
    CampaignManagement campaigns;
    @Autowired
    ActivityRegistration registration;
    @Autowired
    ActivityReview review;
    @Autowired
    ActivityEvidence evidence;
    @Autowired
    ActivityCatalog catalog;
    @Autowired
    ReviewRouting routing;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    PlanManagement plans;
    @Autowired
    PlanCatalog planCatalog;
    @Autowired
    Ledger ledger;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;
    @Autowired
    Progress progress;

    @AfterEach
    void reset() {
        clock.reset();
        Users.nobody();
    }

    long id(String name) {
        return organizations.named(name).orElseThrow().getId();
    }

    Campaign campaign(Consumer<CampaignForm> rules) {
        Users.as(users, "taian");
        CampaignForm f = Fixtures.campaign(organizations);
        rules.accept(f);
        return campaigns.create(f);
    }

    @Test
    @DisplayName("命名规则：强制时不符合的名称不能保存，提醒时保存并提示；{年}只认活动的年份")
    void namingRule() {
        Campaign strict = campaign(f -> {
            f.setNamingPattern("{年}年泰安市{主题}科普志愿服务活动");
            f.setNamingEnforced(true);
        });
        int year = strict.getEventStart().getYear();
        Users.as(users, "taishan");
        assertThatThrownBy(() -> registration.save(null, Fixtures.activity(strict, id(Demo.TAISHAN), "泰山区科普志愿服务"), false))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("不符合命名规则“{年}年泰安市{主题}科普志愿服务活动”");
        assertThatThrownBy(() -> registration.save(null, Fixtures.activity(strict, id(Demo.TAISHAN),
                (year - 1) + "年泰安市健康进社区科普志愿服务活动"), false)).isInstanceOf(RuleViolation.class);
        var saved = registration.save(null, Fixtures.activity(strict, id(Demo.TAISHAN), year + "年泰安市健康进社区科普志愿服务活动"), false);
        assertThat(saved.warnings()).isEmpty();

        Users.as(users, "taian");
        Campaign lenient = campaign(f -> f.setNamingPattern("{年}年泰安市{主题}科普志愿服务活动"));
        Users.as(users, "taishan");
        var warned = registration.save(null, Fixtures.activity(lenient, id(Demo.TAISHAN), "泰山区科普志愿服务"), false);
        assertThat(warned.activity().getId()).isNotNull();
        assertThat(warned.warnings()).singleElement().asString().contains("不符合命名规则");
    }

    @Test
    @DisplayName("食品安全计数：名称中有“食品安全”才计入；标了主题而名称没有的提醒且不计；名称有而忘了标的也计")
    void foodSafetyCountsByName() {
        Campaign c = campaign(f -> {
        });
        Users.as(users, "taishan");
        ActivityForm tagged = Fixtures.activity(c, id(Demo.TAISHAN), "“舌尖上的安全”科普讲座");
        tagged.setTopics(List.of("食品安全"));
        var notCounted = registration.save(null, tagged, false);
        assertThat(notCounted.activity().getCountedTopics()).doesNotContain("食品安全");
        assertThat(notCounted.warnings()).anySatisfy(w -> assertThat(w).contains("名称中没有“食品安全”").contains("不计入食品安全活动数"));

        ActivityForm named = Fixtures.activity(c, id(Demo.TAISHAN), "食品安全进社区宣传");
        named.setTopics(List.of("健康科普"));
        assertThat(registration.save(null, named, false).activity().getCountedTopics()).containsExactly("健康科普", "食品安全");
    }

    @Test
    @DisplayName("审核通过立即计入台账：县科协的完成数增加，仅食品安全指标只计名称含“食品安全”的活动；退回的不计")
    void approvalRollsUpIntoTheLedger() {
        Users.as(users, "taian");
        WorkPlan plan = Fixtures.planWithActivityQuota(plans, organizations, 3);
        long all = Fixtures.quota(planCatalog, id(Demo.TAIAN), plan, "全国科普日活动");
        long food = Fixtures.quota(planCatalog, id(Demo.TAIAN), plan, "食品安全科普工作");
        Campaign c = campaign(f -> {
            f.setQuotaIds(List.of(all));
            f.setFoodSafetyQuotaIds(List.of(food));
        });
        Users.as(users, "taishan");
        long base = id("泰山区科普教育基地（泰山区青少年科技活动中心）");
        Activity foodSafety = registration.save(null, Fixtures.activity(c, id(Demo.TAISHAN), "食品安全科普进社区"), true).activity();
        Activity other = registration.save(null, Fixtures.activity(c, base, "青少年科学实验开放日"), true).activity();
        Activity returned = registration.save(null, Fixtures.activity(c, id(Demo.TAISHAN), "应急科普进校园"), true).activity();
        assertThat(actual(plan, "全国科普日活动", Demo.TAISHAN)).isZero();

        review.review(foodSafety.getId(), true, null);
        review.review(other.getId(), true, "同意");
        review.review(returned.getId(), false, "地点不具体");

        assertThat(actual(plan, "全国科普日活动", Demo.TAISHAN)).isEqualByComparingTo("2");
        assertThat(actual(plan, "食品安全科普工作", Demo.TAISHAN)).isEqualByComparingTo("1");
        assertThat(actual(plan, "全国科普日活动", Demo.DAIYUE)).isZero();
        assertThat(catalog.activity(returned.getId()).getState()).isEqualTo(ActivityState.RETURNED);
        assertThatThrownBy(() -> review.review(returned.getId(), true, null)).hasMessageContaining("不在待审核状态");
    }

    @Test
    @DisplayName("活动数由审核通过的活动计数：县科协填的数是写明理由的更正，页面说明完成数由哪几部分组成；未关联活动的指标照常填报累计数")
    void aCountedFigureIsCorrectedBesideTheCount() {
        Users.as(users, "taian");
        WorkPlan plan = Fixtures.planWithActivityQuota(plans, organizations, 3);
        long all = Fixtures.quota(planCatalog, id(Demo.TAIAN), plan, "全国科普日活动");
        long food = Fixtures.quota(planCatalog, id(Demo.TAIAN), plan, "食品安全科普工作");
        Campaign c = campaign(f -> f.setQuotaIds(List.of(all)));
        Users.as(users, "taishan");
        for (String name : List.of(Demo.unique("健康科普进社区"), Demo.unique("安全科普进校园"))) {
            Fixtures.approve(review, users, registration.save(null, Fixtures.activity(c, id(Demo.TAISHAN), name), true).activity().getId());
        }
        long activities = assignment(plan, "全国科普日活动", Demo.TAISHAN);
        Users.as(users, "taishan");
        assertThat(progress.feeding(activities)).containsOnlyKeys(all)
                .containsEntry(all, "“" + c.getName() + "”的审核通过的活动");
        assertThat(actual(plan, "全国科普日活动", Demo.TAISHAN)).isEqualByComparingTo("2");

        // Typing the total (20) as before would make it 22: the figure is a correction, and a correction needs its reason.
        Users.as(users, "taishan");
        assertThatThrownBy(() -> progress.report(activities, values(all, "20", null), List.of()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("请填写更正理由：活动数由“" + c.getName() + "”的审核通过的活动自动计数");
        assertThat(progress.reports(activities)).isEmpty();
        assertThat(actual(plan, "全国科普日活动", Demo.TAISHAN)).isEqualByComparingTo("2");

        Users.as(users, "taishan");
        progress.report(activities, values(all, "3", "乡镇开展的3项活动未在平台登记"), List.of());
        assertThat(actual(plan, "全国科普日活动", Demo.TAISHAN)).isEqualByComparingTo("5");
        Users.as(users, "taishan");
        assertThat(progress.actualParts(activities)).containsEntry(all, "本单位审核通过的活动 2项 + 本单位填报的更正 3项");
        assertThat(progress.reported(activities)).containsEntry(all, new BigDecimal("3"));

        // The form starts from the correction: sending it unchanged needs no reason again and changes nothing.
        progress.report(activities, values(all, "3", null), List.of());
        assertThat(progress.reports(activities)).hasSize(2);
        assertThat(actual(plan, "全国科普日活动", Demo.TAISHAN)).isEqualByComparingTo("5");

        Users.as(users, "taishan");
        assertThatThrownBy(() -> progress.report(activities, values(all, "-3", "重复登记"), List.of()))
                .hasMessageContaining("活动数更正后为负数：已计2项");
        progress.report(activities, values(all, "-1", "一项活动与区教育局活动重复"), List.of());
        assertThat(actual(plan, "全国科普日活动", Demo.TAISHAN)).isEqualByComparingTo("1");
        Users.as(users, "taishan");
        assertThat(progress.actualParts(activities)).containsEntry(all, "本单位审核通过的活动 2项 − 本单位填报的更正 1项");

        // A quota nothing counts: the unit's figure is the figure, never below zero, and the form starts from it.
        long foodPart = assignment(plan, "食品安全科普工作", Demo.TAISHAN);
        Users.as(users, "taishan");
        assertThatThrownBy(() -> progress.report(foodPart, values(food, "-1", null), List.of()))
                .hasMessageContaining("食品安全活动数的完成数不能为负数");
        progress.report(foodPart, values(food, "4", null), List.of());
        assertThat(progress.reported(foodPart)).containsEntry(food, new BigDecimal("4"));
        assertThat(progress.actualParts(foodPart)).containsEntry(food, "本单位填报 4项");
        assertThat(actual(plan, "食品安全科普工作", Demo.TAISHAN)).isEqualByComparingTo("4");
    }

    @Test
    @DisplayName("考核取数：各县审核通过（含已完成）的活动数，含下属单位举办的；只计食品安全的只数名称里有“食品安全”的；退回的不计；县里只看到本县")
    void countingActivitiesPerUnit() {
        Campaign c = campaign(f -> f.setCountingRules("食品安全=食品安全"));
        Users.as(users, "taishan");
        long base = id("泰山区科普教育基地（泰山区青少年科技活动中心）");
        Fixtures.approve(review, users, registration.save(null, Fixtures.activity(c, id(Demo.TAISHAN), Demo.unique("食品安全进社区")), true).activity().getId());
        Fixtures.approve(review, users, registration.save(null, Fixtures.activity(c, base, Demo.unique("青少年科学实验开放日")), true).activity().getId());
        long returned = registration.save(null, Fixtures.activity(c, id(Demo.TAISHAN), Demo.unique("应急科普进校园")), true).activity().getId();
        Users.as(users, "admin");
        review.review(returned, false, "地点不具体");
        Users.as(users, "daiyue");
        Fixtures.approve(review, users, registration.save(null, Fixtures.activity(c, id(Demo.DAIYUE), Demo.unique("农业科技大集")), true).activity().getId());

        Users.as(users, "taian");
        List<Organization> counties = List.of(organizations.named(Demo.TAISHAN).orElseThrow(), organizations.named(Demo.DAIYUE).orElseThrow());
        assertThat(catalog.countingWithin(c.getId(), null, counties))
                .containsExactly(Map.entry(id(Demo.TAISHAN), 2L), Map.entry(id(Demo.DAIYUE), 1L));
        assertThat(catalog.countingWithin(c.getId(), "食品安全", counties))
                .containsExactly(Map.entry(id(Demo.TAISHAN), 1L), Map.entry(id(Demo.DAIYUE), 0L));
        Users.as(users, "daiyue");
        assertThat(catalog.countingWithin(c.getId(), null, counties)).containsEntry(id(Demo.TAISHAN), 0L).containsEntry(id(Demo.DAIYUE), 1L);
    }

    long assignment(WorkPlan plan, String task, String unit) {
        Users.as(users, "taian");
        return ledger.rows(LedgerFilter.of(plan.getId())).stream()
                .filter(r -> unit.equals(r.organizationName()) && task.equals(r.taskTitle())).findFirst().orElseThrow().assignmentId();
    }

    static ProgressForm values(long quota, String value, String reason) {
        ProgressForm form = new ProgressForm();
        form.setValues(new HashMap<>(Map.of(quota, new BigDecimal(value))));
        form.setCorrectionReason(reason);
        return form;
    }

    BigDecimal actual(WorkPlan plan, String task, String unit) {
        Users.as(users, "taian");
        List<LedgerRow> rows = ledger.rows(LedgerFilter.of(plan.getId()));
        return rows.stream().filter(r -> unit.equals(r.organizationName()) && task.equals(r.taskTitle())).findFirst()
                .orElseThrow().actual();
    }

    @Test
    @DisplayName("审核单位：县科协审本县的活动（含市属、位于本县的基地），学会、高校科协、企业科协由主管的科协审核")
    void reviewRouting() {
        assertThat(routing.reviewerFor(unit(Demo.TAISHAN)).getName()).isEqualTo(Demo.TAISHAN);
        assertThat(routing.reviewerFor(unit("泰山区新时代文明实践农业科技志愿服务队")).getName()).isEqualTo(Demo.TAISHAN);
        assertThat(routing.reviewerFor(unit("泰山地质公园科普教育基地")).getName()).isEqualTo(Demo.TAISHAN);
        assertThat(routing.reviewerFor(unit("泰安市气象科普教育基地")).getName()).isEqualTo(Demo.DAIYUE);
        assertThat(routing.reviewerFor(unit("山东农业大学科学技术协会")).getName()).isEqualTo(Demo.TAIAN);
        assertThat(routing.reviewerFor(unit("泰开集团科学技术协会")).getName()).isEqualTo(Demo.TAIAN);
        assertThat(routing.reviewerFor(unit("泰安市医学会")).getName()).isEqualTo(Demo.TAIAN);
        assertThat(routing.reviewerFor(unit("泰安市科技馆")).getName()).isEqualTo(Demo.TAIAN);
    }

    Organization unit(String name) {
        return organizations.named(name).orElseThrow();
    }

    @Test
    @DisplayName("逾期（固定时钟）：截止后提交标记为逾期并提示；设为不接受逾期的活动拒绝；登记开始前不能提交；重点活动有自己的截止日")
    void lateSubmissions() {
        Campaign marking = campaign(f -> f.setKeyPlanDeadline(f.getRegistrationStart().plusDays(3)));
        Campaign refusing = campaign(f -> f.setLateRefused(true));
        Users.as(users, "taishan");
        Activity a = registration.save(null, Fixtures.activity(marking, id(Demo.TAISHAN), "科普讲座甲"), false).activity();
        Activity b = registration.save(null, Fixtures.activity(refusing, id(Demo.TAISHAN), "科普讲座乙"), false).activity();
        ActivityForm keyForm = Fixtures.activity(marking, id(Demo.TAISHAN), "重点活动丙");
        keyForm.setKeyActivity(true);
        Activity key = registration.save(null, keyForm, false).activity();

        clock.at(marking.getRegistrationStart().plusDays(5).atTime(10, 0).atZone(Fixtures.ZONE).toInstant());
        var keyLate = registration.submit(key.getId());
        assertThat(keyLate.activity().isLate()).isTrue();
        assertThat(keyLate.warnings()).singleElement().asString().contains("重点活动应于").contains("前报送");

        clock.at(marking.getRegistrationEnd().plusDays(1).atTime(9, 0).atZone(Fixtures.ZONE).toInstant());
        var late = registration.submit(a.getId());
        assertThat(late.activity().getState()).isEqualTo(ActivityState.SUBMITTED);
        assertThat(late.activity().isLate()).isTrue();
        assertThat(late.warnings()).singleElement().asString().contains("登记已于").contains("截止，已提交并标记为逾期");
        assertThatThrownBy(() -> registration.submit(b.getId())).hasMessageContaining("不接受逾期提交");
        assertThat(catalog.activity(b.getId()).getState()).isEqualTo(ActivityState.DRAFT);

        clock.at(marking.getRegistrationStart().minusDays(2).atStartOfDay(Fixtures.ZONE).toInstant());
        ActivityForm early = Fixtures.activity(marking, id(Demo.TAISHAN), "科普讲座丁");
        assertThatThrownBy(() -> registration.save(null, early, true)).hasMessageContaining("登记自");
    }

    @Test
    @DisplayName("坏输入：期外时间（提醒或拒绝）、重复登记、电话不是手机或固话、没有地点、结束早于开始，各有中文说明")
    void badRegistrations() {
        Campaign lenient = campaign(f -> {
        });
        Campaign strict = campaign(f -> f.setWindowEnforced(true));
        Users.as(users, "taishan");
        long taishan = id(Demo.TAISHAN);

        ActivityForm outside = Fixtures.activity(lenient, taishan, "期外活动");
        outside.setStartsAt(lenient.getEventEnd().plusDays(2).atTime(9, 0));
        outside.setEndsAt(outside.getStartsAt().plusHours(1));
        var marked = registration.save(null, outside, false);
        assertThat(marked.activity().isOutsideWindow()).isTrue();
        assertThat(marked.warnings()).anySatisfy(w -> assertThat(w).contains("不在活动期间").contains("已标记为期外活动"));
        outside.setCampaignId(strict.getId());
        outside.setName("期外活动（另一项）");
        assertThatThrownBy(() -> registration.save(null, outside, false)).hasMessageContaining("请调整活动时间");

        registration.save(null, Fixtures.activity(lenient, taishan, "重复的讲座"), false);
        assertThatThrownBy(() -> registration.save(null, Fixtures.activity(lenient, taishan, "重复的讲座"), false))
                .hasMessageContaining("本单位已登记同名活动");

        ActivityForm phone = Fixtures.activity(lenient, taishan, "电话有误的讲座");
        phone.setPhone("12345");
        assertThatThrownBy(() -> registration.save(null, phone, false)).hasMessageContaining("联系电话“12345”不是手机号或固定电话");
        phone.setPhone("6221234");
        assertThat(registration.save(null, phone, false).activity().getPhone()).isEqualTo("6221234");

        ActivityForm nowhere = Fixtures.activity(lenient, taishan, "没有地点的讲座");
        nowhere.setAddress(null);
        nowhere.setOnlineUrl("www.example.cn");
        RuleViolation problems = Assertions.assertThrows(RuleViolation.class,
                () -> registration.save(null, nowhere, false));
        assertThat(problems.problems()).extracting(RuleViolation::getMessage)
                .contains("活动网址应以 http:// 或 https:// 开头");

        ActivityForm backwards = Fixtures.activity(lenient, taishan, "时间颠倒的讲座");
        backwards.setEndsAt(backwards.getStartsAt().minusHours(1));
        assertThatThrownBy(() -> registration.save(null, backwards, false)).hasMessageContaining("结束时间早于开始时间");
    }

    @Test
    @DisplayName("照片和视频：通过审核后才能上传；不是照片或视频的文件、超过上限的数量被拒绝，照片一张也不保存")
    void photos() throws Exception {
        Campaign c = campaign(f -> f.setMaxPhotos(2));
        Users.as(users, "taishan");
        Activity a = registration.save(null, Fixtures.activity(c, id(Demo.TAISHAN), "有照片的讲座"), true).activity();
        byte[] jpeg = TestImages.jpeg(800, 600);
        assertThatThrownBy(() -> evidence.addPhotos(a.getId(), List.of(new Upload("a.jpg", jpeg))))
                .hasMessageContaining("通过审核后才能上传照片");
        Users.as(users, "taian"); // the association above reviews what taishan submitted itself
        review.review(a.getId(), true, null);
        Users.as(users, "taishan");
        assertThatThrownBy(() -> evidence.addPhotos(a.getId(), List.of(
                new Upload("总结.docx", "PK not a photo".getBytes()))))
                .hasMessageContaining("“总结.docx”不是 JPG 或 PNG 照片");
        assertThatThrownBy(() -> evidence.addPhotos(a.getId(), List.of(new Upload("1.jpg", jpeg),
                new Upload("2.jpg", jpeg), new Upload("3.png", TestImages.png(10, 10)))))
                .hasMessageContaining("最多上传2张照片");
        assertThat(evidence.photos(a)).isEmpty();
        evidence.addPhotos(a.getId(), List.of(new Upload("1.jpg", jpeg)));
        Attachment photo = evidence.photos(a).get(0);
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(evidence.file(a.getId(), photo.id(), true).bytes()));
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(evidence.file(a.getId(), photo.id(), false).bytes()).isEqualTo(jpeg);
        assertThat(evidence.file(a.getId(), photo.id(), false).contentType()).isEqualTo("image/jpeg");

        assertThatThrownBy(() -> evidence.addVideo(a.getId(), new Upload("现场.mp4", jpeg)))
                .hasMessageContaining("“现场.mp4”不是视频文件");
        byte[] mp4 = TestImages.mp4(4096);
        Attachment video = evidence.addVideo(a.getId(), new Upload("现场.mp4", mp4));
        assertThat(video.contentType()).isEqualTo("video/mp4");
        assertThat(evidence.file(a.getId(), video.id(), false).bytes()).isEqualTo(mp4);
        evidence.addVideo(a.getId(), new Upload("2.mp4", mp4));
        evidence.addVideo(a.getId(), new Upload("3.mp4", mp4));
        assertThatThrownBy(() -> evidence.addVideo(a.getId(), new Upload("4.mp4", mp4)))
                .hasMessageContaining("最多上传3个视频文件");
    }

    @Test
    @DisplayName("两人同时改一个活动（专项）：后保存的被拒并说明已被他人修改，不带版本号的修改也被拒，先保存的内容不被覆盖")
    void campaignEditsNameTheirVersion() {
        Campaign c = campaign(f -> {
        });
        Users.as(users, "taian");
        CampaignForm first = campaigns.form(campaigns.campaign(c.getId()));
        CampaignForm second = campaigns.form(campaigns.campaign(c.getId()));
        first.setTheme("甲改的主题");
        campaigns.update(c.getId(), first);
        second.setTheme("乙改的主题");
        assertThatThrownBy(() -> campaigns.update(c.getId(), second)).isInstanceOf(StaleVersion.class)
                .hasMessageContaining("已被他人修改");
        second.setVersion(null);
        assertThatThrownBy(() -> campaigns.update(c.getId(), second)).isInstanceOf(VersionRequired.class);
        assertThat(campaigns.campaign(c.getId()).getTheme()).isEqualTo("甲改的主题");
    }

    @Test
    @DisplayName("不能审核自己提交的活动：泰山区科协自己提交的，由本单位其他人或泰安市科协审核，也不算“待我审核”")
    void nobodyReviewsWhatTheySubmitted() {
        Campaign c = campaign(f -> {
        });
        Users.as(users, "taishan");
        long taishan = organizations.named(Demo.TAISHAN).orElseThrow().getId();
        Activity own = registration.save(null, Fixtures.activity(c, taishan, Demo.unique("自己提交的讲座")), true).activity();
        assertThat(own.getSubmittedBy()).isEqualTo("taishan");
        assertThatThrownBy(() -> review.review(own.getId(), true, "自己通过"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("是您本人提交的，不能由您审核");
        assertThat(catalog.page(new ActivityCatalog.Filter(c.getId(), null, null, true), 0, 50).getContent())
                .extracting(Activity::getId).doesNotContain(own.getId());

        Users.as(users, "taian");
        assertThat(catalog.page(new ActivityCatalog.Filter(c.getId(), null, null, true), 0, 50).getContent())
                .extracting(Activity::getId).contains(own.getId());
        assertThat(review.review(own.getId(), true, "同意，请活动后补充照片。").getState()).isEqualTo(ActivityState.APPROVED);
        review.withdrawApproval(own.getId(), "照片与活动不符");
        // Every decision stays with its comment, reviewer and time (the last comment alone was all that was kept).
        assertThat(catalog.activity(own.getId()).getDecisions()).extracting(Decision::decision, Decision::comment, Decision::decidedBy)
                .containsExactly(Tuple.tuple("通过", "同意，请活动后补充照片。", "taian"), Tuple.tuple("撤销通过", "照片与活动不符", "taian"));
    }
    @Test
    @DisplayName("活动看板：登记数含草稿和退回的，计数只含通过的；两个主题的活动两个主题各计一次；食品安全按县；按天按提交日")
    void dashboardFiguresAddUpAsCountedByHand(@Autowired CampaignDashboard dashboard) {
        Campaign c = campaign(f -> {
        });
        Users.as(users, "taishan");
        ActivityForm food = Fixtures.activity(c, id(Demo.TAISHAN), Demo.unique("食品安全进社区宣传"));
        food.setTopics(List.of("食品安全", "健康科普"));
        food.setTargetGroups(List.of("社区居民", "青少年"));
        Fixtures.approve(review, users, registration.save(null, food, true).activity().getId());
        long returned = registration.save(null, Fixtures.activity(c, id(Demo.TAISHAN), Demo.unique("泰山区健康讲座（退回）")), true).activity().getId();
        Users.as(users, "taian");
        review.review(returned, false, "照片不清楚");
        Users.as(users, "taishan");
        registration.save(null, Fixtures.activity(c, id(Demo.TAISHAN), Demo.unique("泰山区健康讲座（草稿）")), false);
        Users.as(users, "daiyue");
        ActivityForm daiyue = Fixtures.activity(c, id(Demo.DAIYUE), Demo.unique("岱岳区双减科普课堂"));
        daiyue.setTopics(List.of("双减"));
        Fixtures.approve(review, users, registration.save(null, daiyue, true).activity().getId());

        Users.as(users, "taian");
        CampaignDashboard.Figures f = dashboard.figures(c.getId());
        assertThat(f).as("汇总表读出的与从活动现数的一致").isEqualTo(dashboard.liveFigures(c.getId()));
        assertThat(f.registered()).isEqualTo(4);
        assertThat(f.counted()).isEqualTo(2);
        assertThat(f.byTopic()).filteredOn(b -> b.count() > 0).extracting(CampaignDashboard.Bar::name, CampaignDashboard.Bar::count)
                .containsExactlyInAnyOrder(Tuple.tuple("食品安全", 1L), Tuple.tuple("健康科普", 1L), Tuple.tuple("双减", 1L));
        assertThat(f.byGroup()).filteredOn(b -> b.count() > 0).extracting(CampaignDashboard.Bar::name, CampaignDashboard.Bar::count)
                .containsExactlyInAnyOrder(Tuple.tuple("社区居民", 2L), Tuple.tuple("青少年", 1L));
        assertThat(f.foodSafetyByCounty()).filteredOn(b -> b.count() > 0).extracting(CampaignDashboard.Bar::name)
                .singleElement().asString().contains("泰山区");
        assertThat(f.byArea()).filteredOn(b -> b.name().contains("泰山区") || b.name().contains("岱岳区"))
                .extracting(CampaignDashboard.Bar::count).containsExactlyInAnyOrder(1L, 1L);
        assertThat(f.perDay().stream().mapToLong(CampaignDashboard.Day::count).sum()).as("提交过的三项，按提交日").isEqualTo(3);
    }
}
