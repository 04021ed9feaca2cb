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
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.ImportProblem;
import cn.kepu.support.ImportRejected;
import cn.kepu.support.PhoneMask;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Workbooks;
import cn.kepu.support.XlsxTable;
import cn.kepu.support.XlsxUpload;

/**
 * Bases in and out of Excel: the template, the export of a filtered list, and the import — all rows or none. A row
 * with a 认定编号 is a base already recognized (a registry kept before Kepu) and is entered as 已认定 with its unit;
 * a row without one is an application waiting for 初审.
 */
@Component
class BaseSheet {

    static final String NAME = "基地名称";
    static final String LEVEL = "级别";
    static final String KIND = "类别";
    static final String PARENT = "主管科协";
    static final String OPERATOR = "运营单位";
    static final String CREDIT_CODE = "统一社会信用代码";
    static final String REGION = "行政区划代码";
    static final String ADDRESS = "地址";
    static final String OPEN_HOURS = "开放时间";
    static final String THEMES = "科普主题";
    static final String CAPACITY = "接待能力";
    static final String CONTACT = "联系人";
    static final String PHONE = "联系电话";
    static final String NUMBER = "认定编号";
    static final String RECOGNIZED_ON = "认定日期";
    static final String VALID_FROM = "有效期起";
    static final String VALID_UNTIL = "有效期至";
    static final String STATE = "状态";
    static final List<String> REQUIRED = List.of(NAME, LEVEL, KIND, PARENT, OPERATOR, CREDIT_CODE);
    static final List<String> OPTIONAL = List.of(REGION, ADDRESS, OPEN_HOURS, THEMES, CAPACITY, CONTACT, PHONE, NUMBER,
            RECOGNIZED_ON, VALID_FROM, VALID_UNTIL);
    private static final List<String> COLUMNS = List.of(NAME, LEVEL, KIND, PARENT, OPERATOR, CREDIT_CODE, REGION, ADDRESS,
            OPEN_HOURS, THEMES, CAPACITY, CONTACT, PHONE, NUMBER, RECOGNIZED_ON, VALID_FROM, VALID_UNTIL);
    private static final int[] WIDTHS = {30, 8, 12, 24, 30, 22, 12, 30, 20, 20, 10, 10, 16, 20, 12, 12, 12, 10};

