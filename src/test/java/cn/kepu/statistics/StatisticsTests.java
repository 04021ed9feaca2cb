package cn.kepu.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.kepu.activity.ApprovedActivities;
import cn.kepu.org.OrgLevel;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.OrganizationForm;
import cn.kepu.org.OrganizationManagement;
import cn.kepu.org.UnitType;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Users;

@KepuTest
class StatisticsTests {

    @Autowired
    StatisticsWork work;
    @Autowired
    StatisticsSheet sheet;
    @Autowired
    StatisticsBulletin bulletin;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    OrganizationManagement organizationManagement;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    long id(String name) {
        return organizations.named(name).orElseThrow().getId();
    }

    /**
     * An association of its own, so no other test's forms or activities touch it — of township level under 泰山区, so that
     * no other test's "各县市区科协" or choice of 泰安市's units finds it.
     */
    Organization fresh(String name, OrgLevel level, long parentId) {
        Users.as(users, "admin");
        OrganizationForm unit = new OrganizationForm();
        unit.setName(Demo.unique(name));
        unit.setUnitType(UnitType.ASSOCIATION);
        unit.setLevel(level);
        unit.setParentId(parentId);
        return organizationManagement.create(unit);
    }

    static Map<StatisticsItem, String> figures(String... codeAndValue) {
        Map<StatisticsItem, String> figures = new EnumMap<>(StatisticsItem.class);
        for (int i = 0; i < codeAndValue.length; i += 2) {
            figures.put(StatisticsItem.valueOf(codeAndValue[i]), codeAndValue[i + 1]);
        }
        return figures;
    }

    String activities(long unit, int year) {
        Users.as(users, "taian");
        StatisticsWork.Figure f = work.sheet(unit, year).figures().get(StatisticsItem.ACTIVITIES);
        return f.amount().stripTrailingZeros().toPlainString() + (f.prefilled() ? "（预填）" : "（填报）");
    }

