package cn.kepu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Users;

@KepuTest
class VolunteerTests {

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

    @AfterEach
    void logOut() {
        Users.nobody();
    }

    /** A valid ID-card number no other test uses. */
    static String freshIdCard() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20000));
        String first17 = "370902" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return IdCardNumber.complete(first17).value();
    }

    VolunteerTeam team(String unit) {
        TeamForm form = new TeamForm();
        form.setUnitId(organizations.named(unit).orElseThrow().getId());
        form.setName(Demo.unique("农业科技志愿服务队"));
        form.setField(ServiceField.AGRICULTURE);
        form.setLeaderName("王建国");
        form.setLeaderPhone("13812345678");
        return registry.createTeam(form);
    }

    VolunteerForm volunteer(VolunteerTeam team, String idCard) {
        VolunteerForm form = new VolunteerForm();
        form.setTeamId(team.getId());
        form.setName("张明远");
        form.setGender("男");
        form.setPhone("13912345678");
        form.setIdCard(idCard);
        form.setField(ServiceField.AGRICULTURE);
        form.setSkills("果树栽培，病虫害防治");
        form.setConsentOn(LocalDate.of(2026, 3, 1));
        return form;
    }

    @Test
    @DisplayName("本人同意后登记志愿者：数据库任何一列都不含明文身份证号码和手机号码，列表显示打码")
    void registersWithConsentAndStoresNoPlainNumber() {
        Users.as(users, "taian");
        String idCard = freshIdCard();
        VolunteerTeam team = team(Demo.TAIAN);
        Volunteer v = registry.register(volunteer(team, idCard));

        assertThat(v.getBirthYear()).isEqualTo(Integer.parseInt(idCard.substring(6, 10)));
        assertThat(v.getIdCardMasked()).isEqualTo(idCard.substring(0, 4) + "**********" + idCard.substring(14));
        assertThat(v.getPhoneMasked()).isEqualTo("139****5678");
        Map<String, Object> row = jdbc.queryForMap("select * from volunteer where id = ?", v.getId());
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value))
                .doesNotContain(idCard).doesNotContain(idCard.substring(6, 14) + idCard.substring(14, 17))
                .doesNotContain("13912345678"));
        assertThat(String.valueOf(row.get("id_card_sealed"))).isNotBlank();

        List<Volunteer> listed = registry.volunteers(new VolunteerRegistry.Filter(null, team.getId(), null, "果树", null), 0)
                .getContent();
        assertThat(listed).extracting(Volunteer::getIdCardMasked).containsExactly(v.getIdCardMasked());
        assertThat(registry.volunteers(new VolunteerRegistry.Filter(null, null, null, null, idCard), 0).getContent())
                .as("按身份证号码精确查找（带密钥的摘要）").extracting(Volunteer::getId).containsExactly(v.getId());
    }

    @Test
    @DisplayName("没有同意日期不能登记；身份证号码有误时指出原因")
    void consentAndAValidNumberAreRequired() {
        Users.as(users, "taian");
        VolunteerTeam team = team(Demo.TAIAN);
        VolunteerForm form = volunteer(team, "370902198001011231");
        form.setConsentOn(null);
        assertThatThrownBy(() -> registry.register(form)).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.problems()).extracting(RuleViolation::field).containsExactlyInAnyOrder("consentOn", "idCard");
            assertThat(e.problems()).extracting(RuleViolation::getMessage)
                    .contains("身份证号码校验位不正确，请核对");
        });
        assertThat(form.getIdCard()).as("表单保留所填").isEqualTo("370902198001011231");
    }

    @Test
    @DisplayName("同一身份证号码在任何服务队都只能登记一次，提示已登记的服务队")
    void duplicateNumberIsRefusedAcrossTeams() {
        Users.as(users, "admin");
        String idCard = freshIdCard();
        VolunteerTeam first = team(Demo.TAISHAN);
        VolunteerTeam second = team(Demo.WEINAN);
        registry.register(volunteer(first, idCard));
        assertThatThrownBy(() -> registry.register(volunteer(second, idCard.toLowerCase())))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("该身份证号码已在“" + first.getName() + "”登记，不能重复登记");
    }

    @Test
    @DisplayName("工作人员不能查看完整信息；有权限的单位管理员查看时写入审计日志")
    void unmaskedViewIsPermittedAndAudited() {
        Users.as(users, "taishan");
        String idCard = freshIdCard();
        Volunteer v = registry.register(volunteer(team(Demo.TAISHAN), idCard));

        Users.as(users, "taian");
        assertThat(registry.mayReveal(registry.volunteer(v.getId()))).isFalse();
        assertThatThrownBy(() -> registry.reveal(v.getId())).isInstanceOf(AccessDeniedException.class);

        Users.as(users, "taishan");
        assertThat(registry.mayReveal(registry.volunteer(v.getId()))).isTrue();
        VolunteerRegistry.Revealed revealed = registry.reveal(v.getId());
        assertThat(revealed.idCard()).isEqualTo(idCard);
        assertThat(revealed.phone()).isEqualTo("13912345678");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REVEAL' and object_id = ? "
                + "and username = 'taishan'", Integer.class, v.getId().toString())).isEqualTo(1);
    }

    @Test
    @DisplayName("应本人要求删除个人信息：姓名改为“已注销志愿者”，号码全部清除，保留服务队和领域，并记入审计日志")
    void erasureClearsPersonalDataAndIsAudited() {
        Users.as(users, "taian");
        String idCard = freshIdCard();
        VolunteerTeam team = team(Demo.TAIAN);
        Volunteer v = registry.register(volunteer(team, idCard));
        registry.erase(v.getId());

        Map<String, Object> row = jdbc.queryForMap("select * from volunteer where id = ?", v.getId());
        assertThat(row.get("name")).isEqualTo("已注销志愿者");
        assertThat(row.get("id_card_sealed")).isNull();
        assertThat(row.get("id_card_hash")).isNull();
        assertThat(row.get("id_card_masked")).isNull();
        assertThat(row.get("phone_sealed")).isNull();
        assertThat(row.get("birth_year")).isNull();
        assertThat(((Number) row.get("team_id")).longValue()).isEqualTo(team.getId());
        assertThat(row.get("field")).isEqualTo("AGRICULTURE");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ERASE' and object_id = ?",
                Integer.class, v.getId().toString())).isEqualTo(1);
        assertThat(registry.register(volunteer(team, idCard)).getId()).as("注销后可重新登记").isNotEqualTo(v.getId());
    }

    @Test
    @DisplayName("数据权限：渭南的用户看不到、改不了泰安的服务队和志愿者，如同不存在")
    void otherCountiesSeeNothing() {
        Users.as(users, "taian");
        VolunteerTeam team = team(Demo.TAIAN);
        Volunteer v = registry.register(volunteer(team, freshIdCard()));

        Users.as(users, "weinan");
        assertThatThrownBy(() -> registry.team(team.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.volunteer(v.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.reveal(v.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.erase(v.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.register(volunteer(team, freshIdCard()))).isInstanceOf(NotFoundException.class);
        assertThat(registry.teams(null, null, 0).getContent()).extracting(VolunteerTeam::getId).doesNotContain(team.getId());
        assertThat(registry.volunteers(new VolunteerRegistry.Filter(null, null, null, null, null), 0).getContent())
                .extracting(Volunteer::getId).doesNotContain(v.getId());
        TeamForm form = new TeamForm();
        form.setUnitId(organizations.named(Demo.TAIAN).orElseThrow().getId());
        form.setName("越权服务队");
        form.setField(ServiceField.HEALTH);
        assertThatThrownBy(() -> registry.createTeam(form)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("接口：登记后列表和详情都打码；身份证号码有误时400并说明；其他地区的志愿者404；完整信息仅限有权者并记审计")
    void api() throws Exception {
        var taian = httpBasic("taian", Demo.PASSWORD);
        String idCard = freshIdCard();
        String team = mvc.perform(post("/api/v1/volunteer-teams").with(taian).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + organizations.named(Demo.TAIAN).orElseThrow().getId() + ",\"name\":\""
                                + Demo.unique("应急科普志愿服务队") + "\",\"field\":\"EMERGENCY\",\"leaderPhone\":\"13812345678\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.leaderPhone").value("138****5678"))
                .andReturn().getResponse().getContentAsString();
        long teamId = ((Number) com.jayway.jsonpath.JsonPath.read(team, "$.id")).longValue();
        String body = "{\"teamId\":" + teamId + ",\"name\":\"李秀英\",\"phone\":\"13912345678\",\"field\":\"EMERGENCY\","
                + "\"consentOn\":\"2026-03-01\",\"idCard\":\"%s\"}";
        mvc.perform(post("/api/v1/volunteers").with(taian).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("370902198001011231")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("idCard"))
                .andExpect(jsonPath("$.errors[0].message").value("身份证号码校验位不正确，请核对"));
        String created = mvc.perform(post("/api/v1/volunteers").with(taian).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(idCard)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        String masked = idCard.substring(0, 4) + "**********" + idCard.substring(14);
        mvc.perform(get("/api/v1/volunteers").param("teamId", String.valueOf(teamId)).with(taian))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].idCard").value(masked))
                .andExpect(jsonPath("$.items[0].phone").value("139****5678")).andExpect(jsonPath("$.total").value(1));
        String detail = mvc.perform(get("/api/v1/volunteers/{id}", id).with(taian)).andExpect(status().isOk())
                .andExpect(jsonPath("$.idCard").value(masked)).andReturn().getResponse().getContentAsString();
        assertThat(detail).doesNotContain(idCard).doesNotContain("13912345678");
        mvc.perform(post("/api/v1/volunteers/{id}/personal-information", id).with(taian)).andExpect(status().isForbidden());

        var weinan = httpBasic("weinan", Demo.PASSWORD);
        mvc.perform(get("/api/v1/volunteers/{id}", id).with(weinan)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/volunteer-teams/{id}", teamId).with(weinan)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/volunteers/{id}/personal-information", id).with(weinan)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/volunteers").param("teamId", String.valueOf(teamId)).with(weinan))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));

        mvc.perform(post("/api/v1/volunteers/{id}/personal-information", id).with(httpBasic("admin", Demo.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.idCard").value(idCard));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REVEAL' and object_id = ? "
                + "and username = 'admin'", Integer.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    @DisplayName("页面：列表和详情打码，工作人员没有“显示完整信息”；管理员点击后看到完整号码并记审计；其他地区打开链接得到404；号码有误时表单保留所填")
    void pages() throws Exception {
        Users.as(users, "taian");
        String idCard = freshIdCard();
        VolunteerTeam team = team(Demo.TAIAN);
        Volunteer v = registry.register(volunteer(team, idCard));
        String masked = idCard.substring(0, 4) + "**********" + idCard.substring(14);
        var taian = user(users.loadUserByUsername("taian"));

        String list = mvc.perform(get("/volunteers").param("teamId", String.valueOf(team.getId())).with(taian))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(masked).contains("139****5678").doesNotContain(idCard).doesNotContain("13912345678");
        String show = mvc.perform(get("/volunteers/{id}", v.getId()).with(taian)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(show).contains(masked).doesNotContain(idCard).doesNotContain("显示完整信息").contains("删除个人信息");

        var admin = user(users.loadUserByUsername("admin"));
        assertThat(mvc.perform(get("/volunteers/{id}", v.getId()).with(admin)).andReturn().getResponse()
                .getContentAsString()).contains("显示完整信息").doesNotContain(idCard);
        String revealed = mvc.perform(post("/volunteers/{id}/reveal", v.getId()).with(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(revealed).contains(idCard).contains("13912345678");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REVEAL' and object_id = ? "
                + "and username = 'admin'", Integer.class, v.getId().toString())).isEqualTo(1);

        var weinan = user(users.loadUserByUsername("weinan"));
        mvc.perform(get("/volunteers/{id}", v.getId()).with(weinan)).andExpect(status().isNotFound());
        mvc.perform(post("/volunteers/{id}/erase", v.getId()).with(weinan).with(csrf())).andExpect(status().isNotFound());

        String form = mvc.perform(post("/volunteers").with(taian).with(csrf()).param("teamId", String.valueOf(team.getId()))
                        .param("name", "赵丽华").param("field", "AGRICULTURE").param("consentOn", "2026-03-01")
                        .param("idCard", "370902198001011231"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("身份证号码校验位不正确，请核对").contains("value=\"370902198001011231\"").contains("value=\"赵丽华\"");
    }
}