    private final EducationBases bases;
    private final BaseCatalog catalog;
    private final BaseApplying applying;
    private final BaseRecognition recognition;
    private final OrganizationDirectory organizations;
    private final DataScope scope;
    private final Workbooks workbooks;
    private final History history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BaseSheet(EducationBases bases, BaseCatalog catalog, BaseApplying applying, BaseRecognition recognition,
            OrganizationDirectory organizations, DataScope scope, Workbooks workbooks, History history,
            ApplicationEventPublisher events, Clock clock) {
        this.bases = bases;
        this.catalog = catalog;
        this.applying = applying;
        this.recognition = recognition;
        this.organizations = organizations;
        this.scope = scope;
        this.workbooks = workbooks;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    byte[] template() {
        List<String> headers = COLUMNS.stream().map(c -> REQUIRED.contains(c) ? c + "*" : c).toList();
        return XlsxTable.of("科普教育基地", "科普教育基地导入模板（带*为必填；主管科协填写您权限范围内科协的全称；已认定的基地填写认定编号、认定日期和有效期，"
                        + "日期如2023-06-01；未填认定编号的作为申报，等待初审）", headers)
                .widths(WIDTHS)
                .dropdown(1, Arrays.stream(BaseLevel.values()).map(BaseLevel::label).toList(), 2000)
                .dropdown(2, Arrays.stream(BaseKind.values()).map(BaseKind::label).toList(), 2000)
                .toBytes();
    }

    @Transactional
    public byte[] export(BaseCatalog.Filter filter) {
        List<EducationBase> list = catalog.all(filter);
        List<String> headers = new ArrayList<>(COLUMNS);
        headers.add(STATE);
        XlsxTable table = XlsxTable.of("科普教育基地", "科普教育基地名录（" + LocalDate.now(clock) + "导出）", headers).widths(WIDTHS);
        for (EducationBase b : list) {
            table.row(b.getName(), b.getLevel().label(), b.getKind().label(), b.getParent().getName(), b.getOperatorName(),
                    b.getOperatorCreditCode(), b.getRegion() == null ? "" : b.getRegion().getCode(), b.getAddress(), b.getOpenHours(),
                    b.getThemes(), b.getCapacity(), b.getContactPerson(),
                    scope.showsPhoneOf(b.getParent()) ? b.getContactPhone() : PhoneMask.mask(b.getContactPhone()),
                    b.getNumber(), b.getRecognizedOn(), b.getValidFrom(), b.getValidUntil(), b.getState().label());
        }
        events.publishEvent(ActionPerformed.of(AuditAction.EXPORT, "科普教育基地", null, "科普教育基地名录", "导出" + list.size() + "个基地"));
        return table.toBytes();
    }

    private record Planned(int row, EducationBase.Details details, RecognitionForm recognized) {
    }

    /** Enters every base of the sheet, or — when any row is wrong — none, naming each wrong cell by row and column. */
    @Transactional
    public List<EducationBase> importBases(byte[] content) {
        if (scope.current().onlyOrganizationId() != null) {
            throw new RuleViolation("填报员不能导入科普教育基地");
        }
        XlsxUpload upload = workbooks.open(content, "科普教育基地导入模板", REQUIRED, OPTIONAL);
        try {
            List<Integer> rows = upload.dataRows();
            if (rows.isEmpty()) {
                throw new RuleViolation("file", "文件中没有数据行");
            }
            Map<String, List<Organization>> parents = catalog.parents().stream().collect(Collectors.groupingBy(Organization::getName));
            Map<String, Integer> names = new HashMap<>();
            Map<String, Integer> numbers = new HashMap<>();
            List<ImportProblem> problems = new ArrayList<>();
            List<Planned> planned = new ArrayList<>();
            for (int row : rows) {
                Planned p = plan(upload, row, parents, names, numbers, problems);
                if (p != null) {
                    planned.add(p);
                }
            }
            if (!problems.isEmpty()) {
                throw new ImportRejected(problems, upload.marked(problems));
            }
            List<EducationBase> created = new ArrayList<>();
            for (Planned p : planned) {
                EducationBase base = bases.saveAndFlush(new EducationBase(p.details(), clock.instant(), CurrentUser.username()));
                if (p.recognized() != null) {
                    RecognitionForm r = p.recognized();
                    base.recognize(r.getNumber(), r.getRecognizedOn(), r.getValidFrom(), r.getValidUntil(),
                            recognition.unitFor(base).getId());
                    bases.saveAndFlush(base);
                }
                history.of(base, AuditAction.IMPORT, "导入", p.recognized() == null ? "作为申报，等待初审"
                        : "已认定，编号" + base.getNumber() + "，有效期至" + base.getValidUntil());
                created.add(base);
            }
            events.publishEvent(ActionPerformed.of(AuditAction.IMPORT, "科普教育基地", null, "科普教育基地导入", "导入" + created.size()
                    + "个基地：" + created.stream().map(EducationBase::getName).limit(50).collect(Collectors.joining("、"))));
            return created;
        } finally {
            upload.close();
        }
    }

    private Planned plan(XlsxUpload upload, int row, Map<String, List<Organization>> parents, Map<String, Integer> names,
            Map<String, Integer> numbers, List<ImportProblem> problems) {
        int before = problems.size();
        BaseForm form = new BaseForm();
        form.setName(upload.text(row, NAME));
        form.setOperatorName(upload.text(row, OPERATOR));
        form.setOperatorCreditCode(upload.text(row, CREDIT_CODE));
        form.setRegionCode(upload.text(row, REGION));
        form.setAddress(upload.text(row, ADDRESS));
        form.setOpenHours(upload.text(row, OPEN_HOURS));
        form.setThemes(upload.text(row, THEMES));
        form.setContactPerson(upload.text(row, CONTACT));
        form.setContactPhone(upload.text(row, PHONE));
        String level = upload.text(row, LEVEL);
        BaseLevel.fromLabel(level).ifPresentOrElse(form::setLevel, () -> problems.add(new ImportProblem(row, LEVEL,
                level.isEmpty() ? "必填" : "“" + level + "”不是有效的级别，应为全国、省级、市级或县级")));
        String kind = upload.text(row, KIND);
        BaseKind.fromLabel(kind).ifPresentOrElse(form::setKind, () -> problems.add(new ImportProblem(row, KIND,
                kind.isEmpty() ? "必填" : "“" + kind + "”不是有效的类别，应为下拉列表中的一项")));
        String capacity = upload.text(row, CAPACITY);
        if (!capacity.isEmpty()) {
            try {
                form.setCapacity(Integer.valueOf(capacity.replaceAll("\\.0+$", "")));
            } catch (NumberFormatException e) {
                problems.add(new ImportProblem(row, CAPACITY, "“" + capacity + "”不是整数"));
            }
        }
        String parentName = upload.text(row, PARENT);
        if (parentName.isEmpty()) {
            problems.add(new ImportProblem(row, PARENT, "必填"));
        } else {
            List<Organization> matches = parents.getOrDefault(parentName, List.of());
            if (matches.size() == 1) {
                form.setParentId(matches.get(0).getId());
            } else {
                problems.add(new ImportProblem(row, PARENT, matches.isEmpty()
                        ? "找不到“" + parentName + "”：主管科协应为您权限范围内的科协"
                        : "有" + matches.size() + "个科协名为“" + parentName + "”，无法确定主管科协"));
            }
        }
        List<RuleViolation> violations = new ArrayList<>();
        EducationBase.Details details = applying.details(form, violations);
        for (RuleViolation v : violations) {
            // A level, kind or association the sheet could not read is already reported in its own words.
            boolean unread = "parentId".equals(v.field()) && form.getParentId() == null || "level".equals(v.field()) && form.getLevel() == null
                    || "kind".equals(v.field()) && form.getKind() == null;
            if (!unread) {
                problems.add(new ImportProblem(row, column(v.field()), v.getMessage()));
            }
        }
        if (details.name() != null) {
            Integer earlier = names.putIfAbsent(parentName + "|" + details.name(), row);
            if (earlier != null) {
                problems.add(new ImportProblem(row, NAME, "与第" + earlier + "行重复"));
            } else if (details.parent() != null
                    && bases.existsByParent_IdAndNameAndStateNot(details.parent().getId(), details.name(), BaseState.REVOKED)) {
                problems.add(new ImportProblem(row, NAME, "“" + parentName + "”下已有名为“" + details.name() + "”的科普教育基地"));
            }
        }
        RecognitionForm recognized = null;
        String number = upload.text(row, NUMBER);
        if (!number.isEmpty()) {
            int beforeDates = problems.size();
            recognized = new RecognitionForm(number, date(upload, row, RECOGNIZED_ON, problems),
                    date(upload, row, VALID_FROM, problems), date(upload, row, VALID_UNTIL, problems));
            Integer earlier = numbers.putIfAbsent(number, row);
            if (earlier != null) {
                problems.add(new ImportProblem(row, NUMBER, "与第" + earlier + "行的认定编号相同"));
            }
            try {
                if (problems.size() == beforeDates) {
                    recognition.problems(recognized);
                }
            } catch (RuleViolation e) {
                for (RuleViolation v : e.problems()) {
                    problems.add(new ImportProblem(row, column(v.field()), v.getMessage()));
                }
            }
        } else {
            for (String c : List.of(RECOGNIZED_ON, VALID_FROM, VALID_UNTIL)) {
                if (!upload.text(row, c).isEmpty()) {
                    problems.add(new ImportProblem(row, NUMBER, "填写了" + c + "，请同时填写认定编号（未认定的基地不填日期）"));
                    break;
                }
            }
        }
        return problems.size() == before ? new Planned(row, details, recognized) : null;
    }

    private static final DateTimeFormatter[] DATES = {DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"), DateTimeFormatter.ofPattern("yyyy.M.d")};

    /** A date cell (as Excel stores dates) or text such as 2023-06-01, 2023/6/1, 2023年6月1日; null with a problem otherwise. */
    private static LocalDate date(XlsxUpload upload, int row, String column, List<ImportProblem> problems) {
        Optional<LocalDate> cell = upload.dateTime(row, column).map(t -> t.toLocalDate());
        if (cell.isPresent()) {
            return cell.get();
        }
        String text = upload.text(row, column);
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException next) {
                // the next pattern
            }
        }
        problems.add(new ImportProblem(row, column, "“" + text + "”不是日期，应如2023-06-01"));
        return LocalDate.MIN;
    }

    private static String column(String field) {
        return switch (field == null ? "" : field) {
            case "level" -> LEVEL;
            case "kind" -> KIND;
            case "parentId" -> PARENT;
            case "operatorName" -> OPERATOR;
            case "operatorCreditCode" -> CREDIT_CODE;
            case "regionCode" -> REGION;
            case "address" -> ADDRESS;
            case "openHours" -> OPEN_HOURS;
            case "themes" -> THEMES;
            case "capacity" -> CAPACITY;
            case "contactPerson" -> CONTACT;
            case "contactPhone" -> PHONE;
            case "number" -> NUMBER;
            case "recognizedOn" -> RECOGNIZED_ON;
            case "validFrom" -> VALID_FROM;
            case "validUntil" -> VALID_UNTIL;
            default -> NAME;
        };
    }
}
