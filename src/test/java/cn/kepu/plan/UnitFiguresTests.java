package cn.kepu.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.Users;

/** The plan's figures per unit that 考核 reads: a quota's actual and target, and work finished by the deadline. */
@KepuTest
class UnitFiguresTests {

    @Autowired
    UnitFigures figures;
    @Autowired
    PlanManagement plans;
    @Autowired
    Progress progress;
    @Autowired
    Assignments assignments;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    long id(String unit) {
        return organizations.named(unit).orElseThrow().getId();
    }

    @Test
    @DisplayName("按单位的完成数和目标、按时完成情况：泰山区完成3项（目标4项），已到期的2项中按时完成1项；岱岳区逾期未完成1项；县里只看到本县")
    void figuresPerUnit() {
        int year = LocalDate.now().getYear();
        Users.as(users, "taian");
        PlanForm head = new PlanForm();
        head.setIssuerId(id(Demo.TAIAN));
        head.setTitle(Demo.unique("考核取数测试计划"));
        head.setPeriodFrom(year - 1); // the late task's deadline lies in last year, whatever day the test runs
        head.setPeriodTo(year);
        WorkPlan plan = plans.create(head);
        long section = plans.addSection(plan.getId(), null, "一", "科普活动").getId();
        TaskForm task = new TaskForm();
        task.setSectionId(section);
        task.setNumber("1");
        task.setTitle("全国科普日活动");
        task.setResponsible("泰山区科协、岱岳区科协");
        task.setDeadline(year + "年12月31日前");
        task.setQuotas("各县市区科协 活动数 ≥ 4 项");
        plans.saveTask(plan.getId(), null, task);
        task.setNumber("2");
        task.setTitle("报送科普工作总结");
        task.setDeadline((year - 1) + "年6月30日前");
        task.setQuotas("");
        plans.saveTask(plan.getId(), null, task);
        plan = plans.publish(plan.getId());
        long quota = plan.getTasks().get(0).getQuotas().get(0).getId();

        Users.as(users, "taishan");
        report(plan.getTasks().get(0), Demo.TAISHAN, Map.of(quota, new BigDecimal("3")));
        report(plan.getTasks().get(1), Demo.TAISHAN, Map.of()); // done after its deadline

        Users.as(users, "taian");
        Map<Long, UnitFigures.QuotaFigure> done = figures.quota(plan.getId(), quota);
        assertThat(done.get(id(Demo.TAISHAN))).satisfies(f -> {
            assertThat(f.actual()).isEqualByComparingTo("3");
            assertThat(f.target()).isEqualByComparingTo("4");
        });
        assertThat(done.get(id(Demo.DAIYUE)).actual()).isEqualByComparingTo("0");
        Map<Long, UnitFigures.OnTime> onTime = figures.timeliness(plan.getId());
        assertThat(onTime.get(id(Demo.TAISHAN))).extracting(UnitFigures.OnTime::due, UnitFigures.OnTime::onTime).containsExactly(2, 1);
        assertThat(onTime.get(id(Demo.DAIYUE))).extracting(UnitFigures.OnTime::due, UnitFigures.OnTime::onTime).containsExactly(1, 0);

        Users.as(users, "daiyue");
        assertThat(figures.quota(plan.getId(), quota)).containsOnlyKeys(id(Demo.DAIYUE));
        assertThat(figures.timeliness(plan.getId())).containsOnlyKeys(id(Demo.DAIYUE));
    }

    private void report(Task task, String unit, Map<Long, BigDecimal> values) {
        Assignment a = assignments.findByTask_IdAndOrganization_Id(task.getId(), id(unit)).orElseThrow();
        ProgressForm form = new ProgressForm();
        form.setState(AssignmentState.DONE);
        form.setValues(new HashMap<>(values));
        progress.report(a.getId(), form, List.of());
    }
}
