package cn.kepu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.TestClock;
import cn.kepu.support.Users;

@KepuTest
@Isolated("moves the shared test clock")
class ServiceHoursTests {

    /** Approved in the demo, organized beneath 泰山区科协, held in September 2022. */
    static final String SERVED = "科技志愿服务进乡村";
    /** Submitted, not yet reviewed, in the demo. */
    static final String SUBMITTED = "应急避险科普进校园";

    @Autowired
    ServiceHours hours;
    @Autowired
    VolunteerRegistry registry;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        Users.nobody();
    }

    long activity(String name) {
        return jdbc.queryForObject("select id from activity where name = ?", Long.class, name);
    }

    VolunteerTeam team(String unit) {
        TeamForm form = new TeamForm();
        form.setUnitId(organizations.named(unit).orElseThrow().getId());
        form.setName(Demo.unique("农业科技志愿服务队"));
        form.setField(ServiceField.AGRICULTURE);
        return registry.createTeam(form);
    }

    Volunteer member(VolunteerTeam team, String name) {
        VolunteerForm form = new VolunteerForm();
        form.setTeamId(team.getId());
        form.setName(name);
        form.setIdCard(VolunteerTests.freshIdCard());
        form.setField(ServiceField.AGRICULTURE);
        form.setConsentOn(LocalDate.of(2022, 3, 1));
        return registry.register(form);
    }

    static Map<Long, String> typed(Object... volunteerAndHours) {
        Map<Long, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < volunteerAndHours.length; i += 2) {
            typed.put(((Volunteer) volunteerAndHours[i]).getId(), (String) volunteerAndHours[i + 1]);
        }
        return typed;
    }

    @Test
    @DisplayName("活动结束后记录服务时长：志愿者和服务队的年度时长随之变化；再次记录同一人是替换不是累加")
    void hoursFromAnActivityAddUpPerYear() {
        Users.as(users, "taishan");
        VolunteerTeam team = team(Demo.TAISHAN);
        Volunteer zhang = member(team, "张明远");
        Volunteer li = member(team, "李秀英");
        long activity = activity(SERVED);

        hours.record(activity, team.getId(), typed(zhang, "3", li, "2.5"));
        assertThat(hours.yearsOf(registry.volunteer(zhang.getId())))
                .containsExactly(new ServiceHours.Year(2022, 1, 1, new BigDecimal("3")));
        assertThat(hours.yearsOf(registry.team(team.getId())))
                .containsExactly(new ServiceHours.Year(2022, 2, 2, new BigDecimal("5.5")));

        hours.record(activity, team.getId(), typed(zhang, "4", li, ""));
        assertThat(hours.yearsOf(registry.team(team.getId())))
                .as("张明远由3小时改为4小时，李秀英留空不变")
                .containsExactly(new ServiceHours.Year(2022, 2, 2, new BigDecimal("6.5")));
        assertThat(hours.atActivity(activity)).filteredOn(r -> r.getTeam().getId().equals(team.getId()))
                .extracting(r -> r.getVolunteer().getName(), r -> r.getHours().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("张明远", "4"),
                        org.assertj.core.groups.Tuple.tuple("李秀英", "2.5"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'UPDATE' and object_type = '志愿服务记录'"
                + " and object_id = ?", Integer.class, String.valueOf(activity))).isGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("活动未结束、未审核通过时不能记录；时长不是数字、为0或超出活动时长时逐人说明，什么也不保存")
    void refusedUntilTheActivityHasEndedAndForBadHours() {
        Users.as(users, "taishan");
        VolunteerTeam team = team(Demo.TAISHAN);
        Volunteer zhang = member(team, "张明远");
        Volunteer li = member(team, "李秀英");
        Volunteer wang = member(team, "王建国");
        long activity = activity(SERVED);
        LocalDateTime start = jdbc.queryForObject("select starts_at from activity where id = ?", LocalDateTime.class, activity);

        clock.at(start.plusHours(1).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        assertThatThrownBy(() -> hours.record(activity, team.getId(), typed(zhang, "3")))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("活动尚未结束（").hasMessageEndingWith("结束后才能记录志愿服务时长");
        clock.reset();

        assertThatThrownBy(() -> hours.record(activity(SUBMITTED), team.getId(), typed(zhang, "3")))
                .isInstanceOf(RuleViolation.class).hasMessage("活动尚未审核通过，通过并结束后才能记录志愿服务时长");

        assertThatThrownBy(() -> hours.record(activity, team.getId(), typed(zhang, "三小时", li, "0", wang, "30")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.problems())
                        .extracting(RuleViolation::field, RuleViolation::getMessage).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("hours-" + zhang.getId(), "张明远的服务时长“三小时”不是数字，请填写小时数，如 3 或 2.5"),
                                org.assertj.core.groups.Tuple.tuple("hours-" + li.getId(), "李秀英的服务时长应大于0且不超过24小时（活动自开始至结束的时长）"),
                                org.assertj.core.groups.Tuple.tuple("hours-" + wang.getId(), "王建国的服务时长应大于0且不超过24小时（活动自开始至结束的时长）")));
        assertThatThrownBy(() -> hours.record(activity, team.getId(), typed(zhang, "2.55", li, "2")))
                .isInstanceOf(RuleViolation.class).hasMessage("张明远的服务时长最多保留一位小数");
        assertThatThrownBy(() -> hours.record(activity, team.getId(), typed(zhang, " ")))
                .isInstanceOf(RuleViolation.class).hasMessage("请至少为一名志愿者填写服务时长");
        assertThat(jdbc.queryForObject("select count(*) from volunteer_service where team_id = ?", Integer.class, team.getId()))
                .as("一人有误，全队都不保存").isZero();
    }

    @Test
    @DisplayName("应本人要求删除个人信息后，服务时长仍在：服务队的年度时长不变，记录显示“已注销志愿者”")
    void erasureKeepsAnonymousHours() {
        Users.as(users, "taishan");
        VolunteerTeam team = team(Demo.TAISHAN);
        Volunteer zhang = member(team, "张明远");
        Volunteer li = member(team, "李秀英");
        hours.record(activity(SERVED), team.getId(), typed(zhang, "3", li, "2"));

        registry.erase(zhang.getId());

        assertThat(hours.yearsOf(registry.team(team.getId())))
                .containsExactly(new ServiceHours.Year(2022, 2, 2, new BigDecimal("5")));
        assertThat(hours.recordsOf(registry.volunteer(zhang.getId()))).singleElement().satisfies(r -> {
            assertThat(r.getVolunteer().getName()).isEqualTo("已注销志愿者");
            assertThat(r.getHours()).isEqualByComparingTo("3");
        });
        assertThatThrownBy(() -> hours.record(activity(SERVED), team.getId(), typed(zhang, "1")))
                .as("已删除个人信息的志愿者不再记录").isInstanceOf(RuleViolation.class)
                .hasMessage("该志愿者的个人信息已删除，不能再记录服务时长");
    }

    @Test
    @DisplayName("数据权限：渭南的用户看不到泰山区的活动和服务队，记录和查询都如同不存在；接口同样")
    void otherRegionsSeeNothing() throws Exception {
        Users.as(users, "taishan");
        VolunteerTeam team = team(Demo.TAISHAN);
        Volunteer zhang = member(team, "张明远");
        long activity = activity(SERVED);
        hours.record(activity, team.getId(), typed(zhang, "3"));

        Users.as(users, "weinan");
        assertThatThrownBy(() -> hours.atActivity(activity)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> hours.record(activity, team.getId(), typed(zhang, "5"))).isInstanceOf(NotFoundException.class);
        Users.nobody();

        var weinan = httpBasic("weinan", Demo.PASSWORD);
        mvc.perform(get("/api/v1/activities/{id}/volunteer-service", activity).with(weinan)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/volunteers/{id}/hours", zhang.getId()).with(weinan)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/activities/{id}/volunteer-service", activity).with(weinan)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"teamId\":" + team.getId() + ",\"hours\":{\"" + zhang.getId() + "\":\"5\"}}"))
                .andExpect(status().isNotFound());

        var taishan = httpBasic("taishan", Demo.PASSWORD);
        mvc.perform(post("/api/v1/activities/{id}/volunteer-service", activity).with(taishan)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"teamId\":" + team.getId() + ",\"hours\":{\"" + zhang.getId() + "\":\"-1\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("张明远的服务时长应大于0且不超过24小时（活动自开始至结束的时长）"));
        mvc.perform(get("/api/v1/volunteers/{id}/hours", zhang.getId()).with(taishan)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].year").value(2022)).andExpect(jsonPath("$[0].hours").value(3));
        assertThat(jdbc.queryForList("select hours from volunteer_service where volunteer_id = ?", BigDecimal.class,
                zhang.getId())).singleElement().satisfies(h -> assertThat(h).isEqualByComparingTo("3"));
    }

    @Test
    @DisplayName("演示数据：泰安市农业科技志愿服务队2022年两名队员在两项活动中服务共19.5小时")
    void demoTeamsServedIn2022() {
        Users.as(users, "taian");
        VolunteerTeam team = registry.teams("泰安市农业科技志愿服务队", null, 0).getContent().stream()
                .filter(t -> t.getName().equals("泰安市农业科技志愿服务队")).findFirst().orElseThrow();
        assertThat(hours.yearsOf(team)).containsExactly(new ServiceHours.Year(2022, 2, 4, new BigDecimal("19.5")));
    }
}
