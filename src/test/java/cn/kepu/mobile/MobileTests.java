package cn.kepu.mobile;

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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.kepu.attachment.Upload;
import cn.kepu.audit.AuditAction;
import cn.kepu.audit.AuditFilter;
import cn.kepu.audit.AuditTrail;
import cn.kepu.org.OrgLevel;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.OrganizationForm;
import cn.kepu.org.OrganizationManagement;
import cn.kepu.org.UnitType;
import cn.kepu.plan.CountableQuotas;
import cn.kepu.plan.PlanForm;
import cn.kepu.plan.PlanManagement;
import cn.kepu.plan.QuotaCounting;
import cn.kepu.plan.TaskForm;
import cn.kepu.plan.UnitFigures;
import cn.kepu.plan.WorkPlan;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.TestImages;
import cn.kepu.support.Users;

/**
 * 流动科普: counting completed visits into 巡展 quotas, completion rules, coverage and data scope. Every unit here is
 * fresh, in a city of its own under 山东省科协 (no region code), so no other test's figures move.
 */
@KepuTest
class MobileTests {

    @Autowired
    MobileSchedule schedule;
    @Autowired
    TownshipCoverage townships;
    @Autowired
    MobileCounting mobileCounting;
    @Autowired
    OrganizationManagement organizationManagement;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    PlanManagement plans;
    @Autowired
    CountableQuotas quotas;
    @Autowired
    UnitFigures figures;
    @Autowired
    QuotaCounting counting;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    AuditTrail audit;

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    long id(String name) {
        return organizations.named(name).orElseThrow().getId();
    }

    Organization unit(String name, OrgLevel level, long parent) {
        Users.as(users, "admin");
        OrganizationForm f = new OrganizationForm();
        f.setName(Demo.unique(name));
        f.setUnitType(UnitType.ASSOCIATION);
        f.setLevel(level);
        f.setParentId(parent);
        return organizationManagement.create(f);
    }

    /** A county association in a city of its own under the province. */
    Organization freshCounty(String name) {
        Organization city = unit("巡展测试市科学技术协会", OrgLevel.CITY, id(Demo.SHANDONG));
        return unit(name, OrgLevel.COUNTY, city.getId());
    }

    MobileResource truck(Organization owner) {
        Users.as(users, "admin");
        ResourceForm f = new ResourceForm();
        f.setOrganizationId(owner.getId());
        f.setName(Demo.unique("科普大篷车"));
        f.setKind("VEHICLE");
        return schedule.createResource(f);
    }

    static VisitForm visit(long resource, LocalDate date, String place, Long township) {
        VisitForm f = new VisitForm();
        f.setResourceId(resource);
        f.setVisitDate(date == null ? null : date.toString());
        f.setPlace(place);
        f.setTownshipId(township);
        f.setPlaceKind("TOWNSHIP");
        f.setHostUnit("镇人民政府");
        return f;
    }

    int lastYear() {
        return LocalDate.now(clock).getYear() - 1;
    }

    /** The county's actual toward the quota as the ledger shows it (read as the administrator). */
    BigDecimal actual(long planId, long quotaId, Organization county) {
        Users.as(users, "admin");
        var figure = figures.quota(planId, quotaId).get(county.getId());
        return figure == null ? BigDecimal.ZERO : figure.actual();
    }

