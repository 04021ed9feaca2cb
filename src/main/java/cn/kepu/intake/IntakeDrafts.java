package cn.kepu.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationForm;
import cn.kepu.org.OrganizationManagement;
import cn.kepu.org.UnitType;
import cn.kepu.plan.Numbers;
import cn.kepu.plan.PlanForm;
import cn.kepu.plan.PlanManagement;
import cn.kepu.plan.Quota;
import cn.kepu.plan.TaskDraft;
import cn.kepu.plan.TaskForm;
import cn.kepu.plan.WorkPlan;
import cn.kepu.support.RuleViolation;

/** Turns a proposal into the reviewer's draft, and the reviewed draft into a draft plan — all or nothing. */
@Service
class IntakeDrafts {

    private final PlanManagement plans;
    private final OrganizationManagement organizations;
    private final DataScope scope;

    IntakeDrafts(PlanManagement plans, OrganizationManagement organizations, DataScope scope) {
        this.plans = plans;
        this.organizations = organizations;
        this.scope = scope;
    }

    public IntakeDraft from(Proposal proposal, String source, Long issuerId) {
        IntakeDraft draft = new IntakeDraft();
        draft.setSource(source);
        draft.setIssuerId(issuerId);
        draft.setTitle(proposal.title());
        draft.setDocNumber(proposal.docNumber());
        if (proposal.period() != null) {
            draft.setPeriodFrom(proposal.period().start().getYear());
            draft.setPeriodTo(proposal.period().end().getYear());
        } else {
            draft.setPeriodFrom(LocalDate.now().getYear());
        }
        draft.setNotices(new ArrayList<>(proposal.notices()));
        for (Proposal.Section section : proposal.sections()) {
            addRows(draft, section, section.title());
        }
        return draft;
    }

    private static void addRows(IntakeDraft draft, Proposal.Section section, String category) {
        for (Proposal.Task task : section.tasks()) {
            IntakeDraft.Row row = new IntakeDraft.Row();
            row.setSection(category);
            row.setNumber(task.number());
            row.setTitle(task.title());
            row.setRequirements(task.text());
            row.setLead(String.join("、", task.lead()));
            row.setResponsible(String.join("、", task.responsible()));
            row.setDeadline(task.deadline() == null ? "" : task.deadline().text());
            row.setQuotas(String.join("\n", task.quotas().stream().map(q -> (q.subject().isBlank() ? "每个责任单位" : q.subject())
                    + " " + Quota.metricFor(q.unit(), task.text()) + " " + (q.comparator().equals("<=") ? "≤" : "≥") + " "
                    + q.target().stripTrailingZeros().toPlainString() + " " + q.unit()).toList()));
            draft.getRows().add(row);
        }
        section.sections().forEach(child -> addRows(draft, child, category));
    }

    /** Every name in the kept rows' lead and responsible fields, with what it matches under the issuer. */
    public Map<String, Optional<String>> matches(IntakeDraft draft) {
        Set<String> names = new LinkedHashSet<>();
        for (IntakeDraft.Row row : draft.getRows()) {
            if (row.isKeep()) {
                names.addAll(split(row.getLead()));
                names.addAll(split(row.getResponsible()));
            }
        }
        return draft.getIssuerId() == null ? Map.of() : plans.matchNames(draft.getIssuerId(), names);
    }

    /**
     * Creates the draft plan from the kept rows — each read once by plan into a typed {@link TaskDraft} (units
     * resolved, deadline and quotas read), then all stored as read; the rows are text because a reviewer edits them.
     * Names the reviewer chose to ignore are left out, names chosen as new units become 成员单位 under the issuer first. Every row is checked before any is saved, so any problem (an
     * unknown unit, an unreadable deadline) stops it with nothing created — not even the new units — and every
     * problem named.
     */
    @Transactional
    public WorkPlan create(IntakeDraft draft, Set<String> ignored, Set<String> newUnits) {
        if (!newUnits.isEmpty() && !scope.administersUnits()) {
            throw new RuleViolation("newUnit", "只有系统管理员可以新建单位：请改为系统中已有的单位，或勾选“忽略”");
        }
        Organization issuer = scope.visible(draft.getIssuerId());
        for (String name : newUnits) {
            if (ignored.contains(name)) {
                continue;
            }
            OrganizationForm unit = new OrganizationForm();
            unit.setName(name);
            unit.setUnitType(UnitType.MEMBER_UNIT);
            unit.setLevel(issuer.getLevel());
            unit.setRegionCode(issuer.getRegion() == null ? null : issuer.getRegion().getCode());
            unit.setParentId(issuer.getId());
            organizations.create(unit);
        }
        PlanForm head = new PlanForm();
        head.setIssuerId(draft.getIssuerId());
        head.setTitle(draft.getTitle());
        head.setDocNumber(draft.getDocNumber());
        head.setPeriodFrom(draft.getPeriodFrom());
        head.setPeriodTo(draft.getPeriodTo());
        WorkPlan plan = plans.create(head);
        Map<String, Long> sections = new LinkedHashMap<>();
        List<TaskDraft> tasks = new ArrayList<>();
        List<RuleViolation> problems = new ArrayList<>();
        for (int i = 0; i < draft.getRows().size(); i++) {
            IntakeDraft.Row row = draft.getRows().get(i);
            if (!row.isKeep()) {
                continue;
            }
            String category = row.getSection() == null || row.getSection().isBlank() ? "正文" : row.getSection().strip();
            Long section = sections.computeIfAbsent(category, c -> plans.addSection(plan.getId(), null,
                    Numbers.chinese(sections.size() + 1), c).getId());
            try {
                tasks.add(plans.readTask(plan.getId(), taskForm(row, section, ignored)));
            } catch (RuleViolation e) {
                int number = i + 1;
                e.problems().forEach(p -> problems.add(new RuleViolation("rows", "第" + number + "项任务：" + p.getMessage())));
            }
        }
        RuleViolation.throwIfAny(problems);
        tasks.forEach(task -> plans.saveTask(plan.getId(), task));
        return plan;
    }

    /** The row as a task form under its section, without the names the reviewer ignored; the row itself stays as typed. */
    private static TaskForm taskForm(IntakeDraft.Row row, Long section, Set<String> ignored) {
        TaskForm form = new TaskForm();
        form.setSectionId(section);
        form.setNumber(row.getNumber());
        form.setTitle(row.getTitle());
        form.setRequirements(row.getRequirements());
        form.setLead(String.join("，", split(row.getLead()).stream().filter(s -> !ignored.contains(s)).toList()));
        form.setResponsible(String.join("，", split(row.getResponsible()).stream().filter(s -> !ignored.contains(s)).toList()));
        form.setDeadline(row.getDeadline());
        form.setQuotas(row.getQuotas());
        return form;
    }

    /** The reviewer's name field, read as the parser reads a list of units ("县市区、功能区科协" stays one phrase). */
    static List<String> split(String names) {
        return PlanParser.names(names);
    }
}
