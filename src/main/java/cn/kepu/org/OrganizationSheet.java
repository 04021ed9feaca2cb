package cn.kepu.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.support.ImportProblem;
import cn.kepu.support.ImportRejected;
import cn.kepu.support.PhoneMask;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.XlsxTable;
import cn.kepu.support.Workbooks;
import cn.kepu.support.XlsxUpload;

/**
 * Units in and out of Excel: the import template (with drop-downs), the import itself — all rows or none —
 * and the export of a subtree.
 */
@Component
class OrganizationSheet {

    static final String NAME = "单位名称";
    static final String SHORT_NAME = "简称";
    static final String TYPE = "单位类型";
    static final String LEVEL = "单位级别";
    static final String PARENT = "上级单位";
    static final String REGION = "行政区划代码";
    static final String CREDIT_CODE = "统一社会信用代码";
    static final String CONTACT = "联系人";
    static final String PHONE = "联系电话";
    static final List<String> REQUIRED = List.of(NAME, TYPE, LEVEL, PARENT);
    static final List<String> OPTIONAL = List.of(SHORT_NAME, REGION, CREDIT_CODE, CONTACT, PHONE);
    private static final List<String> COLUMNS = List.of(NAME, SHORT_NAME, TYPE, LEVEL, PARENT, REGION, CREDIT_CODE,
            CONTACT, PHONE);

    private final Organizations organizations;
    private final OrganizationManagement management;
    private final DataScope scope;
    private final Workbooks workbooks;
    private final ApplicationEventPublisher events;

    OrganizationSheet(Organizations organizations, OrganizationManagement management, DataScope scope,
            ApplicationEventPublisher events, Workbooks workbooks) {
        this.organizations = organizations;
        this.management = management;
        this.events = events;
        this.scope = scope;
        this.workbooks = workbooks;
    }

    public byte[] template() {
        List<String> headers = COLUMNS.stream().map(c -> REQUIRED.contains(c) ? c + "*" : c).toList();
        return XlsxTable.of("组织机构", "组织机构导入模板（带*为必填；上级单位填写已有单位或本表前面行的单位全称；行政区划代码为6位，如370902）", headers)
                .widths(30, 14, 16, 10, 30, 14, 24, 10, 16)
                .dropdown(2, Arrays.stream(UnitType.values()).map(UnitType::label).toList(), 2000)
                .dropdown(3, Arrays.stream(OrgLevel.values()).map(OrgLevel::label).toList(), 2000)
                .toBytes();
    }

    @Transactional(readOnly = true)
    public byte[] export(long rootId) {
        Organization root = scope.visible(rootId);
        Scope current = scope.current();
        List<Organization> units = organizations.findByPathStartingWithOrderByPath(root.getPath()).stream()
                .filter(current::covers)
                .sorted(Comparator.comparing(Organization::getPath))
                .toList();
        List<String> headers = new ArrayList<>(COLUMNS);
        headers.add("状态");
        XlsxTable table = XlsxTable.of("组织机构", root.getName() + "及下级单位", headers)
                .widths(30, 14, 16, 10, 30, 14, 24, 10, 16, 8);
        for (Organization o : units) {
            table.row("　".repeat(Math.max(0, o.getDepth() - root.getDepth())) + o.getName(), o.getShortName(),
                    o.getUnitType().label(), o.getLevel().label(), o.getParent() == null ? "" : o.getParent().getName(),
                    o.getRegion() == null ? "" : o.getRegion().getCode(), o.getCreditCode(), o.getContactPerson(),
                    scope.showsPhoneOf(o) ? o.getContactPhone() : PhoneMask.mask(o.getContactPhone()),
                    o.getStatus().label());
        }
        events.publishEvent(ActionPerformed.of(AuditAction.EXPORT, OrganizationManagement.AUDIT_TYPE, root.getId(),
                root.getName(), "导出" + units.size() + "个单位"));
        return table.toBytes();
    }

