package cn.kepu.plan;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationAdded;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Versions;

/** Writing plans: the head, sections and tasks while a draft; publishing into assignments; closing. */
@Service
@Transactional
public class PlanManagement {

    private static final String AUDIT_TYPE = "工作计划";

    private final WorkPlans plans;
    private final Assignments assignments;
    private final OrganizationDirectory organizations;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManager entityManager;

    PlanManagement(WorkPlans plans, Assignments assignments, OrganizationDirectory organizations, DataScope scope,
            ApplicationEventPublisher events, Clock clock, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.plans = plans;
        this.assignments = assignments;
        this.organizations = organizations;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    public WorkPlan create(PlanForm form) {
        if (form.getIssuerId() == null) {
            throw new RuleViolation("issuerId", "请选择发文单位");
        }
        Organization issuer = scope.visible(form.getIssuerId());
        WorkPlan plan = plans.save(new WorkPlan(issuer, heading(form), clock.instant()));
        events.publishEvent(ActionPerformed.of(AuditAction.CREATE, AUDIT_TYPE, plan.getId(), plan.getTitle(),
                "发文单位：" + issuer.getName() + "；期限：" + plan.period()));
        return plan;
    }

    public WorkPlan update(long planId, PlanForm form) {
        WorkPlan plan = editable(planId);
        Versions.check(form.getVersion(), plan.getVersion(), planId, "计划“" + plan.getTitle() + "”");
        plan.apply(heading(form), clock.instant());
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, AUDIT_TYPE, plan.getId(), plan.getTitle(), "修改计划信息"));
        return plan;
    }

    public PlanSection addSection(long planId, Long parentId, String number, String title) {
        WorkPlan plan = editable(planId);
        if (title == null || title.isBlank()) {
            throw new RuleViolation("title", "请填写章节标题");
        }
        PlanSection parent = parentId == null ? null : section(plan, parentId);
        PlanSection section = plan.addSection(parent, blankToNull(number), title.strip());
        plans.flush();
        return section;
    }

    /** Adds a task ({@code taskId} null) or replaces one; every field is checked before anything changes. */
    public Task saveTask(long planId, Long taskId, TaskForm form) {
        WorkPlan plan = editable(planId);
        if (taskId != null) {
            Task task = task(plan, taskId);
            Versions.check(form.getVersion(), task.getVersion(), taskId, "任务“" + task.getTitle() + "”");
        }
        return store(plan, taskId, read(plan, form));
    }

    /**
     * Stores a task read earlier — the draft's units, deadline and quotas as they were read, without reading any text
     * again (a batch checks every row first, then stores them all).
     */
    Task saveTask(long planId, TaskDraft draft) {
        WorkPlan plan = editable(planId);
        if (draft.planId() != planId) {
            throw new IllegalArgumentException("The draft was read for plan " + draft.planId());
        }
        return store(plan, null, draft);
    }

    private Task store(WorkPlan plan, Long taskId, TaskDraft input) {
        Task task;
        if (taskId == null) {
            task = plan.addTask(input.section(), input.content());
        } else {
            task = task(plan, taskId);
            // Its parties and quotas are rows of their own: the task's version counts their changes too.
            entityManager.lock(task, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            task.apply(input.content());
            task.clearParties();
            task.clearQuotas();
        }
        task.linkTo(input.parentTaskId());
        input.lead().forEach(p -> task.addParty(PartyRole.LEAD, p.organization(), p.selector()));
        input.responsible().forEach(p -> task.addParty(PartyRole.RESPONSIBLE, p.organization(), p.selector()));
        input.quotas().forEach(task::addQuota);
        plans.flush();
        return task;
    }

    /**
     * Reads a task form against its plan once — every problem at once, or the typed {@link TaskDraft} to store with
     * {@link #saveTask(long, TaskDraft)}; a batch (a document's rows) reads them all and reports every problem first.
     */
    @Transactional(readOnly = true, noRollbackFor = RuleViolation.class)
    TaskDraft readTask(long planId, TaskForm form) {
        return read(plans.findById(planId).filter(p -> scope.current().covers(p.getIssuer()))
                .orElseThrow(() -> new NotFoundException("工作计划")), form);
    }

    private TaskDraft read(WorkPlan plan, TaskForm form) {
        List<RuleViolation> problems = new ArrayList<>();
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            problems.add(new RuleViolation("title", "请填写任务名称"));
        }
        Deadline deadline = collect(problems, () -> Deadline.parse(form.getDeadline(), plan.getPeriodFrom(), plan.getPeriodTo()));
        PartyNames names = new PartyNames(organizations.subtree(plan.getIssuer()));
        List<Party> lead = collect(problems, () -> names.read(form.getLead(), "lead", "牵头单位"));
        List<Party> responsible = collect(problems, () -> names.read(form.getResponsible(), "responsible", "责任单位"));
        List<Quota.Terms> quotas = collect(problems, () -> new QuotaWording(names).lines(form.getQuotas()));
        PlanSection section = collect(problems, () -> form.getSectionId() == null ? null : section(plan, form.getSectionId()));
        if (form.getParentTaskId() != null && assignments.findByTask_IdAndOrganization_Id(form.getParentTaskId(),
                plan.getIssuer().getId()).isEmpty()) {
            problems.add(new RuleViolation("parentTaskId", "承接的上级任务应是下达给" + plan.getIssuer().getName() + "的任务"));
        }
        RuleViolation.throwIfAny(problems);
        Task.Content content = new Task.Content(blankToNull(form.getNumber()), form.getTitle().strip(),
                blankToNull(form.getContent()), blankToNull(form.getRequirements()), blankToNull(form.getRemarks()), deadline);
        return new TaskDraft(plan.getId(), content, section, lead, responsible, quotas, form.getParentTaskId());
    }

    public void deleteTask(long planId, long taskId) {
        WorkPlan plan = editable(planId);
        plan.getTasks().removeIf(t -> t.getId().equals(taskId));
    }

    /**
     * 发布: resolves every task's parties into organizations and gives each an assignment with the targets of
     * the quotas that apply to it. A selector that matches no organization stops the publication.
     */
    public WorkPlan publish(long planId) {
        WorkPlan plan = editable(planId);
        if (plan.getTasks().isEmpty()) {
            throw new RuleViolation("计划中还没有任务，不能发布");
        }
        List<Organization> subtree = organizations.subtree(plan.getIssuer());
        List<RuleViolation> problems = new ArrayList<>();
        Map<Task, List<Organization>> responsible = new LinkedHashMap<>();
        for (Task task : plan.getTasks()) {
            responsible.put(task, resolve(task, subtree, plan.getIssuer(), problems));
        }
        RuleViolation.throwIfAny(problems);
        plan.publish(clock.instant());
        int count = 0;
        for (var entry : responsible.entrySet()) {
            for (Organization unit : entry.getValue()) {
                assign(entry.getKey(), unit);
                count++;
            }
        }
        events.publishEvent(ActionPerformed.of(AuditAction.PUBLISH, AUDIT_TYPE, plan.getId(), plan.getTitle(),
                "发布" + plan.getTasks().size() + "项任务，分解到" + count + "个责任单位"));
        assignments.flush();
        events.publishEvent(new PlanPublished(plan.getId()));
        return plan;
    }

    public WorkPlan close(long planId) {
        WorkPlan plan = plans.findById(planId).filter(p -> scope.current().covers(p.getIssuer()))
                .orElseThrow(() -> new NotFoundException("工作计划"));
        if (plan.getState() != PlanState.PUBLISHED) {
            throw new RuleViolation("只有已发布的计划可以关闭");
        }
        plan.close(clock.instant());
        events.publishEvent(ActionPerformed.of(AuditAction.CLOSE, AUDIT_TYPE, plan.getId(), plan.getTitle(), "状态：已发布 → 已关闭"));
        return plan;
    }

    /** The superiors' tasks assigned to the plan's issuer, which its own tasks may carry out (承接). */
    @Transactional(readOnly = true)
    public List<Assignment> assignedToIssuer(WorkPlan plan) {
        return assignments.findAll((root, query, cb) -> cb.equal(root.get("organization").get("id"), plan.getIssuer().getId()))
                .stream().filter(a -> !a.getTask().getPlan().getId().equals(plan.getId())).toList();
    }

    /** A unit added under a published plan's issuer joins the tasks whose selectors name its kind. */
    @EventListener
    void on(OrganizationAdded added) {
        Organization unit = organizations.find(added.organizationId()).orElseThrow();
        for (WorkPlan plan : plans.findByState(PlanState.PUBLISHED)) {
            if (!unit.isWithin(plan.getIssuer())) {
                continue;
            }
            for (Task task : plan.getTasks()) {
                boolean selected = task.getParties().stream().anyMatch(p -> p.getRole() == PartyRole.RESPONSIBLE
                        && p.getSelector() != null && p.getSelector().selects(unit, plan.getIssuer()));
                if (selected && assignments.findByTask_IdAndOrganization_Id(task.getId(), unit.getId()).isEmpty()) {
                    assign(task, unit);
                }
            }
        }
    }

    private void assign(Task task, Organization unit) {
        Assignment assignment = new Assignment(task, unit, null, clock.instant());
        Organization issuer = task.getPlan().getIssuer();
        task.getQuotas().stream().filter(q -> q.appliesTo(unit, issuer)).forEach(q -> assignment.target(q, q.getTarget()));
        assignments.save(assignment);
    }

    /** The units that carry a task out: its responsible parties, else its leads, plus units named by its quotas. */
    private List<Organization> resolve(Task task, List<Organization> subtree, Organization issuer, List<RuleViolation> problems) {
        List<TaskParty> parties = task.getParties().stream().filter(p -> p.getRole() == PartyRole.RESPONSIBLE).toList();
        if (parties.isEmpty()) {
            parties = task.getParties().stream().filter(p -> p.getRole() == PartyRole.LEAD).toList();
        }
        Map<Long, Organization> units = new LinkedHashMap<>();
        for (TaskParty party : parties) {
            if (party.getOrganization() != null) {
                units.put(party.getOrganization().getId(), party.getOrganization());
                continue;
            }
            List<Organization> selected = party.getSelector().resolve(subtree, issuer);
            if (selected.isEmpty()) {
                problems.add(new RuleViolation("任务" + task.label() + "：“" + party.label() + "”在" + issuer.getName()
                        + "下没有对应的单位"));
            }
            selected.forEach(o -> units.put(o.getId(), o));
        }
        task.getQuotas().stream().map(Quota::getSubjectOrganization).filter(o -> o != null)
                .forEach(o -> units.putIfAbsent(o.getId(), o));
        return new ArrayList<>(units.values());
    }

    WorkPlan editable(long planId) {
        WorkPlan plan = plans.findById(planId).filter(p -> scope.current().covers(p.getIssuer()))
                .orElseThrow(() -> new NotFoundException("工作计划"));
        if (!plan.isDraft()) {
            throw new RuleViolation("计划" + plan.getState().label() + "，不能再修改");
        }
        return plan;
    }

    private static Task task(WorkPlan plan, long taskId) {
        return plan.getTasks().stream().filter(t -> t.getId().equals(taskId)).findFirst()
                .orElseThrow(() -> new NotFoundException("任务"));
    }

    private static PlanSection section(WorkPlan plan, long sectionId) {
        return plan.getSections().stream().filter(s -> s.getId().equals(sectionId)).findFirst()
                .orElseThrow(() -> new RuleViolation("sectionId", "章节不属于此计划"));
    }

    private static WorkPlan.Heading heading(PlanForm form) {
        List<RuleViolation> problems = new ArrayList<>();
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            problems.add(new RuleViolation("title", "请填写计划标题"));
        } else if (form.getTitle().length() > 200) {
            problems.add(new RuleViolation("title", "标题不能超过200个字"));
        }
        Integer from = form.getPeriodFrom();
        Integer to = form.getPeriodTo() == null ? from : form.getPeriodTo();
        if (from == null || from < 2000 || from > 2100) {
            problems.add(new RuleViolation("periodFrom", "请填写计划起始年份，如 " + Year.now().getValue()));
        } else if (to < from || to - from > 10) {
            problems.add(new RuleViolation("periodTo", "结束年份应在起始年份之后十年以内"));
        }
        RuleViolation.throwIfAny(problems);
        return new WorkPlan.Heading(form.getTitle().strip(), blankToNull(form.getDocNumber()), from, to, form.getIssueDate());
    }

    private static <T> T collect(List<RuleViolation> problems, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (RuleViolation e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
