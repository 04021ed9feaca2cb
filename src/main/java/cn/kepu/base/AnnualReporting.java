package cn.kepu.base;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.activity.ActivityFigures;
import cn.kepu.audit.AuditAction;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.RuleViolation;

/**
 * 年度报告: a recognized base reports each year its visitors, activities, staff and new exhibits. The activities start
 * from the approved activities the base organized that year, counted by the activity module; what is typed instead is
 * kept beside the count.
 */
@Service
@Transactional
class AnnualReporting {

    /** Last year's report is due by this day. */
    static final MonthDay DUE = MonthDay.of(1, 31);

    private final BaseReports reports;
    private final BaseCatalog catalog;
    private final ActivityFigures activities;
    private final History history;
    private final Clock clock;

    AnnualReporting(BaseReports reports, BaseCatalog catalog, ActivityFigures activities, History history, Clock clock) {
        this.reports = reports;
        this.catalog = catalog;
        this.activities = activities;
        this.history = history;
        this.clock = clock;
    }

    /** The activities the base organized in the year, as Kepu counted them (0 before it works as a unit). */
    @Transactional(readOnly = true)
    public long counted(EducationBase base, int year) {
        return base.getOrganizationId() == null ? 0 : activities.organizedIn(base.getOrganizationId(), year).activities();
    }

    /** The form for last year (or the year asked), started from what was reported or counted. */
    @Transactional(readOnly = true)
    ReportForm newForm(long id, Integer year) {
        EducationBase base = catalog.base(id);
        int y = year != null ? year : LocalDate.now(clock).getYear() - 1;
        return reports.findByBaseIdAndReportYear(base.getId(), y)
                .map(r -> new ReportForm(y, r.getVisitors(), r.getActivities(), r.getStaff(), r.getNewExhibits(), r.getSummary()))
                .orElseGet(() -> new ReportForm(y, null, (int) counted(base, y), null, null, null));
    }

    BaseReport report(long id, ReportForm form) {
        EducationBase base = catalog.base(id);
        if (!base.getState().recognized()) {
            throw new RuleViolation("“" + base.getName() + "”" + base.getState().label() + "，只有已认定的基地报送年度报告");
        }
        List<RuleViolation> problems = new ArrayList<>();
        int thisYear = LocalDate.now(clock).getYear();
        Integer year = form.getReportYear();
        if (year == null) {
            problems.add(new RuleViolation("reportYear", "请填写报告年度"));
        } else if (year > thisYear) {
            problems.add(new RuleViolation("reportYear", "不能报送" + year + "年度的报告：该年度尚未开始"));
        } else if (base.getRecognizedOn() != null && year < base.getRecognizedOn().getYear()) {
            problems.add(new RuleViolation("reportYear", "基地于" + base.getRecognizedOn().getYear() + "年认定，不能报送此前年度的报告"));
        }
        count(problems, "visitors", "接待人次", form.getVisitors());
        count(problems, "staff", "工作人员数", form.getStaff());
        count(problems, "newExhibits", "新增展品（项目）数", form.getNewExhibits());
        if (form.getActivities() != null && form.getActivities() < 0) {
            problems.add(new RuleViolation("activities", "开展活动数不能为负数"));
        }
        String summary = BaseApplying.strip(form.getSummary());
        if (summary != null && summary.length() > 2000) {
            problems.add(new RuleViolation("summary", "工作总结不能超过2000个字"));
        }
        RuleViolation.throwIfAny(problems);
        int counted = (int) counted(base, year);
        int typed = form.getActivities() == null ? counted : form.getActivities();
        boolean again = reports.existsByBaseIdAndReportYear(base.getId(), year);
        BaseReport report = reports.findByBaseIdAndReportYear(base.getId(), year).orElseGet(() -> new BaseReport(base.getId(), year));
        report.fill(form.getVisitors(), typed, counted, form.getStaff(), form.getNewExhibits(), summary, clock.instant(), CurrentUser.username());
        reports.saveAndFlush(report);
        history.of(base, AuditAction.REPORT, (again ? "修改" : "报送") + year + "年度报告", "接待" + form.getVisitors() + "人次；开展活动"
                + typed + "次（系统计数" + counted + "次）；工作人员" + form.getStaff() + "人；新增展品" + form.getNewExhibits() + "项");
        return report;
    }

    private static void count(List<RuleViolation> problems, String field, String label, Integer value) {
        if (value == null) {
            problems.add(new RuleViolation(field, "请填写" + label));
        } else if (value < 0) {
            problems.add(new RuleViolation(field, label + "不能为负数"));
        }
    }
}
