package cn.kepu.informant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.ImportProblem;
import cn.kepu.support.ImportRejected;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Workbooks;
import cn.kepu.support.XlsxTable;
import cn.kepu.support.XlsxUpload;

/**
 * Informant counts in and out of Excel: columns 单位, 年份, 月份, 新增信息员人数 (and 月末累计注册人数, 数据来源). The import
 * stores every row or — when any is wrong — none, naming each wrong cell by row and column; a month already entered
 * takes the sheet's figure, so reading an export back changes nothing.
 */
@Component
class InformantSheet {

    static final String UNIT = "单位";
    static final String YEAR = "年份";
    static final String MONTH = "月份";
    static final String NEW = "新增信息员人数";
    static final String TOTAL = "月末累计注册人数";
    static final String SOURCE = "数据来源";
    static final List<String> REQUIRED = List.of(UNIT, YEAR, MONTH, NEW);
    static final List<String> OPTIONAL = List.of(TOTAL, SOURCE);
    private static final int[] WIDTHS = {34, 8, 8, 16, 18, 30};

    private final InformantCounts informants;
    private final OrganizationDirectory organizations;
    private final DataScope scope;
    private final Workbooks workbooks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InformantSheet(InformantCounts informants, OrganizationDirectory organizations, DataScope scope, Workbooks workbooks,
            ApplicationEventPublisher events, Clock clock) {
        this.informants = informants;
        this.organizations = organizations;
        this.scope = scope;
        this.workbooks = workbooks;
        this.events = events;
        this.clock = clock;
    }

    byte[] template() {
        List<String> headers = new ArrayList<>(REQUIRED.stream().map(c -> c + "*").toList());
        headers.addAll(OPTIONAL);
        return XlsxTable.of("科普中国信息员", "科普中国信息员统计导入模板（带*为必填；单位填写您权限范围内单位的全称；每行一个单位一个月；"
                + "已填报的月份以表中数字为准）", headers).widths(WIDTHS).toBytes();
    }

    @Transactional
    public byte[] export(Integer year, Long unitId) {
        List<InformantCount> list = informants.list(unitId, year);
        List<String> headers = new ArrayList<>(REQUIRED);
        headers.addAll(OPTIONAL);
        XlsxTable table = XlsxTable.of("科普中国信息员", "科普中国信息员统计" + (year == null ? "" : "（" + year + "年）")
                + "（" + LocalDate.now(clock) + "导出）", headers).widths(WIDTHS);
        for (InformantCount c : list) {
            table.row(c.getUnit().getName(), c.getPeriodYear(), c.getPeriodMonth(), c.getNewlyRegistered(),
                    c.getTotalRegistered(), c.getSourceNote());
        }
        events.publishEvent(ActionPerformed.of(AuditAction.EXPORT, InformantCounts.AUDIT_TYPE, null, "科普中国信息员统计",
                "导出" + list.size() + "个月的信息员人数" + (year == null ? "" : "（" + year + "年）")));
        return table.toBytes();
    }

    /** Enters every month of the sheet, or — when any row is wrong — none. */
    @Transactional
    public List<InformantCount> importCounts(byte[] content) {
        XlsxUpload upload = workbooks.open(content, "科普中国信息员统计导入模板", REQUIRED, OPTIONAL);
        try {
            List<Integer> rows = upload.dataRows();
            if (rows.isEmpty()) {
                throw new RuleViolation("file", "文件中没有数据行");
            }
            Map<String, List<Organization>> units = organizations.within(scope.current()).stream()
                    .collect(Collectors.groupingBy(Organization::getName));
            Map<String, Integer> seen = new HashMap<>();
            List<ImportProblem> problems = new ArrayList<>();
            List<InformantCounts.Checked> checked = new ArrayList<>();
            for (int row : rows) {
                int before = problems.size();
                InformantCounts.Checked c = read(upload, row, units, problems);
                if (c != null && problems.size() == before) {
                    Integer earlier = seen.putIfAbsent(c.unit().getId() + "|" + c.year() + "|" + c.month(), row);
                    if (earlier != null) {
                        problems.add(new ImportProblem(row, MONTH, "与第" + earlier + "行是同一单位的同一月份"));
                    } else {
                        checked.add(c);
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new ImportRejected(problems, upload.marked(problems));
            }
            List<InformantCount> stored = informants.storeAll(checked);
            events.publishEvent(ActionPerformed.of(AuditAction.IMPORT, InformantCounts.AUDIT_TYPE, null, "科普中国信息员统计导入",
                    "导入" + stored.size() + "个月的信息员人数：" + stored.stream().limit(50)
                            .map(s -> s.getUnit().getName() + s.period() + s.getNewlyRegistered() + "人").collect(Collectors.joining("、"))));
            return stored;
        } finally {
            upload.close();
        }
    }

    private InformantCounts.Checked read(XlsxUpload upload, int row, Map<String, List<Organization>> units, List<ImportProblem> problems) {
        int before = problems.size();
        Organization unit = null;
        String name = upload.text(row, UNIT).strip();
        if (name.isEmpty()) {
            problems.add(new ImportProblem(row, UNIT, "必填"));
        } else {
            List<Organization> matches = units.getOrDefault(name, List.of());
            if (matches.size() == 1) {
                unit = matches.get(0);
            } else {
                problems.add(new ImportProblem(row, UNIT, matches.isEmpty() ? "找不到“" + name + "”：应为您权限范围内单位的全称"
                        : "有" + matches.size() + "个单位名为“" + name + "”，无法确定是哪一个"));
            }
        }
        Integer year = integer(upload, row, YEAR, problems);
        Integer month = integer(upload, row, MONTH, problems);
        if (year != null && month != null) {
            for (RuleViolation v : informants.periodProblems(year, month)) {
                problems.add(new ImportProblem(row, "year".equals(v.field()) ? YEAR : MONTH, v.getMessage()));
            }
        }
        List<RuleViolation> violations = new ArrayList<>();
        Integer newly = InformantCounts.whole(upload.text(row, NEW), "newlyRegistered", NEW, true, violations);
        Integer total = InformantCounts.whole(upload.text(row, TOTAL), "totalRegistered", TOTAL, false, violations);
        for (RuleViolation v : violations) {
            problems.add(new ImportProblem(row, "newlyRegistered".equals(v.field()) ? NEW : TOTAL,
                    v.getMessage().startsWith("请填写") ? "必填" : v.getMessage()));
        }
        String note = upload.text(row, SOURCE).strip();
        if (note.length() > 200) {
            problems.add(new ImportProblem(row, SOURCE, "不能超过200个字"));
        }
        return problems.size() == before ? new InformantCounts.Checked(unit, year, month, newly, total, note.isEmpty() ? null : note) : null;
    }

    private static Integer integer(XlsxUpload upload, int row, String column, List<ImportProblem> problems) {
        String text = upload.text(row, column).strip().replaceAll("\\.0+$", "").replaceAll("[年月]$", "");
        if (text.isEmpty()) {
            problems.add(new ImportProblem(row, column, "必填"));
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new ImportProblem(row, column, "“" + text + "”不是整数"));
            return null;
        }
    }
}
