package cn.kepu.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.RuleViolation;

/**
 * How another module drafts a plan: it reads each name once against the issuer's units ({@link #names}), builds a
 * typed {@link PlanDraft}, and {@link #create} checks every task and stores the draft plan — all or nothing, every
 * problem named with the reviewer's row.
 */
@Service
@Transactional
public class PlanDrafting {

    private final PlanManagement management;
    private final OrganizationDirectory organizations;
    private final DataScope scope;

    PlanDrafting(PlanManagement management, OrganizationDirectory organizations, DataScope scope) {
        this.management = management;
        this.organizations = organizations;
        this.scope = scope;
    }

    /** The names the issuer's plans may use: the units of its subtree and the kinds of unit. */
    @Transactional(readOnly = true)
    public PartyNames names(long issuerId) {
        Organization issuer = scope.visible(issuerId);
        return new PartyNames(organizations.subtree(issuer));
    }

    public WorkPlan create(PlanDraft draft) {
        PlanForm head = new PlanForm();
        head.setIssuerId(draft.issuerId());
        head.setTitle(draft.title());
        head.setDocNumber(draft.docNumber());
        head.setPeriodFrom(draft.periodFrom());
        head.setPeriodTo(draft.periodTo());
        WorkPlan plan = management.create(head);
        Organization issuer = plan.getIssuer();
        Map<String, PlanSection> sections = new LinkedHashMap<>();
        List<TaskDraft> tasks = new ArrayList<>();
        List<RuleViolation> problems = new ArrayList<>();
        for (PlanDraft.Item item : draft.items()) {
            List<String> wrong = check(item, issuer);
            if (!wrong.isEmpty()) {
                wrong.forEach(p -> problems.add(new RuleViolation("rows[" + (item.row() - 1) + "]", "第" + item.row() + "项任务：" + p)));
                continue;
            }
            PlanSection section = section(plan, item.section(), sections);
            Task.Content content = new Task.Content(blankToNull(item.number()), item.title().strip(), null,
                    blankToNull(item.requirements()), null, item.deadline() == null ? Deadline.none() : item.deadline());
            List<Quota.Terms> quotas = item.quotas().stream().map(q -> new Quota.Terms(q.metric().strip(), q.bound(),
                    q.target(), blankToNull(q.unit()) == null ? "项" : q.unit().strip(), null,
                    q.subject() == null ? null : q.subject().organization(),
                    q.subject() == null ? null : q.subject().selector())).toList();
            tasks.add(new TaskDraft(plan.getId(), content, section, item.lead(), item.responsible(), quotas, null));
        }
        RuleViolation.throwIfAny(problems);
        tasks.forEach(task -> management.saveTask(plan.getId(), task));
        return plan;
    }

    /** The section an item names, made on first use: a top section numbered in order, headings beneath it as named. */
    private PlanSection section(WorkPlan plan, String named, Map<String, PlanSection> made) {
        String path = named == null || named.isBlank() ? "正文" : named.strip();
        PlanSection found = made.get(path);
        if (found != null) {
            return found;
        }
        int cut = path.lastIndexOf(PlanDraft.SUBSECTION.strip());
        PlanSection section;
        if (cut < 0) {
            long tops = made.values().stream().filter(s -> s.getParent() == null).count();
            section = management.addSection(plan.getId(), null, Numbers.chinese((int) tops + 1), path);
        } else {
            PlanSection parent = section(plan, path.substring(0, cut).strip(), made);
            section = management.addSection(plan.getId(), parent.getId(), null, path.substring(cut + 1).strip());
        }
        made.put(path, section);
        return section;
    }

    /**
     * What is wrong with one task, in the reviewer's words — empty when it can be stored; for a module that has its
     * own problems with a row (names it could not read) to name them all together, row by row.
     */
    @Transactional(readOnly = true)
    public List<String> problems(long issuerId, PlanDraft.Item item) {
        return check(item, scope.visible(issuerId));
    }

    private static List<String> check(PlanDraft.Item item, Organization issuer) {
        List<String> wrong = new ArrayList<>();
        if (item.title() == null || item.title().isBlank()) {
            wrong.add("请填写任务名称");
        }
        List<Party> parties = new ArrayList<>(item.lead());
        parties.addAll(item.responsible());
        item.quotas().stream().map(PlanDraft.Target::subject).filter(s -> s != null).forEach(parties::add);
        parties.stream().filter(p -> !p.isWithin(issuer)).map(Party::label).distinct()
                .forEach(name -> wrong.add("“" + name + "”不在" + issuer.getName() + "之下"));
        for (int i = 0; i < item.quotas().size(); i++) {
            PlanDraft.Target q = item.quotas().get(i);
            String which = "第" + (i + 1) + "个指标";
            if (q.metric() == null || q.metric().isBlank()) {
                wrong.add(which + "请填写指标名称，如“活动数”");
            }
            if (q.bound() == null) {
                wrong.add(which + "请选择 ≥、≤ 或 =");
            }
            if (q.target() == null) {
                wrong.add(which + "请填写目标值");
            } else if (q.target().compareTo(BigDecimal.ZERO) < 0) {
                wrong.add(which + "的目标值不能小于0");
            }
        }
        return wrong;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
