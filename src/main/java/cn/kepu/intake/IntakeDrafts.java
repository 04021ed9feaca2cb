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

import cn.kepu.plan.PlanForm;
import cn.kepu.plan.PlanManagement;
import cn.kepu.plan.Quota;
import cn.kepu.plan.TaskForm;
import cn.kepu.plan.WorkPlan;
import cn.kepu.support.RuleViolation;

/** Turns a proposal into the reviewer's draft, and the reviewed draft into a draft plan — all or nothing. */
@Service
public class IntakeDrafts {

    private final PlanManagement plans;

    IntakeDrafts(PlanManagement plans) {
        this.plans = plans;
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
     * Creates the draft plan from the kept rows; names the reviewer chose to ignore are left out. Any problem
     * (an unknown unit, an unreadable deadline) stops it with nothing created.
     */
    @Transactional
    public WorkPlan create(IntakeDraft draft, Set<String> ignored) {
        PlanForm head = new PlanForm();
        head.setIssuerId(draft.getIssuerId());
        head.setTitle(draft.getTitle());
        head.setDocNumber(draft.getDocNumber());
        head.setPeriodFrom(draft.getPeriodFrom());
        head.setPeriodTo(draft.getPeriodTo());
        WorkPlan plan = plans.create(head);
        Map<String, Long> sections = new LinkedHashMap<>();
        List<RuleViolation> problems = new ArrayList<>();
        int n = 0;
        for (IntakeDraft.Row row : draft.getRows()) {
            n++;
            if (!row.isKeep()) {
                continue;
            }
            String category = row.getSection() == null || row.getSection().isBlank() ? "正文" : row.getSection().strip();
            Long section = sections.computeIfAbsent(category, c -> plans.addSection(plan.getId(), null,
                    chinese(sections.size() + 1), c).getId());
            TaskForm form = new TaskForm();
            form.setSectionId(section);
            form.setNumber(row.getNumber());
            form.setTitle(row.getTitle());
            form.setRequirements(row.getRequirements());
            form.setLead(String.join("，", split(row.getLead()).stream().filter(s -> !ignored.contains(s)).toList()));
            form.setResponsible(String.join("，", split(row.getResponsible()).stream().filter(s -> !ignored.contains(s)).toList()));
            form.setDeadline(row.getDeadline());
            form.setQuotas(row.getQuotas());
            try {
                plans.checkTask(plan.getId(), form);
            } catch (RuleViolation e) {
                int row1 = n;
                e.problems().forEach(p -> problems.add(new RuleViolation("rows", "第" + row1 + "项任务：" + p.getMessage())));
            }
        }
        RuleViolation.throwIfAny(problems);
        n = 0;
        for (IntakeDraft.Row row : draft.getRows()) {
            n++;
            if (row.isKeep()) {
                TaskForm form = new TaskForm();
                form.setSectionId(sections.get(row.getSection() == null || row.getSection().isBlank() ? "正文" : row.getSection().strip()));
                form.setNumber(row.getNumber());
                form.setTitle(row.getTitle());
                form.setRequirements(row.getRequirements());
                form.setLead(String.join("，", split(row.getLead()).stream().filter(s -> !ignored.contains(s)).toList()));
                form.setResponsible(String.join("，", split(row.getResponsible()).stream().filter(s -> !ignored.contains(s)).toList()));
                form.setDeadline(row.getDeadline());
                form.setQuotas(row.getQuotas());
                plans.saveTask(plan.getId(), null, form);
            }
        }
        return plan;
    }

    static List<String> split(String names) {
        List<String> out = new ArrayList<>();
        if (names == null) {
            return out;
        }
        // "县市区、功能区科协" is one phrase: split on 、 only between complete names (the parser joins them with 、
        // as well), so the reviewer's field is split on ， ; and line breaks, and on 、 where both sides end a name.
        for (String part : names.split("[，,；;\\n]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] pieces = p.split("、");
            StringBuilder pending = new StringBuilder();
            for (String piece : pieces) {
                if (pending.length() > 0) {
                    pending.append('、');
                }
                pending.append(piece.strip());
                if (piece.strip().matches(".*(科协|学会|协会|局|部|委|馆|中心|单位|基地|办|会|院|校|队|站|所|室|团|联|处|组|专班|政府|党委|分局|妇联)$")) {
                    out.add(pending.toString());
                    pending.setLength(0);
                }
            }
            if (pending.length() > 0) {
                out.add(pending.toString());
            }
        }
        return out;
    }

    private static String chinese(int n) {
        String[] d = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        return n < 10 ? d[n] : (n / 10 == 1 ? "" : d[n / 10]) + "十" + d[n % 10];
    }
}
