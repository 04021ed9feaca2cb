package cn.kepu.literacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Rates in and out of Excel: 地区 (全国, or the association's full name), 测评年份, 比例（%）, and optionally 样本量,
 * 误差（%）, 数据来源, 调查日期 and 分组结果 — the breakdowns in one cell, "性别·女性 12.1；城乡·农村居民 9.8", so an export
 * reads back as it was. All rows or none; a region's year already entered takes the sheet's figures.
 */
@Component
class LiteracySheet {

    static final String REGION = "地区";
    static final String YEAR = "测评年份";
    static final String RATE = "比例";
    static final String SAMPLE = "样本量";
    static final String MARGIN = "误差";
    static final String SOURCE = "数据来源";
    static final String DATE = "调查日期";
    static final String GROUPS = "分组结果";
    static final List<String> REQUIRED = List.of(REGION, YEAR, RATE, SOURCE);
    static final List<String> OPTIONAL = List.of(SAMPLE, MARGIN, DATE, GROUPS);
    private static final int[] WIDTHS = {30, 10, 10, 40, 10, 10, 12, 60};
    private static final Pattern GROUP = Pattern.compile("^\\s*([^·\\s]+)\\s*·\\s*(.+?)\\s+([\\d.]+)\\s*%?\\s*$");

    private final LiteracyRegistry registry;
    private final Workbooks workbooks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LiteracySheet(LiteracyRegistry registry, Workbooks workbooks, ApplicationEventPublisher events, Clock clock) {
        this.registry = registry;
        this.workbooks = workbooks;
        this.events = events;
        this.clock = clock;
    }

    static RateForm formOf(LiteracyRate rate) {
        RateForm form = new RateForm();
        form.setRegionId(rate.getRegion() == null ? 0L : rate.getRegion().getId());
        form.setSurveyYear(String.valueOf(rate.getSurveyYear()));
        form.setRate(rate.getRate().stripTrailingZeros().toPlainString());
        form.setSampleSize(rate.getSampleSize() == null ? null : String.valueOf(rate.getSampleSize()));
        form.setMarginOfError(rate.getMarginOfError() == null ? null : rate.getMarginOfError().stripTrailingZeros().toPlainString());
        form.setSourceName(rate.getSourceName());
        form.setSurveyedOn(rate.getSurveyedOn() == null ? null : rate.getSurveyedOn().toString());
        rate.getBreakdowns().forEach(b -> form.getRows().add(new RateForm.Row(b.getDimension().label(), b.getGroup(),
                b.getRate().stripTrailingZeros().toPlainString())));
        form.setVersion(rate.getVersion());
        return form;
    }

    static String groups(LiteracyRate rate) {
        return rate.getBreakdowns().stream().map(b -> b.getDimension().label() + "·" + b.getGroup() + " "
                + b.getRate().stripTrailingZeros().toPlainString()).collect(Collectors.joining("；"));
    }

    /** A column's header as written: the percentages say so ("比例（%）"), which the reader ignores. */
    static String header(String column) {
        return column.equals(RATE) || column.equals(MARGIN) ? column + "（%）" : column;
    }

    byte[] template() {
        List<String> headers = new ArrayList<>(REQUIRED.stream().map(c -> header(c) + "*").toList());
        OPTIONAL.forEach(c -> headers.add(header(c)));
        return XlsxTable.of("公民科学素质", "公民科学素质测评结果导入模板（带*为必填；地区填写“全国”或您权限范围内科协的全称；比例为百分数，如12.93；"
                + "分组结果写作“性别·女性 12.1；城乡·农村居民 9.8”）", headers).widths(WIDTHS).toBytes();
    }

    /**
     * The rates the user keeps: the regions of the subtree, and the national series for those who enter it — so the
     * file reads back in as it is (published figures above the user are on the pages, not in the user's file).
     */
    @Transactional
    public byte[] export() {
        List<String> headers = new ArrayList<>(REQUIRED.stream().map(LiteracySheet::header).toList());
        OPTIONAL.forEach(c -> headers.add(header(c)));
        XlsxTable table = XlsxTable.of("公民科学素质", "公民科学素质测评结果（" + LocalDate.now(clock) + "导出）", headers).widths(WIDTHS);
        List<LiteracyRate> all = new ArrayList<>(registry.entersNational() ? registry.series(null) : List.of());
        registry.regions().forEach(r -> all.addAll(registry.series(r.region().getId())));
        for (LiteracyRate r : all) {
            table.row(r.getRegion() == null ? LiteracyRate.NATIONAL : r.getRegion().getName(), r.getSurveyYear(),
                    r.getRate().stripTrailingZeros().toPlainString(), r.getSourceName(), r.getSampleSize(),
                    r.getMarginOfError() == null ? null : r.getMarginOfError().stripTrailingZeros().toPlainString(),
                    r.getSurveyedOn() == null ? null : r.getSurveyedOn().toString(), groups(r));
        }
        events.publishEvent(ActionPerformed.of(AuditAction.EXPORT, LiteracyRegistry.AUDIT_TYPE, null, "公民科学素质测评结果",
                "导出" + all.size() + "条测评结果"));
        return table.toBytes();
    }

    /** Stores every rate of the sheet, or — when any row is wrong — none. */
    @Transactional
    public List<LiteracyRate> importRates(byte[] content) {
        XlsxUpload upload = workbooks.open(content, "公民科学素质测评结果导入模板", REQUIRED, OPTIONAL);
        try {
            List<Integer> rows = upload.dataRows();
            if (rows.isEmpty()) {
                throw new RuleViolation("file", "文件中没有数据行");
            }
            Map<String, List<Organization>> regions = registry.enterable().stream().collect(Collectors.groupingBy(Organization::getName));
            Map<String, Integer> seen = new HashMap<>();
            List<ImportProblem> problems = new ArrayList<>();
            List<LiteracyRegistry.Checked> checked = new ArrayList<>();
            for (int row : rows) {
                LiteracyRegistry.Checked c = read(upload, row, regions, problems);
                if (c != null) {
                    String key = (c.region() == null ? "national" : c.region().getId()) + "|" + c.year();
                    Integer earlier = seen.putIfAbsent(key, row);
                    if (earlier != null) {
                        problems.add(new ImportProblem(row, YEAR, "与第" + earlier + "行是同一地区的同一年份"));
                    } else {
                        checked.add(c);
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new ImportRejected(problems, upload.marked(problems));
            }
            List<LiteracyRate> stored = registry.storeAll(checked);
            events.publishEvent(ActionPerformed.of(AuditAction.IMPORT, LiteracyRegistry.AUDIT_TYPE, null, "公民科学素质测评结果导入",
                    "导入" + stored.size() + "条：" + stored.stream().limit(50)
                            .map(r -> r.regionName() + r.getSurveyYear() + "年" + r.getRate().toPlainString() + "%").collect(Collectors.joining("、"))));
            return stored;
        } finally {
            upload.close();
        }
    }

    private LiteracyRegistry.Checked read(XlsxUpload upload, int row, Map<String, List<Organization>> regions,
            List<ImportProblem> problems) {
        RateForm form = new RateForm();
        String name = upload.text(row, REGION).strip();
        int before = problems.size();
        if (name.isEmpty()) {
            problems.add(new ImportProblem(row, REGION, "必填"));
        } else if (name.equals(LiteracyRate.NATIONAL)) {
            form.setRegionId(0L);
        } else {
            List<Organization> matches = regions.getOrDefault(name, List.of());
            if (matches.size() == 1) {
                form.setRegionId(matches.get(0).getId());
            } else {
                problems.add(new ImportProblem(row, REGION, matches.isEmpty()
                        ? "找不到“" + name + "”：应为“全国”或您权限范围内县级以上科协的全称" : "有" + matches.size() + "个单位名为“" + name + "”"));
            }
        }
        form.setSurveyYear(upload.text(row, YEAR).strip().replaceAll("\\.0+$", ""));
        form.setRate(upload.text(row, RATE));
        form.setSampleSize(upload.text(row, SAMPLE).strip().replaceAll("\\.0+$", ""));
        form.setMarginOfError(upload.text(row, MARGIN));
        form.setSourceName(upload.text(row, SOURCE));
        form.setSurveyedOn(upload.dateTime(row, DATE).map(d -> d.toLocalDate().toString()).orElse(upload.text(row, DATE)));
        String groups = upload.text(row, GROUPS).strip();
        if (!groups.isEmpty()) {
            for (String part : groups.split("[；;]")) {
                if (part.isBlank()) {
                    continue;
                }
                Matcher m = GROUP.matcher(part);
                if (m.matches()) {
                    form.getRows().add(new RateForm.Row(m.group(1), m.group(2), m.group(3)));
                } else {
                    problems.add(new ImportProblem(row, GROUPS, "“" + part.strip() + "”应写作“分类·组别 比例”，如“性别·女性 12.1”"));
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return registry.check(form);
        } catch (RuleViolation e) {
            for (RuleViolation v : e.problems()) {
                problems.add(new ImportProblem(row, column(v.field()), v.getMessage()));
            }
            return null;
        }
    }

    private static String column(String field) {
        if (field == null) {
            return REGION;
        }
        return switch (field) {
            case "regionId" -> REGION;
            case "surveyYear" -> YEAR;
            case "rate" -> RATE;
            case "sampleSize" -> SAMPLE;
            case "marginOfError" -> MARGIN;
            case "sourceName" -> SOURCE;
            case "surveyedOn" -> DATE;
            default -> GROUPS;
        };
    }
}
