package cn.kepu.expert;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
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
 * Experts in and out of Excel: the template, the export of a filtered list (phones in full only where the user may
 * see them, and audited as an export of personal data), and the import — all rows or none, each wrong cell named by
 * row and column. The export's columns are the import's, so an exported sheet reads back.
 */
@Component
class ExpertSheet {

    static final String NAME = "姓名";
    static final String GENDER = "性别";
    static final String EMPLOYER = "工作单位";
    static final String TITLE = "职称";
    static final String FIELDS = "专业领域";
    static final String SKILLS = "技能特长";
    static final String AVAILABILITY = "可联系时间";
    static final String EMERGENCY = "应急科普";
    static final String PHONE = "联系电话";
    static final String UNIT = "管理单位";
    static final List<String> REQUIRED = List.of(NAME, EMPLOYER, FIELDS, AVAILABILITY, UNIT);
    static final List<String> OPTIONAL = List.of(GENDER, TITLE, SKILLS, EMERGENCY, PHONE);
    static final List<String> COLUMNS = List.of(NAME, GENDER, EMPLOYER, TITLE, FIELDS, SKILLS, AVAILABILITY, EMERGENCY,
            PHONE, UNIT);
    private static final int[] WIDTHS = {10, 6, 28, 14, 22, 36, 14, 10, 16, 26};

    private final ExpertRegistry registry;
    private final Experts experts;
    private final Workbooks workbooks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpertSheet(ExpertRegistry registry, Experts experts, Workbooks workbooks, ApplicationEventPublisher events, Clock clock) {
        this.registry = registry;
        this.experts = experts;
        this.workbooks = workbooks;
        this.events = events;
        this.clock = clock;
    }

    byte[] template() {
        registry.requireSearchRight();
        List<String> headers = COLUMNS.stream().map(c -> REQUIRED.contains(c) ? c + "*" : c).toList();
        return XlsxTable.of("专家库", "专家库导入模板（带*为必填；专业领域可填多个，用顿号分隔，如“农业、应急科普”；应急科普填“是”或“否”；"
                        + "管理单位填写您权限范围内科协的全称）", headers)
                .widths(WIDTHS)
                .dropdown(1, List.of("男", "女"), 2000)
                .dropdown(6, Arrays.stream(Availability.values()).map(Availability::label).toList(), 2000)
                .dropdown(7, List.of("是", "否"), 2000)
                .toBytes();
    }

    /** The filtered list as a sheet; an export of personal data, so it is in the audit log with how many phones in full. */
    @Transactional
    public byte[] export(ExpertRegistry.Filter filter) {
        List<Expert> list = registry.all(filter);
        XlsxTable table = XlsxTable.of("专家库", "专家库（" + LocalDate.now(clock) + "导出）", COLUMNS).widths(WIDTHS);
        int full = 0;
        for (Expert e : list) {
            String phone = registry.exportedPhone(e);
            if (!phone.isEmpty() && !phone.contains("*")) {
                full++;
            }
            table.row(e.getName(), e.getGender(), e.getEmployer(), e.getTitle(), e.getFieldLabels(), e.getSkills(),
                    e.getAvailability().label(), e.isEmergency() ? "是" : "否", phone, e.getUnit().getName());
        }
        events.publishEvent(ActionPerformed.of(AuditAction.EXPORT, "专家", null, "专家库",
                "导出" + list.size() + "位专家（含个人信息：姓名、联系电话），其中" + full + "位的联系电话为完整号码"));
        return table.toBytes();
    }

    private record Planned(Organization unit, ExpertForm.Checked details) {
    }

    /** Enters every expert of the sheet, or — when any row is wrong — none. */
    @Transactional
    public List<Expert> importExperts(byte[] content) {
        List<Organization> scoped = registry.units();
        XlsxUpload upload = workbooks.open(content, "专家库导入模板", REQUIRED, OPTIONAL);
        try {
            List<Integer> rows = upload.dataRows();
            if (rows.isEmpty()) {
                throw new RuleViolation("file", "文件中没有数据行");
            }
            Map<String, List<Organization>> units = scoped.stream().collect(Collectors.groupingBy(Organization::getName));
            Map<String, Integer> seen = new HashMap<>();
            List<ImportProblem> problems = new ArrayList<>();
            List<Planned> planned = new ArrayList<>();
            for (int row : rows) {
                Planned p = plan(upload, row, units, seen, problems);
                if (p != null) {
                    planned.add(p);
                }
            }
            if (!problems.isEmpty()) {
                throw new ImportRejected(problems, upload.marked(problems));
            }
            List<Expert> created = new ArrayList<>();
            for (Planned p : planned) {
                created.add(registry.store(p.unit(), p.details()));
            }
            events.publishEvent(ActionPerformed.of(AuditAction.IMPORT, "专家", null, "专家库导入", "导入" + created.size()
                    + "位专家：" + created.stream().map(Expert::getName).limit(50).collect(Collectors.joining("、"))));
            return created;
        } finally {
            upload.close();
        }
    }