    /**
     * Creates every unit of the sheet, or — when any row is wrong — none, answering each wrong cell with its
     * row, column and reason and the upload marked with them.
     */
    @Transactional
    public List<Organization> importUnits(byte[] content) {
        if (!DataScope.currentUser().map(ScopedUser::administersUnits).orElse(false)) {
            throw new AccessDeniedException("无权导入单位");
        }
        XlsxUpload upload = workbooks.open(content, "组织机构导入模板", REQUIRED, OPTIONAL);
        try {
            List<Integer> rows = upload.dataRows();
            if (rows.isEmpty()) {
                throw new RuleViolation("file", "文件中没有数据行");
            }
            Map<String, List<Organization>> existing = organizations.findAll(scope.current().organizations()).stream()
                    .collect(Collectors.groupingBy(Organization::getName));
            Map<String, Integer> fileNames = new HashMap<>();
            Map<Integer, Planned> planned = new LinkedHashMap<>();
            List<ImportProblem> problems = new ArrayList<>();
            for (int row : rows) {
                Planned unit = plan(upload, row, existing, fileNames, problems);
                if (unit != null) {
                    planned.put(row, unit);
                    fileNames.putIfAbsent(unit.details.name(), row);
                }
            }
            if (!problems.isEmpty()) {
                throw new ImportRejected(problems, upload.marked(problems));
            }
            Map<Integer, Organization> created = new HashMap<>();
            for (var entry : planned.entrySet()) {
                Planned p = entry.getValue();
                Organization parent = p.parent != null ? p.parent : created.get(p.parentRow);
                created.put(entry.getKey(), management.insert(parent, p.details));
            }
            List<Organization> result = new ArrayList<>(created.values());
            events.publishEvent(ActionPerformed.of(AuditAction.IMPORT, OrganizationManagement.AUDIT_TYPE, null,
                    "组织机构导入", "导入" + result.size() + "个单位：" + result.stream().map(Organization::getName)
                            .limit(50).collect(Collectors.joining("、"))));
            return result;
        } finally {
            upload.close();
        }
    }

    private record Planned(Organization.Details details, Organization parent, Integer parentRow) {
    }

    private Planned plan(XlsxUpload upload, int row, Map<String, List<Organization>> existing,
            Map<String, Integer> fileNames, List<ImportProblem> problems) {
        int before = problems.size();
        OrganizationForm form = new OrganizationForm();
        form.setName(upload.text(row, NAME));
        form.setShortName(upload.text(row, SHORT_NAME));
        form.setRegionCode(upload.text(row, REGION));
        form.setCreditCode(upload.text(row, CREDIT_CODE));
        form.setContactPerson(upload.text(row, CONTACT));
        form.setContactPhone(upload.text(row, PHONE));
        if (form.getName().isEmpty()) {
            problems.add(new ImportProblem(row, NAME, "必填"));
        } else if (form.getName().length() > 100) {
            problems.add(new ImportProblem(row, NAME, "不能超过100个字"));
        }
        String type = upload.text(row, TYPE);
        UnitType.fromLabel(type).ifPresentOrElse(form::setUnitType, () -> problems.add(new ImportProblem(row, TYPE,
                type.isEmpty() ? "必填" : "“" + type + "”不是有效的单位类型，应为下拉列表中的一项")));
        String level = upload.text(row, LEVEL);
        OrgLevel.fromLabel(level).ifPresentOrElse(form::setLevel, () -> problems.add(new ImportProblem(row, LEVEL,
                level.isEmpty() ? "必填" : "“" + level + "”不是有效的单位级别，应为省级、市级、县级或乡镇级")));

        Organization parent = null;
        Integer parentRow = null;
        String parentName = upload.text(row, PARENT);
        if (parentName.isEmpty()) {
            problems.add(new ImportProblem(row, PARENT, "必填"));
        } else if (fileNames.containsKey(parentName)) {
            parentRow = fileNames.get(parentName);
        } else {
            List<Organization> matches = existing.getOrDefault(parentName, List.of());
            if (matches.isEmpty()) {
                problems.add(new ImportProblem(row, PARENT, "找不到单位“" + parentName
                        + "”：应为您权限范围内已有的单位，或本表前面行中的单位"));
            } else if (matches.size() > 1) {
                problems.add(new ImportProblem(row, PARENT, "有" + matches.size() + "个单位名为“" + parentName
                        + "”，无法确定上级单位，请先在系统中区分其名称"));
            } else if (!matches.get(0).isEnabled()) {
                problems.add(new ImportProblem(row, PARENT, "上级单位“" + parentName + "”已停用"));
            } else {
                parent = matches.get(0);
            }
        }

        List<RuleViolation> violations = new ArrayList<>();
        Organization.Details details = management.details(form, violations);
        for (RuleViolation v : violations) {
            problems.add(new ImportProblem(row, column(v.field()), v.getMessage()));
        }
        if (!form.getName().isEmpty()) {
            if (parent != null && !management.conflicts(details, parent, null).isEmpty()) {
                problems.add(new ImportProblem(row, NAME, "“" + parent.getName() + "”下已有同名单位"));
            }
            Integer earlier = fileNames.get(form.getName());
            if (earlier != null) {
                problems.add(new ImportProblem(row, NAME, "与第" + earlier + "行重名"));
            }
        }
        return problems.size() == before ? new Planned(details, parent, parentRow) : null;
    }

    private static String column(String field) {
        return switch (field == null ? "" : field) {
            case "regionCode" -> REGION;
            case "creditCode" -> CREDIT_CODE;
            case "contactPhone" -> PHONE;
            default -> NAME;
        };
    }
}
