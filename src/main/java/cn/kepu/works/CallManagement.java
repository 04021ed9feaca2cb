package cn.kepu.works;

import java.time.Clock;
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
import cn.kepu.support.Versions;

/** 发布和修改征集通知: by an association's staff for itself (a city, or a county for its own), or the system administrator. */
@Service
@Transactional
public class CallManagement {

    static final String AUDIT_TYPE = "作品征集";
    /** The largest file a category may allow, in MB. */
    static final int MAX_MB = 500;

    private final WorkCatalog catalog;
    private final WorkCalls calls;
    private final Works works;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CallManagement(WorkCatalog catalog, WorkCalls calls, Works works, ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.calls = calls;
        this.works = works;
        this.events = events;
        this.clock = clock;
    }

    public WorkCall open(CallForm form) {
        List<RuleViolation> problems = new ArrayList<>();
        Organization issuer = issuer(form, problems);
        List<CallCategory> categories = check(form, problems);
        if (issuer != null && form.getTitle() != null && calls.existsByIssuer_IdAndTitle(issuer.getId(), form.getTitle().strip())) {
            problems.add(new RuleViolation("title", issuer.getName() + "已发布过“" + form.getTitle().strip() + "”"));
        }
        RuleViolation.throwIfAny(problems);
        WorkCall call = new WorkCall(issuer, clock.instant(), CurrentUser.username());
        call.set(form.getTitle().strip(), form.getYear(), form.getOpensOn(), form.getClosesOn(), strip(form.getRules()), categories);
        calls.saveAndFlush(call);
        events.publishEvent(ActionPerformed.of(AuditAction.PUBLISH, AUDIT_TYPE, call.getId(), call.getTitle(),
                "发布征集通知：" + call.categoryLabels() + "，" + call.getOpensOn() + "至" + call.getClosesOn()));
        return call;
    }

    public WorkCall update(long id, CallForm form) {
        WorkCall call = catalog.call(id);
        if (!catalog.reviews(call)) {
            throw new NotFoundException("征集通知");
        }
        Versions.check(form.getVersion(), call.getVersion(), id, "征集通知");
        List<RuleViolation> problems = new ArrayList<>();
        List<CallCategory> categories = check(form, problems);
        for (CallCategory existing : call.getCategories()) {
            boolean kept = categories.stream().anyMatch(c -> c.getCategory() == existing.getCategory());
            if (!kept && works.countByCall_IdAndCategory(id, existing.getCategory()) > 0) {
                problems.add(new RuleViolation("rows", "“" + existing.getCategory().label() + "”已有作品提交，不能取消该类别"));
            }
        }
        if (call.isPublished()) {
            problems.add(new RuleViolation("title", "获奖名单已公示，征集通知不能再修改"));
        }
        RuleViolation.throwIfAny(problems);
        String before = call.getOpensOn() + "至" + call.getClosesOn() + "，" + call.categoryLabels();
        call.set(form.getTitle().strip(), form.getYear(), form.getOpensOn(), form.getClosesOn(), strip(form.getRules()), categories);
        calls.saveAndFlush(call);
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, AUDIT_TYPE, call.getId(), call.getTitle(),
                before + " → " + call.getOpensOn() + "至" + call.getClosesOn() + "，" + call.categoryLabels()));
        return call;
    }

    private Organization issuer(CallForm form, List<RuleViolation> problems) {
        List<Organization> choices = catalog.issuerChoices();
        if (choices.isEmpty()) {
            throw new RuleViolation("issuerId", "只有市、县级科协的工作人员可以发布征集通知");
        }
        if (form.getIssuerId() == null && choices.size() == 1) {
            return choices.get(0);
        }
        Organization issuer = choices.stream().filter(o -> o.getId().equals(form.getIssuerId())).findFirst().orElse(null);
        if (issuer == null) {
            problems.add(new RuleViolation("issuerId", "请选择发布单位（市、县级科协）"));
        }
        return issuer;
    }

    /** Every problem of the form at once, under its field; the chosen categories as they will be stored. */
    private List<CallCategory> check(CallForm form, List<RuleViolation> problems) {
        String title = strip(form.getTitle());
        if (title == null) {
            problems.add(new RuleViolation("title", "请填写征集通知名称"));
        } else if (title.length() > 200) {
            problems.add(new RuleViolation("title", "名称不能超过200字"));
        }
        int thisYear = catalog.today().getYear();
        if (form.getYear() == null) {
            problems.add(new RuleViolation("year", "请填写年度"));
        } else if (form.getYear() < 2000 || form.getYear() > thisYear + 1) {
            problems.add(new RuleViolation("year", "年度应在2000年到" + (thisYear + 1) + "年之间"));
        }
        if (form.getOpensOn() == null) {
            problems.add(new RuleViolation("opensOn", "请填写征集开始日期"));
        }
        if (form.getClosesOn() == null) {
            problems.add(new RuleViolation("closesOn", "请填写征集截止日期"));
        } else if (form.getOpensOn() != null && form.getClosesOn().isBefore(form.getOpensOn())) {
            problems.add(new RuleViolation("closesOn", "截止日期不能早于开始日期"));
        }
        if (form.getRules() != null && form.getRules().length() > 4000) {
            problems.add(new RuleViolation("rules", "征集规则不能超过4000字"));
        }
        List<CallCategory> chosen = new ArrayList<>();
        for (int i = 0; i < form.getRows().size(); i++) {
            CallForm.Row row = form.getRows().get(i);
            if (!row.isChosen() || row.getCategory() == null) {
                continue;
            }
            String label = "“" + row.getCategory().label() + "”";
            String field = "rows[" + i + "]";
            List<WorkFormat> formats = row.getFormats().stream().distinct().toList();
            if (formats.isEmpty() && !row.isLinkAllowed()) {
                problems.add(new RuleViolation(field, label + "请至少选择一种文件格式，或允许提交链接"));
                continue;
            }
            int maxMb = 0;
            if (!formats.isEmpty()) {
                try {
                    maxMb = Integer.parseInt(row.getMaxMb() == null ? "" : row.getMaxMb().strip());
                    if (maxMb < 1 || maxMb > MAX_MB) {
                        problems.add(new RuleViolation(field, label + "的文件大小上限应在1到" + MAX_MB + "MB之间"));
                        continue;
                    }
                } catch (NumberFormatException e) {
                    problems.add(new RuleViolation(field, label + "的文件大小上限应为整数（MB），“" + row.getMaxMb() + "”不是整数"));
                    continue;
                }
            }
            chosen.add(new CallCategory(row.getCategory(), formats, maxMb, row.isLinkAllowed()));
        }
        if (chosen.isEmpty() && problems.stream().noneMatch(p -> p.field() != null && p.field().startsWith("rows"))) {
            problems.add(new RuleViolation("rows", "请至少选择一个作品类别"));
        }
        return chosen;
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