    @Test
    @DisplayName("计划发布前已完成的巡展在发布时计入；完成的巡展计入计划中分配给本县的“科普大篷车巡展”指标（每站1次）；按人次计的指标不计；撤回、取消、删除后不再计入；逐次计数 = 从头重算")
    void completedVisitsCountTowardTheQuota() {
        Organization county = freshCounty("巡展计数县科学技术协会");
        Organization city = county.getParent();
        Users.as(users, "admin");
        PlanForm p = new PlanForm();
        p.setIssuerId(city.getId());
        p.setTitle(Demo.unique("巡展测试市科协科普工作计划"));
        p.setPeriodFrom(lastYear());
        WorkPlan plan = plans.create(p);
        TaskForm task = new TaskForm();
        task.setNumber("1");
        task.setTitle("开展科普大篷车进基层巡展");
        task.setResponsible(county.getName());
        task.setDeadline(lastYear() + "年12月");
        task.setQuotas(county.getName() + " 科普大篷车巡展 ≥ 10 场\n" + county.getName() + " 科普大篷车巡展受益群众 ≥ 5000 人次");
        plans.saveTask(plan.getId(), null, task);
        MobileResource truck = truck(county);
        MobileVisit early = schedule.schedule(visit(truck.getId(), LocalDate.of(lastYear(), 3, 1), "早春镇", null));
        schedule.complete(early.getId(), "100", null, List.of());
        Users.as(users, "admin");
        plans.publish(plan.getId());
        List<CountableQuotas.CountableQuota> planQuotas = quotas.measuring("大篷车").stream().filter(q -> q.planId() == plan.getId()).toList();
        assertThat(planQuotas).hasSize(2);
        long visitsQuota = planQuotas.stream().filter(q -> q.unit().equals("场")).findFirst().orElseThrow().quotaId();
        long peopleQuota = planQuotas.stream().filter(q -> q.unit().equals("人次")).findFirst().orElseThrow().quotaId();

        assertThat(actual(plan.getId(), visitsQuota, county)).as("计划发布时，已完成的巡展即计入").isEqualByComparingTo("1");
        Users.as(users, "admin");
        schedule.delete(early.getId());
        assertThat(actual(plan.getId(), visitsQuota, county)).isEqualByComparingTo("0");

        Users.as(users, "admin");
        MobileVisit first = schedule.schedule(visit(truck.getId(), LocalDate.of(lastYear(), 5, 12), "一号镇中心小学", null));
        MobileVisit second = schedule.schedule(visit(truck.getId(), LocalDate.of(lastYear(), 6, 9), "二号镇大集", null));
        assertThat(actual(plan.getId(), visitsQuota, county)).as("计划中的巡展不计").isEqualByComparingTo("0");

        Users.as(users, "admin");
        schedule.complete(first.getId(), "320", "展品演示", List.of());
        assertThat(actual(plan.getId(), visitsQuota, county)).isEqualByComparingTo("1");
        Users.as(users, "admin");
        schedule.complete(second.getId(), "1,200", null, List.of());
        assertThat(actual(plan.getId(), visitsQuota, county)).isEqualByComparingTo("2");
        assertThat(actual(plan.getId(), peopleQuota, county)).as("按人次计的指标不是巡展的站数").isEqualByComparingTo("0");
        Users.as(users, "admin");
        assertThat(mobileCounting.feeding(List.of(visitsQuota, peopleQuota))).containsOnlyKeys(visitsQuota);

        Users.as(users, "admin");
        schedule.reopen(first.getId());
        assertThat(actual(plan.getId(), visitsQuota, county)).as("撤回完成登记").isEqualByComparingTo("1");
        Users.as(users, "admin");
        schedule.complete(first.getId(), "300", null, List.of());
        schedule.cancel(first.getId(), "暴雨，改期");
        assertThat(actual(plan.getId(), visitsQuota, county)).as("取消").isEqualByComparingTo("1");
        Users.as(users, "admin");
        schedule.delete(second.getId());
        assertThat(actual(plan.getId(), visitsQuota, county)).as("删除").isEqualByComparingTo("0");

        Users.as(users, "admin");
        schedule.reopen(first.getId());
        schedule.complete(first.getId(), "300", null, List.of());
        Set<Long> mine = Set.of(visitsQuota, peopleQuota);
        assertThat(counting.actuals().stream().filter(a -> mine.contains(a.quotaId())).toList())
                .as("逐次计数 = 从头重算").isNotEmpty()
                .isEqualTo(counting.recountedActuals().stream().filter(a -> mine.contains(a.quotaId())).toList());
        assertThat(mobileCounting.recount()).filteredOn(c -> mine.contains(c.quotaId())).singleElement()
                .satisfies(c -> assertThat(c.sourceRef()).isEqualTo("mobile:" + first.getId()));
    }

