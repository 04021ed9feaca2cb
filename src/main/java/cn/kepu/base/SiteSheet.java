package cn.kepu.base;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.support.ImportProblem;
import cn.kepu.support.ImportRejected;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Workbooks;
import cn.kepu.support.XlsxTable;
import cn.kepu.support.XlsxUpload;

/** 示范创建 in and out of Excel: the template, the export of a filtered list, the import of sites starting to create — all or none. */
@Component
class SiteSheet {

    static final String NAME = "名称";
    static final String KIND = "类型";
    static final String PARENT = "主管科协";
    static final String REGION = "行政区划代码";
    static final String ADDRESS = "地址";
    static final String CONTACT = "联系人";
    static final String PHONE = "联系电话";
    static final String STARTED = "开始创建日期";
    static final List<String> REQUIRED = List.of(NAME, KIND, PARENT);
    static final List<String> OPTIONAL = List.of(REGION, ADDRESS, CONTACT, PHONE, STARTED);
    private static final List<String> COLUMNS = List.of(NAME, KIND, PARENT, REGION, ADDRESS, CONTACT, PHONE, STARTED);

    private final DemonstrationSites sites;
    private final SiteCatalog catalog;
    private final SiteCreating creating;
    private final BaseCatalog bases;
    private final DataScope scope;
    private final Workbooks workbooks;
    private final History history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SiteSheet(DemonstrationSites sites, SiteCatalog catalog, SiteCreating creating, BaseCatalog bases, DataScope scope, Workbooks workbooks,
            History history, ApplicationEventPublisher events, Clock clock) {
        this.sites = sites;
        this.catalog = catalog;
        this.creating = creating;
        this.bases = bases;
        this.scope = scope;
        this.workbooks = workbooks;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    byte[] template() {
        return XlsxTable.of("示范创建", "科普示范县/社区/村导入模板（带*为必填；主管科协填写您权限范围内科协的全称；日期如2026-03-01）",
                        COLUMNS.stream().map(c -> REQUIRED.contains(c) ? c + "*" : c).toList())
                .widths(30, 20, 24, 12, 30, 10, 16, 14)
                .dropdown(1, Arrays.stream(SiteKind.values()).map(SiteKind::label).toList(), 2000)
                .toBytes();
    }

    @Transactional
    public byte[] export(SiteCatalog.Filter filter) {
        List<DemonstrationSite> list = catalog.all(filter);
        List<String> headers = new ArrayList<>(COLUMNS);
        headers.addAll(List.of("状态", "达标情况", "命名文号", "有效期起", "有效期至"));
        XlsxTable table = XlsxTable.of("示范创建", "科普示范县/社区/村（" + LocalDate.now(clock) + "导出）", headers)
                .widths(30, 20, 24, 12, 30, 10, 16, 14, 10, 10, 22, 12, 12);
        for (DemonstrationSite s : list) {
            table.row(s.getName(), s.getKind().label(), s.getParent().getName(), s.getRegion() == null ? "" : s.getRegion().getCode(),
                    s.getAddress(), s.getContactPerson(), catalog.contactPhone(s), s.getStartedOn(), s.getState().label(),
                    s.metCount() + "/" + s.getCriteria().size(), s.getNumber(), s.getValidFrom(), s.getValidUntil());
        }
        events.publishEvent(ActionPerformed.of(AuditAction.EXPORT, "示范创建", null, "科普示范县/社区/村", "导出" + list.size() + "个"));
        return table.toBytes();
    }

    @Transactional
    public List<DemonstrationSite> importSites(byte[] content) {
        if (scope.current().onlyOrganizationId() != null) {
            throw new RuleViolation("填报员不能导入示范创建");
        }
        XlsxUpload upload = workbooks.open(content, "科普示范县/社区/村导入模板", REQUIRED, OPTIONAL);
        try {
            List<Integer> rows = upload.dataRows();
            if (rows.isEmpty()) {
                throw new RuleViolation("file", "文件中没有数据行");
            }
            Map<String, List<Organization>> parents = bases.parents().stream().collect(Collectors.groupingBy(Organization::getName));
            Map<String, Integer> seen = new HashMap<>();
            List<ImportProblem> problems = new ArrayList<>();
            List<DemonstrationSite> planned = new ArrayList<>();
            for (int row : rows) {
                int before = problems.size();
                SiteForm form = new SiteForm();
                form.setName(upload.text(row, NAME));
                form.setRegionCode(upload.text(row, REGION));
                form.setAddress(upload.text(row, ADDRESS));
                form.setContactPerson(upload.text(row, CONTACT));
                form.setContactPhone(upload.text(row, PHONE));
                String kind = upload.text(row, KIND);
                SiteKind.fromLabel(kind).ifPresentOrElse(form::setKind, () -> problems.add(new ImportProblem(row, KIND,
                        kind.isEmpty() ? "必填" : "“" + kind + "”不是有效的类型，应为科普示范县（市、区）、科普示范社区或科普示范村")));
                String parentName = upload.text(row, PARENT);
                List<Organization> matches = parents.getOrDefault(parentName, List.of());
                if (parentName.isEmpty()) {
                    problems.add(new ImportProblem(row, PARENT, "必填"));
                } else if (matches.size() != 1) {
                    problems.add(new ImportProblem(row, PARENT, "找不到唯一的“" + parentName + "”：主管科协应为您权限范围内的科协"));
                } else {
                    form.setParentId(matches.get(0).getId());
                }
                String started = upload.text(row, STARTED);
                if (!started.isEmpty()) {
                    LocalDate date = upload.dateTime(row, STARTED).map(t -> t.toLocalDate()).orElseGet(() -> parse(started));
                    if (date == null) {
                        problems.add(new ImportProblem(row, STARTED, "“" + started + "”不是日期，应如2026-03-01"));
                    }
                    form.setStartedOn(date);
                }
                List<RuleViolation> violations = new ArrayList<>();
                DemonstrationSite site = creating.planned(form, violations);
                for (RuleViolation v : violations) {
                    if ("parentId".equals(v.field()) && form.getParentId() == null || "kind".equals(v.field()) && form.getKind() == null) {
                        continue;
                    }
                    problems.add(new ImportProblem(row, column(v.field()), v.getMessage()));
                }
                Integer earlier = seen.putIfAbsent(parentName + "|" + form.getName() + "|" + form.getKind(), row);
                if (earlier != null) {
                    problems.add(new ImportProblem(row, NAME, "与第" + earlier + "行重复"));
                }
                if (problems.size() == before && site != null) {
                    planned.add(site);
                }
            }
            if (!problems.isEmpty()) {
                throw new ImportRejected(problems, upload.marked(problems));
            }
            for (DemonstrationSite site : planned) {
                sites.saveAndFlush(site);
                history.of(site, AuditAction.IMPORT, "导入，开始创建", "主管科协：" + site.getParent().getName());
            }
            events.publishEvent(ActionPerformed.of(AuditAction.IMPORT, "示范创建", null, "示范创建导入", "导入" + planned.size() + "个："
                    + planned.stream().map(DemonstrationSite::getName).limit(50).collect(Collectors.joining("、"))));
            return planned;
        } finally {
            upload.close();
        }
    }

    private static LocalDate parse(String text) {
        for (String p : List.of("yyyy-M-d", "yyyy/M/d", "yyyy年M月d日", "yyyy.M.d")) {
            try {
                return LocalDate.parse(text, DateTimeFormatter.ofPattern(p));
            } catch (DateTimeParseException next) {
                // the next pattern
            }
        }
        return null;
    }

    private static String column(String field) {
        return switch (field == null ? "" : field) {
            case "kind" -> KIND;
            case "parentId" -> PARENT;
            case "regionCode" -> REGION;
            case "contactPhone" -> PHONE;
            case "startedOn" -> STARTED;
            default -> NAME;
        };
    }
}
