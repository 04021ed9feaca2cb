package cn.kepu.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.notice.Notifications;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.RuleViolation;

/**
 * 项目申报: a unit within the user's scope and beneath the call's issuer applies before the deadline, with a budget
 * whose lines add up to it exactly. Refused with a Chinese message per field, and nothing stored.
 */
@Service
@Transactional
public class ProjectApplication {

    private final Projects projects;
    private final ProjectCatalog catalog;
    private final OrganizationDirectory organizations;
    private final DataScope scope;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectApplication(Projects projects, ProjectCatalog catalog, OrganizationDirectory organizations, DataScope scope,
            Notifications notifications, ApplicationEventPublisher events, Clock clock) {
        this.projects = projects;
        this.catalog = catalog;
        this.organizations = organizations;
        this.scope = scope;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** What an application will store once every check has passed. */
    record Checked(ProjectCall call, Organization applicant, String name, String content, String outputs, BigDecimal budget,
            List<BudgetLine> lines) {
    }

    public Project apply(long callId, ProjectForm form) {
        ProjectCall call = catalog.call(callId);
        List<RuleViolation> problems = new ArrayList<>();
        Organization applicant = applicant(call, form.getApplicantId(), problems);
        Checked checked = check(call, applicant, form, problems);
        RuleViolation.throwIfAny(problems);
        if (projects.existsByCall_IdAndApplicant_IdAndName(call.getId(), applicant.getId(), checked.name())) {
            throw new RuleViolation("name", applicant.getName() + "已申报过“" + checked.name() + "”");
        }
        Project p = store(checked);
        notifications.notify(call.getIssuer().getId(), "收到项目申报：" + p.getName(),
                applicant.getName() + "申报了“" + call.getTitle() + "”的项目“" + p.getName() + "”，申报经费" + p.budgetText() + "。",
                "/projects/" + p.getId());
        return p;
    }

    Project store(Checked c) {
        Project p = projects.saveAndFlush(new Project(c.call(), c.applicant(), c.name(), c.content(), c.outputs(), c.budget(),
                c.lines(), clock.instant(), CurrentUser.username()));
        events.publishEvent(ActionPerformed.of(AuditAction.SUBMIT, "科普项目", p.getId(), p.getName(),
                c.call().getTitle() + "；申报单位：" + c.applicant().getName() + "；申报经费" + p.budgetText()));
        return p;
    }

    /** The applicant if the user may apply in its name for this call; otherwise null and the reason. */
    Organization applicant(ProjectCall call, Long applicantId, List<RuleViolation> problems) {
        if (applicantId == null) {
            problems.add(new RuleViolation("applicantId", "请选择申报单位"));
            return null;
        }
        Organization unit = organizations.find(applicantId).filter(scope.current()::covers).orElse(null);
        if (unit == null) {
            problems.add(new RuleViolation("applicantId", "申报单位不在您的管辖范围内：只能以本单位或下级单位的名义申报"));
            return null;
        }
        return eligible(call, unit, problems) ? unit : null;
    }

    static boolean eligible(ProjectCall call, Organization unit, List<RuleViolation> problems) {
        if (!unit.isWithin(call.getIssuer()) || unit.getId().equals(call.getIssuer().getId())) {
            problems.add(new RuleViolation("applicantId", "“" + unit.getName() + "”不是" + call.getIssuer().getName()
                    + "的下级单位，不能申报“" + call.getTitle() + "”"));
            return false;
        }
        if (!unit.isEnabled()) {
            problems.add(new RuleViolation("applicantId", "“" + unit.getName() + "”已停用，不能申报"));
            return false;
        }
        return true;
    }

    /** Checks everything but the applicant: the deadline, the texts, the budget and its lines. */
    Checked check(ProjectCall call, Organization applicant, ProjectForm f, List<RuleViolation> problems) {
        LocalDate today = LocalDate.now(clock);
        if (!call.acceptsOn(today)) {
            problems.add(new RuleViolation("deadline", "“" + call.getTitle() + "”已于" + call.getDeadline() + "截止申报，不能再申报"));
        }
        String name = text(f.getName(), "name", "项目名称", 200, true, problems);
        String content = text(f.getContent(), "content", "项目内容", 4000, true, problems);
        String outputs = text(f.getExpectedOutputs(), "expectedOutputs", "预期成果", 2000, false, problems);
        BigDecimal budget = Funds.parse(f.getBudget(), "budget", "申报经费", true, problems);
        List<BudgetLine> lines = new ArrayList<>();
        int before = problems.size();
        int n = Math.max(f.getLineItems().size(), f.getLineAmounts().size());
        for (int i = 0; i < n; i++) {
            String item = i < f.getLineItems().size() && f.getLineItems().get(i) != null ? f.getLineItems().get(i).strip() : "";
            String amountText = i < f.getLineAmounts().size() && f.getLineAmounts().get(i) != null ? f.getLineAmounts().get(i).strip() : "";
            if (item.isEmpty() && amountText.isEmpty()) {
                continue;
            }
            if (item.isEmpty()) {
                problems.add(new RuleViolation("lines", "经费明细第" + (i + 1) + "行：请填写支出项目"));
                continue;
            }
            if (item.length() > 200) {
                problems.add(new RuleViolation("lines", "经费明细第" + (i + 1) + "行：支出项目不能超过200字"));
                continue;
            }
            BigDecimal amount = Funds.parse(amountText, "lines", "经费明细第" + (i + 1) + "行（" + item + "）的金额", true, problems);
            if (amount != null) {
                lines.add(new BudgetLine(item, amount));
            }
        }
        if (problems.size() == before) {
            if (lines.isEmpty()) {
                problems.add(new RuleViolation("lines", "请填写经费明细（至少一项）"));
            } else if (budget != null) {
                BigDecimal sum = lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(budget) != 0) {
                    problems.add(new RuleViolation("lines", "经费明细合计" + Funds.text(sum) + "，与申报经费" + Funds.text(budget)
                            + "不一致，请核对"));
                }
            }
        }
        if (budget != null && budget.compareTo(call.getBudget()) > 0) {
            problems.add(new RuleViolation("budget", "申报经费" + Funds.text(budget) + "超过申报通知的预算" + call.budgetText()));
        }
        return new Checked(call, applicant, name, content, outputs, budget, lines);
    }

    private static String text(String value, String field, String label, int max, boolean required, List<RuleViolation> problems) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty()) {
            if (required) {
                problems.add(new RuleViolation(field, "请填写" + label));
            }
            return null;
        }
        if (t.length() > max) {
            problems.add(new RuleViolation(field, label + "不能超过" + max + "字"));
            return null;
        }
        return t;
    }
}