    @Test
    @DisplayName("登记完成：未填参与人数、人数为0、日期未到都被拒绝并给出中文提示；照片不合格时参与人数也不保存；未填日期不能安排")
    void completionNeedsParticipants() throws Exception {
        Organization county = freshCounty("巡展完成县科学技术协会");
        MobileResource truck = truck(county);
        MobileVisit past = schedule.schedule(visit(truck.getId(), LocalDate.now(clock).minusDays(3), "三号镇文化广场", null));

        assertThatThrownBy(() -> schedule.complete(past.getId(), " ", null, List.of()))
                .isInstanceOf(RuleViolation.class).hasMessage("请填写参与人数：完成的巡展须登记实际参与人数");
        assertThatThrownBy(() -> schedule.complete(past.getId(), "0", null, List.of()))
                .isInstanceOf(RuleViolation.class).hasMessage("参与人数应大于0");
        assertThatThrownBy(() -> schedule.complete(past.getId(), "很多", null, List.of()))
                .isInstanceOf(RuleViolation.class).hasMessage("参与人数“很多”不是整数");
        Upload notAPhoto = new Upload("现场.jpg", "这不是照片".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> schedule.complete(past.getId(), "200", null, List.of(notAPhoto)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("现场.jpg");
        assertThat(schedule.visit(past.getId()).getState()).as("什么都没保存").isEqualTo(VisitState.PLANNED);
        assertThat(schedule.visit(past.getId()).getParticipants()).isNull();
        assertThat(schedule.photos(past.getId())).isEmpty();

        MobileVisit future = schedule.schedule(visit(truck.getId(), LocalDate.now(clock).plusDays(5), "四号镇", null));
        assertThatThrownBy(() -> schedule.complete(future.getId(), "100", null, List.of()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("还没到，不能登记为已完成");

        RuleViolation missing = org.junit.jupiter.api.Assertions.assertThrows(RuleViolation.class,
                () -> schedule.schedule(visit(truck.getId(), null, " ", null)));
        assertThat(missing.problems()).extracting(RuleViolation::getMessage)
                .contains("请填写巡展日期", "请填写巡展地点，如“山口镇中心小学”");

        // On the page: the message under the field, and what was typed stays.
        mvc.perform(multipart("/mobile/visits/{id}/complete", past.getId()).param("participants", "").param("summary", "讲座两场")
                        .with(user(users.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("请填写参与人数：完成的巡展须登记实际参与人数").contains("value=\"讲座两场\""));
        // By the API: 400 with the message.
        mvc.perform(post("/api/v1/mobile-visits/{id}/complete", past.getId()).with(httpBasic("admin", Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"participants\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("请填写参与人数"));

        // A real photo: completed with its photo.
        MockMultipartFile photo = new MockMultipartFile("photos", "现场.png", "image/png", TestImages.png(400, 300));
        mvc.perform(multipart("/mobile/visits/{id}/complete", past.getId()).file(photo).param("participants", "260")
                        .with(user(users.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Users.as(users, "admin");
        assertThat(schedule.visit(past.getId()).getState()).isEqualTo(VisitState.COMPLETED);
        assertThat(schedule.visit(past.getId()).getParticipants()).isEqualTo(260);
        assertThat(schedule.photos(past.getId())).hasSize(1);
    }

    @Test
    @DisplayName("登记资源：未填名称、未选类别、别县的单位都有中文提示；已有巡展安排的资源不能删除")
    void resourceRules() {
        Organization county = freshCounty("资源规则县科学技术协会");
        Users.as(users, "taishan");
        ResourceForm f = new ResourceForm();
        f.setOrganizationId(county.getId());
        f.setName(" ");
        RuleViolation problems = org.junit.jupiter.api.Assertions.assertThrows(RuleViolation.class, () -> schedule.createResource(f));
        assertThat(problems.problems()).extracting(RuleViolation::getMessage).containsExactly(
                "所属单位应为您权限范围内的科协、直属单位或科普教育基地", "请填写名称，如“岱岳区科普大篷车1号”",
                "请选择类别（科普大篷车、流动科技馆展品或巡展展板）");

        MobileResource truck = truck(county);
        MobileVisit v = schedule.schedule(visit(truck.getId(), LocalDate.now(clock).plusDays(3), "八号镇", null));
        assertThatThrownBy(() -> schedule.deleteResource(truck.getId())).isInstanceOf(RuleViolation.class)
                .hasMessage("“" + truck.getName() + "”已有1条巡展安排，不能删除；请先删除这些安排");
        schedule.delete(v.getId());
        schedule.deleteResource(truck.getId());
        assertThatThrownBy(() -> schedule.resource(truck.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("乡镇覆盖：县下3个乡镇，1个有已完成的巡展、1个只有计划、1个只有取消的 —— 已覆盖 1 / 3 个乡镇")
    void coverageCountsTownshipsReached() throws Exception {
        Organization county = freshCounty("巡展覆盖县科学技术协会");
        Organization reached = unit("甲镇科学技术协会", OrgLevel.TOWNSHIP, county.getId());
        Organization planned = unit("乙街道科学技术协会", OrgLevel.TOWNSHIP, county.getId());
        Organization cancelled = unit("丙镇科学技术协会", OrgLevel.TOWNSHIP, county.getId());
        MobileResource truck = truck(county);
        int year = lastYear();
        MobileVisit done = schedule.schedule(visit(truck.getId(), LocalDate.of(year, 4, 1), "甲镇中学", reached.getId()));
        schedule.complete(done.getId(), "150", null, List.of());
        MobileVisit again = schedule.schedule(visit(truck.getId(), LocalDate.of(year, 9, 1), "甲镇大集", reached.getId()));
        schedule.complete(again.getId(), "90", null, List.of());
        schedule.schedule(visit(truck.getId(), LocalDate.of(year, 11, 1), "乙街道社区", planned.getId()));
        MobileVisit off = schedule.schedule(visit(truck.getId(), LocalDate.of(year, 5, 1), "丙镇", cancelled.getId()));
        schedule.cancel(off.getId(), "车辆维修");
        MobileVisit otherYear = schedule.schedule(visit(truck.getId(), LocalDate.of(year - 1, 5, 1), "丙镇小学", cancelled.getId()));
        schedule.complete(otherYear.getId(), "80", null, List.of());

        TownshipCoverage.Coverage coverage = townships.coverage(county.getId(), year);
        assertThat(coverage.words()).isEqualTo("已覆盖 1 / 3 个乡镇");
        assertThat(coverage.lines().get(0).township().getId()).as("已覆盖的在前").isEqualTo(reached.getId());
        assertThat(coverage.lines().get(0).completed()).isEqualTo(2);
        assertThat(coverage.lines().get(0).firstCompleted()).isEqualTo(LocalDate.of(year, 4, 1));
        assertThat(coverage.lines()).filteredOn(l -> l.township().getId().equals(planned.getId())).singleElement()
                .satisfies(l -> assertThat(l.planned()).isEqualTo(1));
        assertThat(townships.coverage(county.getId(), year - 1).words()).isEqualTo("已覆盖 1 / 3 个乡镇");
        assertThat(townships.coverage(county.getId(), year + 1).words()).isEqualTo("已覆盖 0 / 3 个乡镇");

        mvc.perform(get("/mobile/coverage").param("associationId", String.valueOf(county.getId())).param("year", String.valueOf(year))
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("已覆盖 1 / 3 个乡镇"));
        // A township of another county is not offered and not accepted.
        Users.as(users, "admin");
        Organization elsewhere = unit("别县丁镇科学技术协会", OrgLevel.TOWNSHIP, freshCounty("别县科学技术协会").getId());
        Users.as(users, "taishan");
        assertThat(schedule.townships()).noneMatch(t -> t.getId().equals(elsewhere.getId()));
    }

    @Test
    @DisplayName("数据范围：泰山区看不到、改不了别县的巡展（页面、接口都是404）；用别县的资源安排巡展是404；岱岳区填报员只读本单位的，不能安排（403）")
    void scope() throws Exception {
        Organization county = freshCounty("巡展范围县科学技术协会");
        MobileResource truck = truck(county);
        MobileVisit v = schedule.schedule(visit(truck.getId(), LocalDate.now(clock).minusDays(1), "五号镇", null));

        var taishan = user(users.loadUserByUsername("taishan"));
        mvc.perform(get("/mobile/visits/{id}", v.getId()).with(taishan)).andExpect(status().isNotFound());
        mvc.perform(get("/mobile/visits/{id}/edit", v.getId()).with(taishan)).andExpect(status().isNotFound());
        mvc.perform(post("/mobile/visits/{id}/delete", v.getId()).with(taishan).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(multipart("/mobile/visits/{id}/complete", v.getId()).param("participants", "10").with(taishan).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/mobile-visits/{id}", v.getId()).with(httpBasic("taishan", Demo.PASSWORD)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("巡展安排不存在，或不在您的数据权限范围内"));
        mvc.perform(post("/api/v1/mobile-visits/{id}/complete", v.getId()).with(httpBasic("taishan", Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"participants\":\"10\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/mobile-visits").with(httpBasic("taishan", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"resourceId\":" + truck.getId() + ",\"visitDate\":\"2024-05-01\",\"place\":\"x\",\"placeKind\":\"学校\"}"))
                .andExpect(status().isNotFound());
        String list = mvc.perform(get("/api/v1/mobile-visits").with(httpBasic("taishan", Demo.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("五号镇");
        Users.as(users, "taishan");
        assertThatThrownBy(() -> schedule.visit(v.getId())).isInstanceOf(NotFoundException.class);
        Users.as(users, "admin");
        assertThat(schedule.visit(v.getId()).getState()).as("什么都没改").isEqualTo(VisitState.PLANNED);

        // 岱岳区's reporter: reads its own (the demo's 大篷车), 404 for 泰山区's and the fresh county's, 403 on scheduling.
        String own = mvc.perform(get("/api/v1/mobile-visits").param("year", "2022").with(httpBasic("daiyue", Demo.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(own).contains("岱岳区科普大篷车1号").contains("\"totalElements\":6");
        mvc.perform(get("/api/v1/mobile-visits/{id}", v.getId()).with(httpBasic("daiyue", Demo.PASSWORD))).andExpect(status().isNotFound());
        var daiyue = user(users.loadUserByUsername("daiyue"));
        mvc.perform(get("/mobile/visits/{id}", v.getId()).with(daiyue)).andExpect(status().isNotFound());
        mvc.perform(get("/mobile/visits/new").with(daiyue)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/mobile-visits").with(httpBasic("daiyue", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"resourceId\":" + truck.getId() + ",\"visitDate\":\"2024-05-01\",\"place\":\"x\",\"placeKind\":\"学校\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("接口：安排、读取、登记完成；每次变动都记入审计日志；过了日期仍未完成的出现在工作台“待完成的巡展”")
    void apiAuditAndWorkbench() throws Exception {
        Organization county = freshCounty("巡展接口县科学技术协会");
        MobileResource truck = truck(county);
        String date = LocalDate.now(clock).minusDays(2).toString();
        String place = Demo.unique("六号镇敬老院");
        String created = mvc.perform(post("/api/v1/mobile-visits").with(httpBasic("admin", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"resourceId\":" + truck.getId() + ",\"visitDate\":\"" + date + "\",\"place\":\"" + place + "\",\"placeKind\":\"其他\",\"hostUnit\":\"六号镇\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("PLANNED"))
                .andExpect(jsonPath("$.placeKind").value("其他"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
        Users.as(users, "admin");
        assertThat(schedule.overdue()).isGreaterThanOrEqualTo(1);
        mvc.perform(get("/").with(user(users.loadUserByUsername("admin"))))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("待完成的巡展"));

        mvc.perform(post("/api/v1/mobile-visits/{id}/complete", id).with(httpBasic("admin", Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"participants\":\"85\",\"summary\":\"健康讲座\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("COMPLETED")).andExpect(jsonPath("$.participants").value(85));
        mvc.perform(get("/api/v1/mobile-visits/{id}", id).with(httpBasic("admin", Demo.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.place").value(place));
        assertThat(audit.search(new AuditFilter(null, null, "admin", AuditAction.CREATE, place, null), 0, 5).getContent())
                .extracting(e -> e.getObjectType()).containsExactly("流动科普巡展");
        assertThat(audit.search(new AuditFilter(null, null, "admin", AuditAction.UPDATE, place, null), 0, 5).getContent())
                .extracting(e -> e.getSummary()).containsExactly("登记完成：参与85人");
        mvc.perform(post("/api/v1/mobile-visits").with(httpBasic("admin", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"resourceId\":" + truck.getId() + ",\"place\":\"七号镇\",\"placeKind\":\"乡镇\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("请填写巡展日期"));
        mvc.perform(get("/api/v1/mobile-visits").param("state", "DONE").with(httpBasic("admin", Demo.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("状态“DONE”不存在"));
    }
}
