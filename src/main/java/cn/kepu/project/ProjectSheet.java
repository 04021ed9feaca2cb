package cn.kepu.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.org.Organization;
import cn.kepu.support.ImportProblem;
import cn.kepu.support.ImportRejected;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Workbooks;
import cn.kepu.support.XlsxTable;
import cn.kepu.support.XlsxUpload;

/**
 * Projects in and out of Excel: the application template of a call, its import — every row checked as an application
 * on the form is, all rows stored or none — and the export of a filtered list, whose first columns the import reads
 * back. Amounts are written as text in 万元 so that no decimal passes through a float.
 */
@Service
// Not read-only: every export is written to the audit trail in the same transaction (PostgreSQL refuses that in a
// read-only one).
@Transactional
public class ProjectSheet {

    static final String NAME = "项目名称";
    static final String APPLICANT = "申报单位";
    static final String CONTENT = "项目内容";
    static final String OUTPUTS = "预期成果";
    static final String BUDGET = "申报经费";
    static final String LINES = "经费明细";
    static final List<String> REQUIRED = List.of(NAME, APPLICANT, CONTENT, BUDGET, LINES);
    static final List<String> OPTIONAL = List.of(OUTPUTS);
    static final int MAX_EXPORT = 50_000;

    private final ProjectCatalog catalog;
    private final ProjectApplication application;
    private final Projects projects;
    private final Workbooks workbooks;
    private final ApplicationEventPublisher events;

    ProjectSheet(ProjectCatalog catalog, ProjectApplication application, Projects projects, Workbooks workbooks,
            ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.application = application;
        this.projects = projects;
        this.workbooks = workbooks;
        this.events = events;
    }

    private static List<String> headers() {
        return List.of(NAME + "*", APPLICANT + "*", CONTENT + "*", OUTPUTS, BUDGET + "（万元）*", LINES + "*");
    }

    @Transactional(readOnly = true)
    public byte[] template(long callId) {
        ProjectCall call = catalog.call(callId);
        return XlsxTable.of("项目申报", call.getTitle() + " 项目申报表（带*为必填；金额以万元为单位；经费明细写作“支出项目:金额”，"
                + "多项用“；”分隔，如“宣传资料:4.5；专家讲课费:6”，合计须等于申报经费）", headers())
                .widths(30, 30, 50, 30, 14, 40)
                .toBytes();
    }

    /** The filtered list the user sees, up to {@value #MAX_EXPORT} rows. */
    public byte[] export(ProjectCatalog.Filter filter) {
        List<String> headers = new ArrayList<>(headers());
        headers.addAll(List.of("申报通知", "项目类别", "年度", "状态", "评审平均分", "立项经费（万元）", "行政区划代码"));
        XlsxTable table = XlsxTable.of("科普项目", "科普项目", headers).widths(30, 30, 50, 30, 14, 40, 30, 16, 8, 12, 10, 14, 12);
        int rows = 0;
        for (int page = 0; rows < MAX_EXPORT; page++) {
            Page<Project> found = catalog.projects(filter, page, 1000);
            for (Project p : found.getContent()) {
                table.row(p.getName(), p.getApplicant().getName(), p.getContent(), p.getExpectedOutputs(), Funds.format(p.getBudget()),
                        p.budgetLinesText(), p.getCall().getTitle(), p.getCall().getKind().label(), p.getFundsYear(),
                        p.getState().label(), p.meanScore().map(Object::toString).orElse(""), Funds.format(p.getApprovedFunds()),
                        p.getRegionCode());
                rows++;
            }
            if (!found.hasNext()) {
                break;
            }
        }
        events.publishEvent(ActionPerformed.of(AuditAction.EXPORT, "科普项目", null, "科普项目导出", "导出" + rows + "个项目"));
        return table.toBytes();
    }

