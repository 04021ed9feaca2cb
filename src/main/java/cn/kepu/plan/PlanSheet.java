package cn.kepu.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.ImportProblem;
import cn.kepu.support.ImportRejected;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.XlsxTable;
import cn.kepu.support.Workbooks;
import cn.kepu.support.XlsxUpload;

/**
 * Plans and the ledger as .xlsx in the layout of the checklists the associations circulate (重点工作项目, 序号,
 * 工作内容, 工作要求, 责任单位, 完成时限, 备注), and a checklist in that layout read into a draft plan.
 */
@Component
class PlanSheet {

    static final String CATEGORY = "重点工作项目";
    static final String NUMBER = "序号";
    static final String TITLE = "工作内容";
    static final String REQUIREMENTS = "工作要求";
    static final String RESPONSIBLE = "责任单位";
    static final String DEADLINE = "完成时限";
    static final String REMARKS = "备注";

    private final PlanManagement management;
    private final OrganizationDirectory organizations;
    private final DataScope scope;
    private final Workbooks workbooks;

    PlanSheet(PlanManagement management, OrganizationDirectory organizations, DataScope scope, Workbooks workbooks) {
        this.management = management;
        this.organizations = organizations;
        this.scope = scope;
        this.workbooks = workbooks;
    }

    byte[] export(WorkPlan plan) {
        String title = plan.getTitle() + (plan.getDocNumber() == null ? "" : "（" + plan.getDocNumber() + "）");
        XlsxTable table = XlsxTable.of("工作清单", title, List.of(CATEGORY, NUMBER, TITLE, REQUIREMENTS, RESPONSIBLE, DEADLINE, REMARKS))
                .widths(16, 6, 30, 60, 36, 16, 24);
        String category = null;
        int categoryStart = table.nextRow();
        for (Task task : plan.getTasks()) {
            if (category != null && !category.equals(task.category())) {
                table.merge(categoryStart, table.nextRow() - 1, 0);
                categoryStart = table.nextRow();
            }
            category = task.category();
            String requirements = task.getRequirements() == null ? task.getContent() : task.getRequirements();
            String responsible = task.partiesText(PartyRole.RESPONSIBLE);
            String lead = task.partiesText(PartyRole.LEAD);
            table.row(category, task.getNumber(), task.getTitle(), requirements,
                    lead.isEmpty() ? responsible : responsible.isEmpty() ? lead + "牵头" : lead + "牵头；" + responsible,
                    task.getDeadline().text(), task.getRemarks());
        }
        table.merge(categoryStart, table.nextRow() - 1, 0);
        return table.toBytes();
    }


    /** The ledger's sheet, filled a row at a time (the export streams 500,000 of them). */
    LedgerSheet ledger(String title) {
        return new LedgerSheet(XlsxTable.of("任务台账", title, List.of("工作计划", CATEGORY, NUMBER, "任务", RESPONSIBLE, "指标",
                        "目标", "完成", "完成率(%)", DEADLINE, "截止日期", "剩余天数", "状态", "标记"))
                .widths(30, 16, 6, 30, 30, 30, 8, 8, 10, 16, 12, 10, 8, 8));
    }

    record LedgerSheet(XlsxTable table) {

        void add(LedgerRow r) {
            table.row(r.planTitle(), r.category(), r.taskNumber(), r.taskTitle(),
                    "　".repeat(Math.max(0, r.level() - 1)) + r.organizationName(),
                    r.measures().isEmpty() ? "" : r.measures().get(0).metric() + (r.measures().size() > 1 ? "等" + r.measures().size() + "项" : ""),
                    r.target(), r.actual(), r.completionPercent(), r.deadlineText(), r.dueOn(), r.daysLeft(),
                    r.stateLabel(), r.flagsText());
        }
    }

