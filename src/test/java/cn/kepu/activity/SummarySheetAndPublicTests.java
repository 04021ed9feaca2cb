package cn.kepu.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Demo;
import cn.kepu.support.ImportRejected;
import cn.kepu.support.KepuTest;
import cn.kepu.support.Users;

@KepuTest
class SummarySheetAndPublicTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    CampaignManagement campaigns;
    @Autowired
    ActivityRegistration registration;
    @Autowired
    ActivityReview review;
    @Autowired
    ActivityEvidence evidence;
    @Autowired
    SummarySheet sheet;
    @Autowired
    Activities activities;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    long id(String name) {
        return organizations.named(name).orElseThrow().getId();
    }

    Campaign campaign() {
        Users.as(users, "taian");
        return campaigns.create(Fixtures.campaign(organizations));
    }

    /** A filled-in 汇总表 as a unit would send it: title, 单位名称 line, header, then the rows. */
    static byte[] filled(String title, String[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("汇总表");
            s.createRow(0).createCell(0).setCellValue(title);
            s.createRow(1).createCell(0).setCellValue("单位名称：（盖章）");
            Row head = s.createRow(2);
            for (int c = 0; c < SummarySheet.HEADERS.size(); c++) {
                head.createCell(c).setCellValue(SummarySheet.HEADERS.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(3 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    @DisplayName("汇总表往返：上传登记并提交多项活动（时间写法各异、举办单位可为下属单位），再下载本单位的汇总表，标题、盖章行、表头、各行齐全")
    void roundTrip() throws Exception {
        Campaign c = campaign();
        String day = c.getEventStart().getMonthValue() + "月" + c.getEventStart().getDayOfMonth() + "日";
        String name1 = Demo.unique("汇总表讲座");
        String name2 = Demo.unique("食品安全汇总表宣传");
        Users.as(users, "taishan");
        List<Activity> created = sheet.importRows(c.getId(), id(Demo.TAISHAN), filled(SummarySheet.title(c),
                new String[] {"1", name1, "", day + " 9:00-11:30", "岱庙街道", "孙丽", "0538-6221234", "重点"},
                new String[] {"2", name2, "农业科技志愿服务队", c.getEventStart().getYear() + "." + c.getEventStart().getMonthValue() + "."
                        + c.getEventStart().getDayOfMonth(), "邱家店镇", "秦川", "13805380001", ""}));
        assertThat(created).hasSize(2).allSatisfy(a -> assertThat(a.getState()).isEqualTo(ActivityState.SUBMITTED));
        assertThat(created.get(0).getStartsAt()).isEqualTo(c.getEventStart().atTime(9, 0));
        assertThat(created.get(0).getEndsAt()).isEqualTo(c.getEventStart().atTime(11, 30));
        assertThat(created.get(1).getOrganizer().getName()).isEqualTo("泰山区新时代文明实践农业科技志愿服务队");
        assertThat(created.get(1).getCountedTopics()).containsExactly("食品安全");

        byte[] exported = sheet.export(c.getId(), id(Demo.TAISHAN));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet s = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(s.getRow(0).getCell(0))).isEqualTo(c.getName() + "活动项目汇总表");
            assertThat(f.formatCellValue(s.getRow(1).getCell(0))).isEqualTo("单位名称：" + Demo.TAISHAN + "（盖章）");
            assertThat(s.getRow(2)).extracting(f::formatCellValue).containsExactly("序号", "项目名称", "举办单位", "活动时间", "活动地点",
                    "负责人", "联系电话", "备注");
            assertThat(f.formatCellValue(s.getRow(3).getCell(1))).isIn(name1, name2);
            assertThat(List.of(f.formatCellValue(s.getRow(3).getCell(1)), f.formatCellValue(s.getRow(4).getCell(1))))
                    .containsExactlyInAnyOrder(name1, name2);
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
        }
        // The exported sheet goes back in as it is: every row is now a duplicate, and nothing more is stored.
        assertThatThrownBy(() -> sheet.importRows(c.getId(), id(Demo.TAISHAN), exported)).isInstanceOf(ImportRejected.class)
                .satisfies(e -> assertThat(((ImportRejected) e).problems()).allSatisfy(p -> assertThat(p.message()).contains("同名活动")));
        assertThat(named(c, name1, name2)).containsExactlyInAnyOrder(name1, name2);
    }

    @Test
    @DisplayName("汇总表有错的行：逐行逐列说明（时间读不出、电话不对、单位不存在、文件内重复），一行也不保存，标注错误的文件可下载")
    void badRows() throws Exception {
        Campaign c = campaign();
        String day = c.getEventStart().getMonthValue() + "月" + c.getEventStart().getDayOfMonth() + "日";
        String good = Demo.unique("正常的活动");
        byte[] file = filled(SummarySheet.title(c),
                new String[] {"1", good, "", day, "岱庙街道", "孙丽", "13805381234", ""},
                new String[] {"2", "时间不对的活动", "", "下周", "岱庙街道", "孙丽", "13805381234", ""},
                new String[] {"3", "电话不对的活动", "", day, "岱庙街道", "孙丽", "110", ""},
                new String[] {"4", "单位不对的活动", "岱岳区科学技术协会", day, "岱庙街道", "孙丽", "13805381234", ""},
                new String[] {"5", good, "", day, "岱庙街道", "孙丽", "13805381234", ""});
        Users.as(users, "taishan");
        ImportRejected rejected = Assertions.assertThrows(ImportRejected.class,
                () -> sheet.importRows(c.getId(), id(Demo.TAISHAN), file));
        assertThat(rejected.problems()).extracting(p -> p.row() + " " + p.column())
                .containsExactly("5 活动时间", "6 联系电话", "7 举办单位", "8 项目名称");
        assertThat(rejected.problems().get(0).message()).contains("读不出“下周”");
        assertThat(named(c, good, "时间不对的活动", "电话不对的活动", "单位不对的活动")).isEmpty();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(rejected.markedWorkbook()))) {
            assertThat(new DataFormatter().formatCellValue(wb.getSheetAt(0).getRow(5).getCell(8))).contains("联系电话");
        }
    }

    /** The campaign's activities with these names: counted by name, because other test classes register at the same time. */
    private List<String> named(Campaign c, String... names) {
        return activities.findByCampaign_Id(c.getId()).stream().map(Activity::getName).filter(List.of(names)::contains).toList();
    }

    @Test
    @DisplayName("公众活动页：不登录可看，只列已通过且未结束的活动，不显示电话和负责人；按地区筛选；iCalendar 订阅")
    void publicPageAndCalendar() throws Exception {
        Campaign c = campaign();
        Users.as(users, "taishan");
        String approved = Demo.unique("公众可见的讲座");
        String pending = Demo.unique("待审核的讲座");
        ActivityForm a = Fixtures.activity(c, id(Demo.TAISHAN), approved);
        a.setPhone("13912345678");
        Activity shown = registration.save(null, a, true).activity();
        Fixtures.approve(review, users, shown.getId());
        ActivityForm b = Fixtures.activity(c, id(Demo.TAISHAN), pending);
        b.setPhone("13987654321");
        long pendingId = registration.save(null, b, true).activity().getId();
        Users.nobody();

        String detail = mvc.perform(get("/public/activities/{id}", shown.getId())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains(approved).contains(c.getEventStart().getYear() + "年").contains("举办单位").contains("怎样参加")
                .doesNotContainPattern("1[3-9]\\d{9}");
        mvc.perform(get("/public/activities/{id}", pendingId)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/public/activities.ics").param("region", "")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("X-WR-CALNAME:科普活动\r\n");
        mvc.perform(get("/favicon.ico")).andExpect(status().isOk());

        String page = mvc.perform(get("/public/activities").param("region", "370900")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(approved).contains("/public/activities/" + shown.getId()).contains(c.getEventStart().getYear() + "年")
                .doesNotContain(pending).doesNotContain("13912345678").doesNotContain("孙丽")
                .doesNotContainPattern("1[3-9]\\d{9}");
        String elsewhere = mvc.perform(get("/public/activities").param("region", "610500")).andReturn().getResponse()
                .getContentAsString();
        assertThat(elsewhere).doesNotContain(approved);

        String ics = mvc.perform(get("/public/activities.ics").param("region", "370902")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("UID:activity-" + shown.getId() + "@kepu")
                .contains("SUMMARY:" + approved).doesNotContain(pending).doesNotContain("13912345678").endsWith("END:VCALENDAR\r\n");
        String start = c.getEventStart().atTime(1, 0).toString().replace("-", "").replace(":", "");
        assertThat(ics).contains("DTSTART:" + start + "00Z");
        assertThat(ics.lines()).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }

    @Test
    @DisplayName("数据范围：岱岳区的用户按地址、接口都读不到、改不了、审不了泰山区的活动；列表里也没有")
    void countyCannotReachAnotherCounty() throws Exception {
        Campaign c = campaign();
        Users.as(users, "taishan");
        String name = Demo.unique("泰山区的活动");
        Activity a = registration.save(null, Fixtures.activity(c, id(Demo.TAISHAN), name), true).activity();
        Users.nobody();
        var daiyue = user(users.loadUserByUsername("daiyue"));
        mvc.perform(get("/activities/{id}", a.getId()).with(daiyue)).andExpect(status().isNotFound());
        mvc.perform(post("/activities/{id}/review", a.getId()).with(user(users.loadUserByUsername("daiyue")))
                .with(csrf())
                .param("approve", "true")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/activities/{id}", a.getId()).with(httpBasic("daiyue", Demo.PASSWORD)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("活动不存在，或不在您的数据权限范围内"));
        mvc.perform(post("/api/v1/activities/{id}/submit", a.getId()).with(httpBasic("daiyue", Demo.PASSWORD)))
                .andExpect(status().isNotFound());
        String list = mvc.perform(get("/api/v1/activities").param("campaign", c.getId().toString())
                .with(httpBasic("daiyue", Demo.PASSWORD))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(name);
        mvc.perform(get("/api/v1/activities/{id}", a.getId()).with(httpBasic("taian", Demo.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.reviewer").value(Demo.TAISHAN));
    }

    @Test
    @DisplayName("撤销通过与删除：已通过的不能删；审核单位撤销通过后退回，举办单位才能删除；别的县按地址、接口都删不了、撤不了")
    void withdrawApprovalThenDelete() throws Exception {
        Campaign c = campaign();
        Users.as(users, "admin"); // submitted by someone else than the reviewer who will withdraw it
        Activity a = registration.save(null, Fixtures.activity(c, id(Demo.TAISHAN), Demo.unique("要撤销的讲座")), true).activity();
        Fixtures.approve(review, users, a.getId());
        Users.nobody();
        var taishan = httpBasic("taishan", Demo.PASSWORD);
        var daiyue = httpBasic("daiyue", Demo.PASSWORD);
        mvc.perform(delete("/api/v1/activities/{id}", a.getId()).with(taishan)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("活动已通过，只能删除草稿或已退回的活动"));
        mvc.perform(post("/api/v1/activities/{id}/withdraw-approval", a.getId()).with(taishan)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("撤销通过时请填写原因，以便举办单位修改"));
        mvc.perform(post("/api/v1/activities/{id}/withdraw-approval", a.getId()).with(user(users.loadUserByUsername("taian")))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"照片与活动不符\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RETURNED"))
                .andExpect(jsonPath("$.reviewComment").value("照片与活动不符"));
        mvc.perform(delete("/api/v1/activities/{id}", a.getId()).with(daiyue)).andExpect(status().isNotFound());
        mvc.perform(post("/activities/{id}/delete", a.getId()).with(user(users.loadUserByUsername("daiyue")))
                .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(activities.findById(a.getId())).isPresent();
        mvc.perform(post("/activities/{id}/delete", a.getId()).with(user(users.loadUserByUsername("taishan")))
                .with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/campaigns/" + c.getId()));
        assertThat(activities.findById(a.getId())).isEmpty();
    }

    @Test
    @DisplayName("接口的列表和详情在有数据时可读：举办单位和审核单位两种角色都能读到活动、链接和版本号")
    void apiListsAndDetailsWithData() throws Exception {
        Campaign c = campaign();
        Users.as(users, "taishan");
        String name = Demo.unique("接口列表里的讲座");
        Activity a = registration.save(null, Fixtures.activity(c, id(Demo.TAISHAN), name), true).activity();
        Fixtures.approve(review, users, a.getId());
        evidence.complete(a.getId(), 80, 4, "顺利举办", List.of("https://v.example.cn/1"), List.of());
        Users.nobody();
        for (String user : List.of("taishan", "taian")) {
            mvc.perform(get("/api/v1/activities").param("campaign", c.getId().toString()).with(httpBasic(user, Demo.PASSWORD)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].name").value(name))
                    .andExpect(jsonPath("$.content[0].links[0].url").value("https://v.example.cn/1"));
            mvc.perform(get("/api/v1/activities/{id}", a.getId()).with(httpBasic(user, Demo.PASSWORD)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("COMPLETED"))
                    .andExpect(jsonPath("$.version").isNumber());
            mvc.perform(get("/api/v1/campaigns").with(httpBasic(user, Demo.PASSWORD))).andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.name == '" + c.getName() + "')]").exists());
            mvc.perform(get("/api/v1/campaigns/{id}", c.getId()).with(httpBasic(user, Demo.PASSWORD)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.name").value(c.getName()));
        }
    }

    @Test
    @DisplayName("接口：登记并提交（返回提醒）、审核通过、坏输入得到中文说明")
    void api() throws Exception {
        Campaign c = campaign();
        Users.nobody();
        String name = Demo.unique("接口登记的讲座");
        String body = """
                {"campaignId": %d, "organizerId": %d, "name": "%s", "startsAt": "%sT09:00:00", "endsAt": "%sT11:00:00",
                 "address": "岱庙街道", "personInCharge": "孙丽", "phone": "0538-6221234", "topics": ["食品安全"]}
                """.formatted(c.getId(), id(Demo.TAISHAN), name, c.getEventStart(), c.getEventStart());
        String created = mvc.perform(post("/api/v1/activities").param("submit", "true").with(httpBasic("taishan", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.activity.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.warnings[0]").value(Matchers.containsString("不计入食品安全活动数")))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/activities/{id}/review", id).with(httpBasic("taishan", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"approve\": true}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(Matchers.containsString("不能由您审核")));
        mvc.perform(post("/api/v1/activities/{id}/review", id).with(httpBasic("taian", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"approve\": true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"));
        mvc.perform(post("/api/v1/activities").with(httpBasic("taishan", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("0538-6221234", "abc").replace(name, name + "（二）"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("联系电话“abc”不是手机号或固定电话")));
        mvc.perform(get("/api/v1/campaigns/{id}", c.getId()).with(httpBasic("daiyue", Demo.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value(c.getName()));
    }
}
