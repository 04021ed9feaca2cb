package cn.kepu.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import cn.kepu.plan.Bound;
import cn.kepu.plan.Deadline;
import cn.kepu.plan.Party;
import cn.kepu.plan.PartyNames;
import cn.kepu.plan.PlanDraft;
import cn.kepu.plan.PlanDrafting;
import cn.kepu.plan.Quota;
import cn.kepu.plan.WorkPlan;
import cn.kepu.support.RuleViolation;

/**
 * Turns a proposal into the reviewer's draft, and the reviewed draft into a typed {@link PlanDraft} for plan — each
 * name read once, deadlines read into {@link Deadline}s, quotas taken from their fields — all or nothing.
 */
@Service
class IntakeDrafts {

    private static final String EVERY_UNIT = "每个责任单位";

    private final PlanDrafting drafting;
    private final OrganizationManagement organizations;
    private final DataScope scope;

    IntakeDrafts(PlanDrafting drafting, OrganizationManagement organizations, DataScope scope) {
        this.drafting = drafting;
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
        }
        draft.setNotices(new ArrayList<>(proposal.notices()));
        if (proposal.period() == null) {
            // A guessed year would put every deadline in the wrong year without anyone noticing.
            draft.getNotices().add("文件中没有写明年份：请填写计划的起始年份后再创建");
        }
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
            for (Proposal.Quota q : task.quotas()) {
                IntakeDraft.QuotaRow quota = new IntakeDraft.QuotaRow();
                quota.setSubject(q.subject().isBlank() ? EVERY_UNIT : q.subject());
                quota.setMetric(Quota.metricFor(q.unit(), task.text()));
                quota.setBound(q.comparator().equals("<=") ? Bound.AT_MOST.symbol() : Bound.AT_LEAST.symbol());
                quota.setTarget(new BigDecimal(q.target().stripTrailingZeros().toPlainString()));
                quota.setUnit(q.unit());
                row.getQuotas().add(quota);
            }
            draft.getRows().add(row);
        }
        // An item with sub-items (3.开展座谈交流 with 一是…五是) is kept as the sub-items' heading, not dropped.
        section.sections().forEach(child -> addRows(draft, child,
                category + PlanDraft.SUBSECTION + heading(child)));
    }

    /** A heading as the document numbers it: "3. 开展座谈交流", "（一）加强组织领导". */
    private static String heading(Proposal.Section section) {
        String number = section.number();
        if (number.isBlank()) {
            return section.title();
        }
        return (number.chars().allMatch(Character::isDigit) ? number + ". " : number.endsWith("是") ? number + " " : "（" + number + "）")
                + section.title();
    }

    /** Every name in the kept rows — units and quota subjects — with what it stands for under the issuer. */
    public Map<String, Optional<String>> matches(IntakeDraft draft) {
        if (draft.getIssuerId() == null) {
            return Map.of();
        }
        PartyNames names = drafting.names(draft.getIssuerId());
        Map<String, Optional<String>> matches = new LinkedHashMap<>();
        for (IntakeDraft.Row row : draft.getRows()) {
            if (row.isKeep()) {
                for (String name : units(row)) {
                    matches.computeIfAbsent(name, n -> names.party(n).map(Party::label));
                }
                for (String subject : subjects(row)) {
                    matches.computeIfAbsent(subject, n -> names.subject(n).map(Party::label));
                }
            }
        }
        return matches;
    }

    /**
     * Creates the draft plan from the kept rows. Names the reviewer chose to ignore are left out, names chosen as new
     * units become 成员单位 under the issuer first; every row is read and checked before anything is stored, so any
     * problem (an unknown unit, an unreadable deadline, a quota without a target) stops it with nothing created — not
     * even the new units — and every problem is named with its row.
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
        PartyNames names = drafting.names(issuer.getId());
        int from = draft.getPeriodFrom() == null ? LocalDate.now().getYear() : draft.getPeriodFrom();
        int to = draft.getPeriodTo() == null ? from : draft.getPeriodTo();
        List<PlanDraft.Item> items = new ArrayList<>();
        List<RuleViolation> problems = new ArrayList<>();
        if (draft.getPeriodFrom() == null) {
            problems.add(new RuleViolation("periodFrom", "请填写计划起始年份（文件中没有写明）"));
        }
        for (int i = 0; i < draft.getRows().size(); i++) {
            IntakeDraft.Row row = draft.getRows().get(i);
            if (row.isKeep()) {
                Reading reading = new Reading(i + 1, names, ignored);
                PlanDraft.Item item = reading.item(row, from, to);
                reading.problems.addAll(drafting.problems(issuer.getId(), item));
                reading.problems.forEach(p -> problems.add(new RuleViolation(rowField(reading.row), "第" + reading.row + "项任务：" + p)));
                items.add(item);
            }
        }
        RuleViolation.throwIfAny(problems);
        return drafting.create(new PlanDraft(issuer.getId(), draft.getTitle(), draft.getDocNumber(), draft.getPeriodFrom(),
                draft.getPeriodTo(), items));
    }

    /** One row read into a typed task, gathering what could not be read instead of stopping at the first. */
    private static final class Reading {
        private final int row;
        private final PartyNames names;
        private final Set<String> ignored;
        private final List<String> problems = new ArrayList<>();

        Reading(int row, PartyNames names, Set<String> ignored) {
            this.row = row;
            this.names = names;
            this.ignored = ignored;
        }

        PlanDraft.Item item(IntakeDraft.Row r, int from, int to) {
            List<Party> lead = parties(r.getLead(), "牵头单位");
            List<Party> responsible = parties(r.getResponsible(), "责任单位");
            Deadline deadline = Deadline.none();
            try {
                deadline = Deadline.parse(r.getDeadline(), from, to);
            } catch (RuleViolation e) {
                e.problems().forEach(p -> problems.add(p.getMessage()));
            }
            List<PlanDraft.Target> quotas = new ArrayList<>();
            for (IntakeDraft.QuotaRow q : r.getQuotas()) {
                if (!q.isBlank()) {
                    quotas.add(target(q, quotas.size() + 1));
                }
            }
            return new PlanDraft.Item(row, r.getSection(), r.getNumber(), r.getTitle(), r.getRequirements(), lead,
                    responsible, deadline, quotas);
        }

        private List<Party> parties(String text, String what) {
            List<Party> parties = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String name : split(text)) {
                if (!ignored.contains(name)) {
                    names.party(name).ifPresentOrElse(parties::add, () -> unknown.add(name));
                }
            }
            if (!unknown.isEmpty()) {
                problems.add("找不到" + what + "“" + String.join("”“", unknown)
                        + "”：请改为系统中的单位名称（或简称），或“各县市区（功能区）科协”“各市级学会”等类别");
            }
            return parties;
        }

        private PlanDraft.Target target(IntakeDraft.QuotaRow q, int number) {
            String subject = q.getSubject() == null ? "" : q.getSubject().strip();
            Party party = null;
            if (!subject.isEmpty() && !subject.equals(EVERY_UNIT)) {
                party = names.subject(subject).orElse(null);
                if (party == null) {
                    problems.add("第" + number + "个指标的对象“" + subject + "”不是已知的单位或单位类别");
                }
            }
            Bound bound = null;
            try {
                bound = q.getBound() == null ? null : Bound.fromText(q.getBound());
            } catch (RuleViolation unreadable) {
                // left null: plan names a quota without its bound
            }
            return new PlanDraft.Target(party, q.getMetric(), bound, q.getTarget(), q.getUnit());
        }
    }

    private static List<String> units(IntakeDraft.Row row) {
        List<String> all = new ArrayList<>(split(row.getLead()));
        all.addAll(split(row.getResponsible()));
        return all;
    }

    private static List<String> subjects(IntakeDraft.Row row) {
        return row.getQuotas().stream().map(IntakeDraft.QuotaRow::getSubject)
                .filter(s -> s != null && !s.isBlank() && !s.strip().equals(EVERY_UNIT)).map(String::strip).toList();
    }

    /** The form field a row's problems belong to, so the page shows them on the row: rows[0] is 第1项. */
    static String rowField(int row) {
        return "rows[" + (row - 1) + "]";
    }

    /** The reviewer's name field, read as the parser reads a list of units ("县市区、功能区科协" stays one phrase). */
    static List<String> split(String names) {
        return UnitPhrases.names(names);
    }
}