    /**
     * Reads a checklist into a new draft plan issued by {@code issuerId}. Every row is checked first; any bad
     * cell rejects the whole file with the row, the column and the reason, and nothing is stored.
     */
    @Transactional
    WorkPlan importChecklist(PlanForm heading, byte[] content) {
        XlsxUpload upload = workbooks.open(content, "工作清单", List.of(NUMBER, TITLE, RESPONSIBLE, DEADLINE),
                Set.of(CATEGORY, REQUIREMENTS, REMARKS));
        try {
            List<Integer> rows = upload.dataRows();
            if (rows.isEmpty()) {
                throw new RuleViolation("file", "文件中没有数据行");
            }
            if (heading.getIssuerId() == null) {
                throw new RuleViolation("issuerId", "请选择发文单位");
            }
            Organization issuer = scope.visible(heading.getIssuerId());
            int from = heading.getPeriodFrom() == null ? LocalDate.now().getYear() : heading.getPeriodFrom();
            int to = heading.getPeriodTo() == null ? from : heading.getPeriodTo();
            PartyNames names = new PartyNames(organizations.subtree(issuer));
            QuotaWording wording = new QuotaWording(names);
            List<ImportProblem> problems = new ArrayList<>();
            List<Row> read = new ArrayList<>();
            String category = "";
            for (int row : rows) {
                String c = upload.text(row, CATEGORY);
                category = c.isBlank() ? category : c.strip();
                String title = upload.text(row, TITLE);
                if (title.isBlank()) {
                    problems.add(new ImportProblem(row, TITLE, "必填"));
                }
                Deadline deadline = null;
                try {
                    deadline = Deadline.parse(upload.text(row, DEADLINE), from, to);
                } catch (RuleViolation e) {
                    problems.add(new ImportProblem(row, DEADLINE, e.getMessage()));
                }
                String[] parties = leadAndResponsible(upload.text(row, RESPONSIBLE).replaceAll("〔[^〕]*〕", ""));
                List<Party> lead = List.of();
                List<Party> responsible = List.of();
                try {
                    lead = names.read(parties[0], "lead", "牵头单位");
                    responsible = names.read(parties[1], "responsible", "责任单位");
                } catch (RuleViolation e) {
                    problems.add(new ImportProblem(row, RESPONSIBLE, e.getMessage()));
                }
                String requirements = upload.text(row, REQUIREMENTS);
                // Each cell is read once, into the values the task is stored with: nothing is written back as text.
                Task.Content words = new Task.Content(blankToNull(upload.text(row, NUMBER)), title.strip(), null,
                        blankToNull(requirements), blankToNull(upload.text(row, REMARKS)), deadline);
                read.add(new Row(category, words, lead, responsible, wording.prose(requirements, title)));
            }
            if (!problems.isEmpty()) {
                throw new ImportRejected(problems, upload.marked(problems));
            }
            WorkPlan plan = management.create(heading);
            String currentCategory = null;
            PlanSection section = null;
            int sections = 0;
            for (Row r : read) {
                if (!r.category().isBlank() && !r.category().equals(currentCategory)) {
                    currentCategory = r.category();
                    section = management.addSection(plan.getId(), null, Numbers.chinese(++sections), r.category());
                }
                management.saveTask(plan.getId(), new TaskDraft(plan.getId(), r.content(), section, r.lead(),
                        r.responsible(), r.quotas(), null));
            }
            return plan;
        } finally {
            upload.close();
        }
    }

    /**
     * "科普部牵头；各县市区科协" (as the export writes it, and as documents do) → lead "科普部", responsible the rest.
     */
    static String[] leadAndResponsible(String text) {
        String lead = "";
        List<String> rest = new ArrayList<>();
        for (String part : text.split("[；;]")) {
            String p = part.strip();
            if (p.endsWith("牵头")) {
                lead = p.substring(0, p.length() - 2).replaceAll("[，,、]$", "");
            } else if (!p.isEmpty()) {
                rest.add(p);
            }
        }
        return new String[] {lead, String.join("，", rest)};
    }

    private record Row(String category, Task.Content content, List<Party> lead,
            List<Party> responsible, List<Quota.Terms> quotas) {
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