    private Planned plan(XlsxUpload upload, int row, Map<String, List<Organization>> units, Map<String, Integer> seen,
            List<ImportProblem> problems) {
        int before = problems.size();
        ExpertForm form = new ExpertForm();
        form.setName(upload.text(row, NAME));
        form.setGender(upload.text(row, GENDER));
        form.setEmployer(upload.text(row, EMPLOYER));
        form.setTitle(upload.text(row, TITLE));
        form.setSkills(upload.text(row, SKILLS));
        form.setPhone(upload.text(row, PHONE).replaceAll("\\.0+$", ""));
        String fieldText = upload.text(row, FIELDS);
        List<ExpertField> fields = new ArrayList<>();
        for (String part : fieldText.split("[、,，;；/\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            ExpertField.fromLabel(part).ifPresentOrElse(fields::add, () -> problems.add(new ImportProblem(row, FIELDS,
                    "“" + part + "”不是有效的专业领域，应为" + Arrays.stream(ExpertField.values()).map(ExpertField::label)
                            .collect(Collectors.joining("、")) + "之一")));
        }
        form.setFields(fields);
        String availability = upload.text(row, AVAILABILITY);
        Availability.fromLabel(availability).ifPresentOrElse(form::setAvailability, () -> {
            if (!availability.isEmpty()) {
                problems.add(new ImportProblem(row, AVAILABILITY, "“" + availability + "”不是有效的可联系时间，应为"
                        + Arrays.stream(Availability.values()).map(Availability::label).collect(Collectors.joining("、")) + "之一"));
            }
        });
        String emergency = upload.text(row, EMERGENCY);
        switch (emergency) {
            case "是", "Y", "y", "TRUE", "true", "1" -> form.setEmergency(true);
            case "", "否", "N", "n", "FALSE", "false", "0" -> form.setEmergency(false);
            default -> problems.add(new ImportProblem(row, EMERGENCY, "“" + emergency + "”应填“是”或“否”"));
        }
        String unitName = upload.text(row, UNIT);
        List<Organization> matches = units.getOrDefault(unitName, List.of());
        if (matches.size() == 1) {
            form.setUnitId(matches.get(0).getId());
        } else if (!unitName.isEmpty()) {
            problems.add(new ImportProblem(row, UNIT, matches.isEmpty()
                    ? "找不到“" + unitName + "”：管理单位应为您权限范围内的科协"
                    : "有" + matches.size() + "个科协名为“" + unitName + "”，无法确定管理单位"));
        }
        List<RuleViolation> violations = new ArrayList<>();
        ExpertForm.Checked details = form.check(violations);
        for (RuleViolation v : violations) {
            // An unreadable field or unit is already reported in its own words.
            boolean unread = "fields".equals(v.field()) && !fieldText.isEmpty()
                    || "availability".equals(v.field()) && !availability.isEmpty()
                    || "unitId".equals(v.field()) && !unitName.isEmpty();
            if (!unread) {
                problems.add(new ImportProblem(row, column(v.field()), v.getMessage()));
            }
        }
        if (details.name() != null && details.employer() != null && form.getUnitId() != null) {
            Integer earlier = seen.putIfAbsent(unitName + "|" + details.name() + "|" + details.employer(), row);
            if (earlier != null) {
                problems.add(new ImportProblem(row, NAME, "与第" + earlier + "行重复（同一管理单位、姓名和工作单位）"));
            } else if (experts.existsByUnit_IdAndNameAndEmployer(form.getUnitId(), details.name(), details.employer())) {
                problems.add(new ImportProblem(row, NAME, "“" + unitName + "”的专家库中已有" + details.employer() + "的“"
                        + details.name() + "”"));
            }
        }
        return problems.size() == before ? new Planned(matches.get(0), details) : null;
    }

    private static String column(String field) {
        return switch (field == null ? "" : field) {
            case "gender" -> GENDER;
            case "employer" -> EMPLOYER;
            case "title" -> TITLE;
            case "fields" -> FIELDS;
            case "skills" -> SKILLS;
            case "availability" -> AVAILABILITY;
            case "phone" -> PHONE;
            case "unitId" -> UNIT;
            default -> NAME;
        };
    }
}
