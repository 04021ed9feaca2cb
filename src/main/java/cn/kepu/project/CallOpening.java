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
import cn.kepu.org.Organization;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;

/** 发布申报通知: an association calls the units beneath it to apply, with the kind, the year, a deadline and a budget. */
@Service
@Transactional
public class CallOpening {

    private final ProjectCalls calls;
    private final ProjectCatalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CallOpening(ProjectCalls calls, ProjectCatalog catalog, ApplicationEventPublisher events, Clock clock) {
        this.calls = calls;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    public ProjectCall open(CallForm f) {
        Organization issuer = catalog.issuer().orElseThrow(() -> new NotFoundException("发布单位"));
        List<RuleViolation> problems = new ArrayList<>();
        String title = f.getTitle() == null ? "" : f.getTitle().strip();
        if (title.isEmpty()) {
            problems.add(new RuleViolation("title", "请填写通知名称"));
        } else if (title.length() > 200) {
            problems.add(new RuleViolation("title", "通知名称不能超过200字"));
        } else if (calls.existsByIssuer_IdAndTitle(issuer.getId(), title)) {
            problems.add(new RuleViolation("title", issuer.getName() + "已发布过“" + title + "”"));
        }
        if (f.getKind() == null) {
            problems.add(new RuleViolation("kind", "请选择项目类别"));
        }
        LocalDate today = LocalDate.now(clock);
        if (f.getYear() == null || f.getYear() < 2000 || f.getYear() > 2100) {
            problems.add(new RuleViolation("year", "请填写项目年度，如" + today.getYear()));
        }
        if (f.getDeadline() == null) {
            problems.add(new RuleViolation("deadline", "请填写申报截止日期"));
        } else if (f.getDeadline().isBefore(today)) {
            problems.add(new RuleViolation("deadline", "申报截止日期不能早于今天"));
        }
        BigDecimal budget = Funds.parse(f.getBudget(), "budget", "预算", true, problems);
        if (f.getMidtermDue() == null) {
            problems.add(new RuleViolation("midtermDue", "请填写中期报告截止日期"));
        } else if (f.getDeadline() != null && !f.getMidtermDue().isAfter(f.getDeadline())) {
            problems.add(new RuleViolation("midtermDue", "中期报告截止日期应晚于申报截止日期"));
        }
        if (f.getAcceptanceDue() == null) {
            problems.add(new RuleViolation("acceptanceDue", "请填写验收截止日期"));
        } else if (f.getMidtermDue() != null && !f.getAcceptanceDue().isAfter(f.getMidtermDue())) {
            problems.add(new RuleViolation("acceptanceDue", "验收截止日期应晚于中期报告截止日期"));
        }
        String description = f.getDescription() == null || f.getDescription().isBlank() ? null : f.getDescription().strip();
        if (description != null && description.length() > 4000) {
            problems.add(new RuleViolation("description", "通知内容不能超过4000字"));
        }
        RuleViolation.throwIfAny(problems);
        ProjectCall call = calls.saveAndFlush(new ProjectCall(issuer, title, f.getKind(), f.getYear(), f.getDeadline(), budget,
                description, f.getMidtermDue(), f.getAcceptanceDue(), clock.instant(), CurrentUser.username()));
        events.publishEvent(ActionPerformed.of(AuditAction.PUBLISH, "申报通知", call.getId(), call.getTitle(),
                call.getKind().label() + "；截止" + call.getDeadline() + "；预算" + call.budgetText()));
        return call;
    }
}