    @Test
    @DisplayName("系统预填：活动审核通过后表上的活动数随之变化；填报人改写的数字不再跟随，清空后回到预填；上报后固定，再通过的活动不改变已上报的表")
    void prefilledFiguresFollowTheActivitiesUntilSubmitted() {
        Organization county = fresh("预填县科学技术协会", OrgLevel.TOWNSHIP, id(Demo.TAISHAN));
        int year = ApprovedActivities.year();
        assertThat(activities(county.getId(), year)).isEqualTo("0（预填）");

        ApprovedActivities.approvedFor(context, county.getId());
        assertThat(activities(county.getId(), year)).isEqualTo("1（预填）");
        Users.as(users, "taian");
        assertThat(work.sheet(county.getId(), year).figures().get(StatisticsItem.SCIENCE_DAY).amount()).as("全国科普日活动").isEqualByComparingTo("1");

        Users.as(users, "taian");
        StatisticsForm draft = work.save(county.getId(), year, figures("STAFF_FULL", "3", "ACTIVITIES", "5"), Map.of(), null);
        ApprovedActivities.approvedFor(context, county.getId());
        assertThat(activities(county.getId(), year)).as("改写过的数字不跟随").isEqualTo("5（填报）");

        Users.as(users, "taian");
        draft = work.save(county.getId(), year, figures("STAFF_FULL", "3", "ACTIVITIES", ""), Map.of(), draft.getVersion());
        assertThat(activities(county.getId(), year)).as("清空后回到系统预填").isEqualTo("2（预填）");

        Users.as(users, "taian");
        work.submit(county.getId(), year, figures("STAFF_FULL", "3"), Map.of(), draft.getVersion());
        ApprovedActivities.approvedFor(context, county.getId());
        assertThat(activities(county.getId(), year)).as("上报后固定").isEqualTo("2（预填）");
        Users.as(users, "taian");
        assertThatThrownBy(() -> work.save(county.getId(), year, figures("STAFF_FULL", "4"), Map.of(), null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("已上报，不能再修改");
    }

    @Test
    @DisplayName("检查：分项不能大于总数，不能为负数，人数须为整数，上报时比上年变化超过50%须写明原因；有错时一项也不保存")
    void checks() {
        Organization county = fresh("检查县科学技术协会", OrgLevel.TOWNSHIP, id(Demo.TAISHAN));
        Users.as(users, "taian");
        assertThatThrownBy(() -> work.save(county.getId(), 2024, figures("STAFF_FULL", "10", "STAFF_FULL_SENIOR", "12",
                "STAFF_PART", "-1", "STAFF_PART_RURAL", "2.5", "FUNDS_RAISED", "十万", "FUNDS_GOVERNMENT", "80", "FUNDS_SPECIAL", "90.5"),
                Map.of(), null)).isInstanceOfSatisfying(RuleViolation.class, e ->
                assertThat(e.problems()).extracting(RuleViolation::getMessage).containsExactlyInAnyOrder(
                        "中级职称及以上（12人）不能大于科普专职人员（10人）",
                        "科普兼职人员不能为负数",
                        "农村科普人员应为整数（单位：人）",
                        "年度科普经费筹集额“十万”不是数字",
                        "科普专项经费（90.5万元）不能大于政府拨款（80万元）"));
        Users.as(users, "taian");
        assertThat(work.units(2024)).filteredOn(u -> u.unit().getId().equals(county.getId())).singleElement()
                .satisfies(u -> assertThat(u.form()).as("有错误时什么都不保存").isNull());

        Users.as(users, "taian");
        work.submit(county.getId(), 2023, figures("STAFF_FULL", "10", "FUNDS_RAISED", "100"), Map.of(), null);
        Users.as(users, "taian");
        assertThatThrownBy(() -> work.submit(county.getId(), 2024, figures("STAFF_FULL", "16", "FUNDS_RAISED", "40"), Map.of(), null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.problems()).extracting(RuleViolation::getMessage)
                        .containsExactlyInAnyOrder("科普专职人员比上年（10人）变化超过50%，请在说明中写明原因后再上报",
                                "年度科普经费筹集额比上年（100万元）变化超过50%，请在说明中写明原因后再上报"));
        Users.as(users, "taian");
        StatisticsWork.Sheet draft = work.sheet(county.getId(), 2024);
        assertThat(draft.form()).as("上报不成时草稿也不保存").isNull();
        Users.as(users, "taian");
        StatisticsForm done = work.submit(county.getId(), 2024, figures("STAFF_FULL", "16", "FUNDS_RAISED", "40"),
                Map.of(StatisticsItem.STAFF_FULL, "新招聘科普专员6名", StatisticsItem.FUNDS_RAISED, "上年含场馆一次性建设经费"), null);
        assertThat(done.getState()).isEqualTo(StatisticsForm.State.SUBMITTED);
    }

    @Test
    @DisplayName("汇总：上报的表沿组织树相加，常住人口只取最外层（市里的表已含各县人口），人均科普经费 = 筹集额 ÷ 常住人口；导出 Excel 按调查表格读回一致")
    void rollUpAndPerCapita() throws Exception {
        Organization city = fresh("汇总市科学技术协会", OrgLevel.TOWNSHIP, id(Demo.TAISHAN));
        Organization east = fresh("东汇总县科学技术协会", OrgLevel.TOWNSHIP, city.getId());
        Organization west = fresh("西汇总县科学技术协会", OrgLevel.TOWNSHIP, city.getId());
        Users.as(users, "taian");
        work.submit(city.getId(), 2024, figures("STAFF_FULL", "5", "FUNDS_RAISED", "50", "POPULATION", "100"), Map.of(), null);
        work.submit(east.getId(), 2024, figures("STAFF_FULL", "3", "FUNDS_RAISED", "30", "POPULATION", "60"), Map.of(), null);
        work.submit(west.getId(), 2024, figures("STAFF_FULL", "2", "FUNDS_RAISED", "20", "POPULATION", "40"), Map.of(), null);
        Users.as(users, "taian");
        work.save(fresh("未上报县科学技术协会", OrgLevel.TOWNSHIP, city.getId()).getId(), 2024, figures("STAFF_FULL", "99"), Map.of(), null);

        Users.as(users, "taian");
        StatisticsWork.RollUp rollUp = work.rollUp(city.getId(), 2024);
        assertThat(rollUp.total().submitted()).isEqualTo(3);
        assertThat(rollUp.total().of(StatisticsItem.STAFF_FULL)).as("未上报的不计入").isEqualByComparingTo("10");
        assertThat(rollUp.total().of(StatisticsItem.FUNDS_RAISED)).isEqualByComparingTo("100");
        assertThat(rollUp.total().of(StatisticsItem.POPULATION)).as("人口不重复相加").isEqualByComparingTo("100");
        assertThat(rollUp.total().perCapita()).as("100万元 ÷ 100万人 = 1元/人").isEqualByComparingTo("1.00");
        assertThat(rollUp.beneath()).extracting(t -> t.unit().getName() + "|" + t.perCapita())
                .contains(east.getName() + "|0.50", west.getName() + "|0.50");

        Users.as(users, "taian");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet.export(city.getId(), 2024)))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("科普人员");
            Sheet funding = book.getSheet("科普经费");
            Map<String, String> own = new java.util.HashMap<>();
            Map<String, String> total = new java.util.HashMap<>();
            DataFormatter text = new DataFormatter();
            for (Row r : funding) {
                own.put(text.formatCellValue(r.getCell(0)), text.formatCellValue(r.getCell(2)));
                total.put(text.formatCellValue(r.getCell(0)), text.formatCellValue(r.getCell(3)));
            }
            assertThat(own.get("年度科普经费筹集额")).isEqualTo("50");
            assertThat(total.get("年度科普经费筹集额")).isEqualTo("100");
            assertThat(total.get("人均科普经费（筹集额÷常住人口）")).isEqualTo("1");
        }
    }

    @Test
    @DisplayName("数据范围：渭南的用户看不到、改不了泰安的统计表（页面、接口都是404）；县里的填报员看不到别的县；上级可以退回，本单位不能自己退回")
    void scope() throws Exception {
        Organization county = fresh("范围统计县科学技术协会", OrgLevel.TOWNSHIP, id(Demo.TAISHAN));
        Users.as(users, "taian");
        work.submit(county.getId(), 2024, figures("STAFF_FULL", "4"), Map.of(), null);

        mvc.perform(get("/statistics/2024/units/{id}", county.getId()).with(user(users.loadUserByUsername("weinan"))))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/statistics/2024/{id}", county.getId()).with(httpBasic("weinan", Demo.PASSWORD)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"values\":{\"STAFF_FULL\":\"40\"}}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/statistics/2024").param("unitId", String.valueOf(county.getId())).with(httpBasic("weinan", Demo.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/statistics/2022/units/{id}", id(Demo.TAISHAN)).with(user(users.loadUserByUsername("daiyue"))))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/statistics").param("year", "2024").with(user(users.loadUserByUsername("weinan"))))
                .andReturn().getResponse().getContentAsString()).as("渭南的列表里没有泰安的单位").doesNotContain(county.getName());
        assertThat(mvc.perform(get("/statistics").param("year", "2024").with(user(users.loadUserByUsername("taian"))))
                .andReturn().getResponse().getContentAsString()).contains(county.getName()).containsPattern("共\\d+个科协，已上报\\d+个");
        mvc.perform(get("/api/v1/statistics/2024").param("unitId", String.valueOf(county.getId())).with(httpBasic("taian", Demo.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totals.STAFF_FULL").value(4))
                .andExpect(jsonPath("$.forms[0].state").value("SUBMITTED"));

        Users.as(users, "taishan");
        assertThatThrownBy(() -> work.returnForChanges(id(Demo.TAISHAN), 2021, "自己退回")).isInstanceOf(RuleViolation.class)
                .hasMessage("只有上级科协可以退回本单位的科普统计");
        Users.as(users, "taian");
        work.returnForChanges(county.getId(), 2024, "专职人员数与编制不符");
        Users.as(users, "taian");
        StatisticsForm reopened = work.save(county.getId(), 2024, figures("STAFF_FULL", "5"), Map.of(),
                work.sheet(county.getId(), 2024).form().getVersion());
        assertThat(reopened.getState()).isEqualTo(StatisticsForm.State.RETURNED);
        mvc.perform(put("/api/v1/statistics/2024/{id}", county.getId()).with(httpBasic("taian", Demo.PASSWORD)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"values\":{\"STAFF_FULL\":\"6\"},\"submit\":true,\"version\":" + reopened.getVersion() + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUBMITTED")).andExpect(jsonPath("$.values.STAFF_FULL").value(6));
    }

    @Test
    @DisplayName("统计公报（Word）：主要数据与上年比较、人均科普经费、公民科学素质比例对照目标和趋势，两幅图嵌在文件里")
    void bulletin() throws Exception {
        Organization street = fresh("公报街道科学技术协会", OrgLevel.TOWNSHIP, id(Demo.TAISHAN));
        Users.as(users, "taian");
        work.submit(street.getId(), 2023, figures("STAFF_FULL", "4", "FUNDS_RAISED", "20", "POPULATION", "5"), Map.of(), null);
        work.submit(street.getId(), 2024, figures("STAFF_FULL", "5", "FUNDS_RAISED", "25", "POPULATION", "5"),
                Map.of(), null);

        Users.as(users, "taishan");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new ByteArrayInputStream(bulletin.write(id(Demo.TAISHAN), 2024)))) {
            String text = doc.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .collect(java.util.stream.Collectors.joining("\n"));
            assertThat(text).startsWith("泰山区2024年科普统计公报")
                    .contains("2024年测得公民具备科学素质的比例为17.3%，比2023年提高0.9个百分点")
                    .contains("目标为2025年达到18%，按").contains("2025年可达");
            assertThat(text).as("科普经费与上年比较").containsPattern("科普经费筹集额[0-9.]+万元(，比上年(增长|下降)[0-9.]+%)?");
            assertThat(doc.getAllPictures()).as("经费图和比例图").hasSize(2);
            assertThat(doc.getTables().get(0).getRow(0).getCell(2).getText()).isEqualTo("2024年");
        }
        Users.as(users, "taian");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new ByteArrayInputStream(bulletin.write(street.getId(), 2024)))) {
            String text = doc.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .collect(java.util.stream.Collectors.joining("\n"));
            assertThat(text).contains("科普专职人员5人，比上年增长25%")
                    .contains("科普经费筹集额25万元，比上年增长25%；人均科普经费5元（上年4元）")
                    .contains("尚无公民科学素质测评结果");
            assertThat(doc.getAllPictures()).as("街道没有测评：只有经费图").hasSize(1);
        }
    }
}
