package cn.kepu.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * 不会互相覆盖: the one rule of {@link Versions} for every record people edit — a save names the version it started from;
 * none is 428, an old one is 409 with the record as it is now, and a form keeps what was typed.
 */
@KepuTest
class LostUpdateTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    String json(String method, String path, String user, String body, int status) throws Exception {
        var request = (method.equals("PUT") ? put(path) : post(path)).with(httpBasic(user, Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body);
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    long organization(String name) throws Exception {
        String found = mvc.perform(get("/api/v1/organizations").param("q", name).with(httpBasic("admin", Demo.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(found, "$.content[0].id")).longValue();
    }

    @Test
    @DisplayName("接口修改计划：不带版本号428，带旧版本号409并返回现在的内容，带当前版本号才保存")
    void plans() throws Exception {
        String title = Demo.unique("版本测试计划");
        String created = json("POST", "/api/v1/plans", "taian",
                "{\"issuerId\": %d, \"title\": \"%s\", \"periodFrom\": 2026}".formatted(organization(Demo.TAIAN), title), 201);
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        int version = JsonPath.read(created, "$.version");

        String missing = json("PUT", "/api/v1/plans/" + id, "taian", "{\"title\": \"甲改的标题\", \"periodFrom\": 2026}", 428);
        assertThat((String) JsonPath.read(missing, "$.detail")).contains("须带上读取时的版本号 version");
        json("PUT", "/api/v1/plans/" + id, "taian",
                "{\"title\": \"甲改的标题\", \"periodFrom\": 2026, \"version\": %d}".formatted(version), 200);
        String conflict = json("PUT", "/api/v1/plans/" + id, "taian",
                "{\"title\": \"乙改的标题\", \"periodFrom\": 2026, \"version\": %d}".formatted(version), 409);
        assertThat((String) JsonPath.read(conflict, "$.detail")).contains("已被他人修改");
        assertThat((Integer) JsonPath.read(conflict, "$.currentVersion")).isEqualTo(version + 1);
        assertThat((String) JsonPath.read(conflict, "$.current.title")).isEqualTo("甲改的标题");
    }

    @Test
    @DisplayName("接口修改活动登记和单位：规则相同（428 / 409 带现在的内容 / 200）")
    void activitiesAndOrganizations() throws Exception {
        String campaigns = mvc.perform(get("/api/v1/campaigns").with(httpBasic("taishan", Demo.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        String open = "$[?(@.lateRefused == false && @.windowEnforced == false && @.namingEnforced == false)]";
        List<Number> ids = JsonPath.read(campaigns, open + ".id");
        List<String> starts = JsonPath.read(campaigns, open + ".eventStart");
        long campaign = ids.get(0).longValue();
        String start = starts.get(0);
        String name = Demo.unique("版本测试讲座");
        String body = """
                {"campaignId": %d, "organizerId": %d, "name": "%s", "startsAt": "%sT09:00:00", "endsAt": "%sT11:00:00",
                 "address": "岱庙街道", "personInCharge": "孙丽", "phone": "0538-6221234", "topics": ["健康科普"]%s}
                """;
        String created = json("POST", "/api/v1/activities", "taishan",
                body.formatted(campaign, organization(Demo.TAISHAN), name, start, start, ""), 201);
        long id = ((Number) JsonPath.read(created, "$.activity.id")).longValue();
        int version = JsonPath.read(created, "$.activity.version");
        long taishan = organization(Demo.TAISHAN);
        json("PUT", "/api/v1/activities/" + id, "taishan", body.formatted(campaign, taishan, name, start, start, ""), 428);
        json("PUT", "/api/v1/activities/" + id, "taishan",
                body.formatted(campaign, taishan, name + "（甲）", start, start, ", \"version\": " + version), 200);
        String conflict = json("PUT", "/api/v1/activities/" + id, "taishan",
                body.formatted(campaign, taishan, name + "（乙）", start, start, ", \"version\": " + version), 409);
        assertThat((String) JsonPath.read(conflict, "$.current.name")).isEqualTo(name + "（甲）");

        String unit = mvc.perform(get("/api/v1/organizations/{id}", organization(Demo.DAIYUE)).with(httpBasic("admin", Demo.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        long daiyue = ((Number) JsonPath.read(unit, "$.id")).longValue();
        int unitVersion = JsonPath.read(unit, "$.version");
        json("PUT", "/api/v1/organizations/" + daiyue, "admin", unit.replaceAll(",?\"version\":\\d+", ""), 428);
        String stale = unit.replaceAll("\"version\":\\d+", "\"version\":" + (unitVersion - 1));
        if (unitVersion > 0) {
            json("PUT", "/api/v1/organizations/" + daiyue, "admin", stale, 409);
        }
        json("PUT", "/api/v1/organizations/" + daiyue, "admin", unit, 200);
        json("PUT", "/api/v1/organizations/" + daiyue, "admin", unit, 409);
    }

    @Test
    @DisplayName("两人同时改一项任务：后保存的人看到“已被他人修改”和现在的内容，所填保留；再保存即以他填的为准，或载入最新内容")
    void aTaskFormKeepsWhatWasTyped() throws Exception {
        String created = json("POST", "/api/v1/plans", "taian", "{\"issuerId\": %d, \"title\": \"%s\", \"periodFrom\": 2026}"
                .formatted(organization(Demo.TAIAN), Demo.unique("任务版本测试")), 201);
        long plan = ((Number) JsonPath.read(created, "$.id")).longValue();
        String task = json("POST", "/api/v1/plans/" + plan + "/tasks", "taian",
                "{\"title\": \"科普讲座进社区\", \"responsible\": \"泰山区\", \"deadline\": \"2026年10月底\"}", 201);
        long taskId = ((Number) JsonPath.read(task, "$.id")).longValue();
        var taian = user(users.loadUserByUsername("taian"));
        String path = "/plans/" + plan + "/tasks/" + taskId;
        String form = mvc.perform(get(path + "/edit").with(taian)).andReturn().getResponse().getContentAsString();
        String opened = form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");

        mvc.perform(post(path).with(taian).with(csrf()).param("title", "科普讲座进社区（甲）").param("responsible", "泰山区")
                .param("version", opened)).andExpect(status().is3xxRedirection());
        String page = mvc.perform(post(path).with(taian).with(csrf()).param("title", "乙填的任务名称").param("responsible", "岱岳区")
                .param("version", opened)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("任务“科普讲座进社区（甲）”已被他人修改").contains("value=\"乙填的任务名称\"")
                .contains("href=\"" + path + "/edit\"").contains("载入最新内容");
        String next = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        assertThat(Long.parseLong(next)).as("再保存时带的是现在的版本").isGreaterThan(Long.parseLong(opened));

        mvc.perform(post(path).with(taian).with(csrf()).param("title", "乙填的任务名称").param("responsible", "岱岳区")
                .param("version", next)).andExpect(status().is3xxRedirection());
        String detail = mvc.perform(get("/api/v1/plans/{id}", plan).with(httpBasic("taian", Demo.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("乙填的任务名称").doesNotContain("（甲）");
        mvc.perform(post(path).with(taian).with(csrf()).param("title", "丙").param("responsible", "岱岳区"))
                .andExpect(status().is(428)).andExpect(content().string(Matchers.containsString("须带上读取时的版本号")));
    }
}
