package cn.kepu.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.TestClock;
import cn.kepu.support.Users;

@KepuTest
@Isolated("moves the shared test clock")
class BaseReminderTests {

    @Autowired
    BaseReminders reminders;
    @Autowired
    BaseApplying applying;
    @Autowired
    BaseScreening screening;
    @Autowired
    BaseRecognition recognition;
    @Autowired
    SiteCreating creating;
    @Autowired
    SiteEvaluation evaluation;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        Users.nobody();
    }

    long id(String name) {
        return organizations.named(name).orElseThrow().getId();
    }

    List<String> titles(long organizationId, String link) {
        return jdbc.queryForList("select title from notification where organization_id = ? and link = ? order by id", String.class,
                organizationId, link);
    }

    @Test
    @DisplayName("一月里，去年没有报送年度报告的基地收到提醒（发给基地本身），报送了的不提醒；示范村命名有效期将满时提醒主管科协")
    void annualReportAndSiteValidity() {
        LocalDate today = LocalDate.now(clock);
        Users.as(users, "taian");
        BaseForm f = new BaseForm();
        f.setName(Demo.unique("年报提醒基地"));
        f.setLevel(BaseLevel.CITY);
        f.setKind(BaseKind.OTHER);
        f.setParentId(id(Demo.TAIAN));
        f.setOperatorName("年报提醒运营单位");
        f.setOperatorCreditCode(BaseTests.code("12370900MB9"));
        EducationBase base = applying.apply(f, List.of());
        screening.pass(base.getId(), null);
        base = recognition.recognize(base.getId(), new RecognitionForm(Demo.unique("泰科协基地"), today, today, today.plusYears(5)));

        SiteForm s = new SiteForm();
        s.setName(Demo.unique("有效期提醒村"));
        s.setKind(SiteKind.VILLAGE);
        s.setParentId(id(Demo.DAIYUE));
        DemonstrationSite site = creating.start(s);
        java.util.Map<Integer, Boolean> all = new java.util.HashMap<>();
        for (int i = 0; i < site.getCriteria().size(); i++) {
            all.put(i, true);
        }
        creating.check(site.getId(), all, java.util.Map.of());
        creating.submit(site.getId());
        evaluation.name(site.getId(), new RecognitionForm(Demo.unique("泰科协字"), today, today, today.plusMonths(14)), null);
        Users.nobody();

        // January 10th of next year: this year's report is due by the 31st.
        clock.at(LocalDate.of(today.getYear() + 1, 1, 10).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        reminders.run();
        reminders.run();
        assertThat(titles(base.getOrganizationId(), "/bases/" + base.getId()))
                .containsExactly(today.getYear() + "年度报告待报送：" + base.getName());
        assertThat(titles(id(Demo.DAIYUE), "/demonstration-sites/" + site.getId())).noneMatch(t -> t.contains("有效期将满"));

        // A year later, within 90 days of the site's validity end.
        clock.at(today.plusMonths(14).minusDays(30).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        reminders.run();
        assertThat(titles(id(Demo.DAIYUE), "/demonstration-sites/" + site.getId())).filteredOn(t -> t.contains("有效期将满"))
                .containsExactly("科普示范村命名有效期将满：" + site.getName());
    }
}