    /** Applies for every row of the sheet in the call, or — when any row is wrong — for none. */
    public List<Project> importProjects(long callId, byte[] content) {
        ProjectCall call = catalog.call(callId);
        if (!call.acceptsOn(catalog.today())) {
            throw new RuleViolation("file", "“" + call.getTitle() + "”已于" + call.getDeadline() + "截止申报，不能再导入");
        }
        XlsxUpload upload = workbooks.open(content, "项目申报表", REQUIRED, OPTIONAL);
        try {
            List<Integer> rows = upload.dataRows();
            if (rows.isEmpty()) {
                throw new RuleViolation("file", "文件中没有数据行");
            }
            Map<String, List<Organization>> choices = catalog.applicantChoices(call).stream()
                    .collect(Collectors.groupingBy(Organization::getName));
            List<ProjectApplication.Checked> planned = new ArrayList<>();
            List<ImportProblem> problems = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (int row : rows) {
                ProjectApplication.Checked c = row(call, upload, row, choices, seen, problems);
                if (c != null) {
                    planned.add(c);
                }
            }
            if (!problems.isEmpty()) {
                throw new ImportRejected(problems, upload.marked(problems));
            }
            List<Project> created = new ArrayList<>();
            for (ProjectApplication.Checked c : planned) {
                created.add(application.store(c));
            }
            events.publishEvent(ActionPerformed.of(AuditAction.IMPORT, "科普项目", null, call.getTitle(), "导入" + created.size()
                    + "个项目：" + created.stream().map(Project::getName).limit(50).collect(Collectors.joining("、"))));
            return created;
        } finally {
            upload.close();
        }
    }

    private ProjectApplication.Checked row(ProjectCall call, XlsxUpload upload, int row, Map<String, List<Organization>> choices,
            Map<String, Integer> seen, List<ImportProblem> problems) {
        int before = problems.size();
        String applicantName = upload.text(row, APPLICANT);
        Organization applicant = null;
        if (applicantName.isEmpty()) {
            problems.add(new ImportProblem(row, APPLICANT, "必填"));
        } else {
            List<Organization> matches = choices.getOrDefault(applicantName, List.of());
            if (matches.isEmpty()) {
                problems.add(new ImportProblem(row, APPLICANT, "“" + applicantName + "”不是您管辖范围内、" + call.getIssuer().getName()
                        + "下级的单位，不能申报"));
            } else if (matches.size() > 1) {
                problems.add(new ImportProblem(row, APPLICANT, "有" + matches.size() + "个单位名为“" + applicantName + "”，无法确定申报单位"));
            } else {
                applicant = matches.get(0);
            }
        }
        ProjectForm form = new ProjectForm();
        form.setName(upload.text(row, NAME));
        form.setContent(upload.text(row, CONTENT));
        form.setExpectedOutputs(upload.text(row, OUTPUTS));
        form.setBudget(upload.text(row, BUDGET));
        String lines = upload.text(row, LINES);
        if (!lines.isEmpty()) {
            for (String part : lines.split("[；;\\n]")) {
                String t = part.strip();
                if (t.isEmpty()) {
                    continue;
                }
                int colon = Math.max(t.lastIndexOf(':'), t.lastIndexOf('：'));
                if (colon <= 0) {
                    problems.add(new ImportProblem(row, LINES, "“" + t + "”应写作“支出项目:金额”，如“宣传资料:4.5”"));
                    continue;
                }
                form.line(t.substring(0, colon), t.substring(colon + 1));
            }
        }
        List<RuleViolation> violations = new ArrayList<>();
        ProjectApplication.Checked checked = application.check(call, applicant, form, violations);
        for (RuleViolation v : violations) {
            problems.add(new ImportProblem(row, column(v.field()), v.getMessage()));
        }
        if (applicant != null && checked.name() != null) {
            String key = applicant.getId() + "|" + checked.name();
            Integer earlier = seen.putIfAbsent(key, row);
            if (earlier != null) {
                problems.add(new ImportProblem(row, NAME, "与第" + earlier + "行重复（同一单位的同名项目）"));
            } else if (projects.existsByCall_IdAndApplicant_IdAndName(call.getId(), applicant.getId(), checked.name())) {
                problems.add(new ImportProblem(row, NAME, applicant.getName() + "已申报过“" + checked.name() + "”"));
            }
        }
        return problems.size() == before ? checked : null;
    }

    private static String column(String field) {
        return switch (field == null ? "" : field) {
            case "budget" -> BUDGET;
            case "lines" -> LINES;
            case "content" -> CONTENT;
            case "expectedOutputs" -> OUTPUTS;
            case "applicantId" -> APPLICANT;
            default -> NAME;
        };
    }
}
