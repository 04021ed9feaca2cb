package cn.kepu.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.notice.Notifications;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.plan.LaggingAssignments;
import cn.kepu.plan.LaggingAssignments.Lagging;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.RuleViolation;

/**
 * 发督办单: the issuer (the user's own association, not a reporter) sends a numbered notice to a unit beneath it about
 * that unit's overdue or at-risk tasks, or about anything written out. The unit is notified in the app and by mail.
 */
@Service
@Transactional
class NoticeSending {

    private static final Pattern NUMBER = Pattern.compile("督办〔(\\d{4})〕(\\d+)号");

    private final SupervisionNotices notices;
    private final NoticeCatalog catalog;
    private final OrganizationDirectory organizations;
    private final LaggingAssignments lagging;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoticeSending(SupervisionNotices notices, NoticeCatalog catalog, OrganizationDirectory organizations,
            LaggingAssignments lagging, Notifications notifications, ApplicationEventPublisher events, Clock clock) {
        this.notices = notices;
        this.catalog = catalog;
        this.organizations = organizations;
        this.lagging = lagging;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** The next free number of the issuer in the year: 督办〔2022〕3号 after 督办〔2022〕2号. */
    @Transactional(readOnly = true)
    public String suggestNumber(Organization issuer, int year) {
        int next = 1;
        for (String number : notices.numbersLike(issuer.getId(), "督办〔" + year + "〕%")) {
            Matcher m = NUMBER.matcher(number);
            if (m.matches()) {
                next = Math.max(next, Integer.parseInt(m.group(2)) + 1);
            }
        }
        return "督办〔" + year + "〕" + next + "号";
    }

    /** A form ready to type into: the suggested number, and the unit and task when started from a lagging task. */
    @Transactional(readOnly = true)
    public NoticeForm newForm(Long unitId, Long assignmentId) {
        Organization issuer = issuer();
        NoticeForm form = new NoticeForm();
        LocalDate today = LocalDate.now(clock);
        form.setNumber(suggestNumber(issuer, today.getYear()));
        form.setUnitId(unitId);
        if (assignmentId != null) {
            form.getAssignmentIds().add(assignmentId);
        }
        form.setReplyBy(today.plusDays(7));
        return form;
    }

    /** The unit's overdue and at-risk tasks a notice may name (none for a unit outside the issuer's subtree). */
    @Transactional(readOnly = true)
    public List<Lagging> choices(Organization issuer, Long unitId) {
        if (unitId == null) {
            return List.of();
        }
        return organizations.find(unitId).filter(u -> beneath(u, issuer)).map(u -> lagging.of(u.getId())).orElse(List.of());
    }

    public SupervisionNotice send(NoticeForm form) {
        Organization issuer = issuer();
        List<RuleViolation> problems = new ArrayList<>();
        String number = form.getNumber() == null ? "" : form.getNumber().strip();
        if (number.isEmpty()) {
            problems.add(new RuleViolation("number", "请填写督办单编号，如“督办〔2022〕3号”"));
        } else if (number.length() > 50) {
            problems.add(new RuleViolation("number", "督办单编号不能超过50字"));
        } else if (notices.existsByIssuer_IdAndNumber(issuer.getId(), number)) {
            problems.add(new RuleViolation("number", "本单位已发出编号为“" + number + "”的督办单，请换一个编号（建议"
                    + suggestNumber(issuer, LocalDate.now(clock).getYear()) + "）"));
        }
        Organization unit = form.getUnitId() == null ? null
                : organizations.find(form.getUnitId()).filter(u -> beneath(u, issuer)).orElse(null);
        if (form.getUnitId() == null) {
            problems.add(new RuleViolation("unitId", "请选择被督办单位"));
        } else if (unit == null) {
            problems.add(new RuleViolation("unitId", "只能向" + issuer.getName() + "的下级单位发督办单"));
        }
        List<NoticeTask> tasks = new ArrayList<>();
        if (unit != null && !form.getAssignmentIds().isEmpty()) {
            Map<Long, Lagging> choices = lagging.of(unit.getId()).stream()
                    .collect(Collectors.toMap(Lagging::assignmentId, Function.identity()));
            for (Long id : new LinkedHashSet<>(form.getAssignmentIds())) {
                Lagging l = choices.get(id);
                if (l == null) {
                    problems.add(new RuleViolation("assignmentIds", "只能选择" + unit.getName() + "逾期或即将到期的任务"));
                    break;
                }
                tasks.add(new NoticeTask(l.assignmentId(), l.taskId(), l.title(), l.dueOn()));
            }
        }
        String matters = blankToNull(form.getMatters());
        if (matters != null && matters.length() > 2000) {
            problems.add(new RuleViolation("matters", "督办事项不能超过2000字"));
        }
        String requirements = blankToNull(form.getRequirements());
        if (requirements == null) {
            problems.add(new RuleViolation("requirements", "请填写督办要求"));
        } else if (requirements.length() > 2000) {
            problems.add(new RuleViolation("requirements", "督办要求不能超过2000字"));
        }
        LocalDate today = LocalDate.now(clock);
        if (form.getReplyBy() == null) {
            problems.add(new RuleViolation("replyBy", "请填写回复期限"));
        } else if (form.getReplyBy().isBefore(today)) {
            problems.add(new RuleViolation("replyBy", "回复期限不能早于今天（" + today + "）"));
        }
        RuleViolation.throwIfAny(problems);
        SupervisionNotice notice = notices.saveAndFlush(new SupervisionNotice(number, issuer, unit, tasks, matters, requirements,
                form.getReplyBy(), today, clock.instant(), CurrentUser.username()));
        notifications.notifyAlsoByMail(unit.getId(), "收到督办单：" + number,
                issuer.getName() + "就" + summary(notice) + "发来督办单，请于" + notice.getReplyBy() + "前回复。",
                "/supervision-notices/" + notice.getId());
        events.publishEvent(ActionPerformed.of(AuditAction.CREATE, "督办单", notice.getId(), number,
                "督办单位：" + issuer.getName() + "；被督办单位：" + unit.getName() + "；回复期限：" + notice.getReplyBy()));
        return notice;
    }

    private static String summary(SupervisionNotice n) {
        String text = n.mattersText();
        return text.isEmpty() ? "相关工作" : "“" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "”";
    }

    private Organization issuer() {
        return catalog.issuer().orElseThrow(() -> new RuleViolation("unitId", "只有科协工作人员可以发督办单，填报员不能发督办单"));
    }

    static boolean beneath(Organization unit, Organization issuer) {
        return !unit.getId().equals(issuer.getId()) && unit.isWithin(issuer);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
