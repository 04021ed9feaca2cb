package cn.kepu.statistics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.literacy.LiteracyRate;
import cn.kepu.literacy.LiteracyRegistry;
import cn.kepu.support.ChartImage;

/**
 * 科普统计公报: a region's year in Word — the main figures of the submitted forms of its subtree against last year's,
 * 人均科普经费, its 公民具备科学素质的比例 against its target, and two charts drawn into the file (科普经费 this year and
 * last, the rates over the years with the target line), for print and for passing on, where no browser draws them.
 */
@Service
@Transactional(readOnly = true)
class StatisticsBulletin {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    static final List<StatisticsItem> MAIN = List.of(StatisticsItem.STAFF_FULL, StatisticsItem.STAFF_PART, StatisticsItem.VOLUNTEERS,
            StatisticsItem.EDUCATION_BASES, StatisticsItem.FUNDS_RAISED, StatisticsItem.FUNDS_GOVERNMENT, StatisticsItem.FUNDS_SPENT,
            StatisticsItem.ACTIVITIES, StatisticsItem.PARTICIPANTS);

    private final StatisticsWork work;
    private final LiteracyRegistry literacy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StatisticsBulletin(StatisticsWork work, LiteracyRegistry literacy, ApplicationEventPublisher events, Clock clock) {
        this.work = work;
        this.literacy = literacy;
        this.events = events;
        this.clock = clock;
    }

    static String title(String region, int year) {
        return region + year + "年科普统计公报";
    }

    @Transactional
    public byte[] write(long unitId, int year) {
        StatisticsWork.RollUp now = work.rollUp(unitId, year);
        StatisticsWork.Totals last = year > 2000 ? work.rollUp(unitId, year - 1).total() : null;
        StatisticsWork.Totals total = now.total();
        String region = LiteracyRate.regionName(total.unit());
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            run(paragraph(doc, ParagraphAlignment.CENTER), title(region, year), 22, true);
            run(paragraph(doc, ParagraphAlignment.CENTER), total.unit().getName() + "　" + DAY.format(LocalDate.now(clock)), 12, false);

            heading(doc, "一、主要数据");
            body(doc, year + "年，" + region + "（含下级单位）已上报科普统计表" + total.submitted() + "份。" + sentence(total, last) + "。");
            table(doc, total, last, year);

            heading(doc, "二、科普经费");
            body(doc, funding(total, last));
            picture(doc, ChartImage.bars("科普经费（万元）", List.of("筹集额", "其中：政府拨款", "使用额"), List.of(
                    new ChartImage.Series((year - 1) + "年", java.util.Arrays.asList(of(last, StatisticsItem.FUNDS_RAISED), of(last, StatisticsItem.FUNDS_GOVERNMENT),
                            of(last, StatisticsItem.FUNDS_SPENT))),
                    new ChartImage.Series(year + "年", java.util.Arrays.asList(of(total, StatisticsItem.FUNDS_RAISED), of(total, StatisticsItem.FUNDS_GOVERNMENT),
                            of(total, StatisticsItem.FUNDS_SPENT)))), "万元"), "科普经费");

            heading(doc, "三、公民科学素质");
            literacy(doc, total, region, year);
            events.publishEvent(ActionPerformed.of(AuditAction.EXPORT, StatisticsWork.AUDIT_TYPE, null, title(region, year),
                    "生成公报（含下级已上报" + total.submitted() + "份）"));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void literacy(XWPFDocument doc, StatisticsWork.Totals total, String region, int year) {
        // A township association is not a region the survey measures.
        boolean measured = LiteracyRegistry.isRegion(total.unit());
        List<LiteracyRate> series = !measured ? List.of()
                : literacy.series(total.unit().getId()).stream().filter(r -> r.getSurveyYear() <= year).toList();
        Optional<LiteracyRegistry.Goal> goal = measured ? literacy.goal(total.unit().getId()) : Optional.empty();
        if (series.isEmpty()) {
            body(doc, region + "截至" + year + "年尚无公民科学素质测评结果。");
            return;
        }
        LiteracyRate latest = series.get(series.size() - 1);
        StringBuilder text = new StringBuilder(region + latest.getSurveyYear() + "年测得公民具备科学素质的比例为"
                + plain(latest.getRate()) + "%");
        if (series.size() > 1) {
            LiteracyRate before = series.get(series.size() - 2);
            BigDecimal points = latest.getRate().subtract(before.getRate());
            text.append("，比").append(before.getSurveyYear()).append("年").append(points.signum() >= 0 ? "提高" : "下降")
                    .append(plain(points.abs())).append("个百分点");
        }
        goal.ifPresent(g -> {
            text.append("；目标为").append(g.year()).append("年达到").append(plain(g.rate())).append("%");
            if (g.trend() != null) {
                text.append("，").append(g.trend());
            }
        });
        body(doc, text.append("。").toString());
        List<String> years = new ArrayList<>();
        List<BigDecimal> rates = new ArrayList<>();
        series.forEach(r -> {
            years.add(r.getSurveyYear() + "年");
            rates.add(r.getRate());
        });
        picture(doc, ChartImage.lines("公民具备科学素质的比例", years, List.of(new ChartImage.Series(region, rates)),
                goal.map(LiteracyRegistry.Goal::rate).orElse(null), goal.map(g -> g.year() + "年目标 " + plain(g.rate()) + "%").orElse(null),
                "%"), "公民具备科学素质的比例");
    }

    private static String sentence(StatisticsWork.Totals now, StatisticsWork.Totals last) {
        List<String> parts = new ArrayList<>();
        for (StatisticsItem item : List.of(StatisticsItem.STAFF_FULL, StatisticsItem.STAFF_PART, StatisticsItem.ACTIVITIES,
                StatisticsItem.PARTICIPANTS)) {
            BigDecimal v = now.of(item);
            if (v != null) {
                parts.add(item.shortLabel().replace("（审核通过的）", "") + plain(v) + item.measure() + change(v, of(last, item)));
            }
        }
        return parts.isEmpty() ? "尚无已上报的数字" : String.join("，", parts);
    }

    private static String funding(StatisticsWork.Totals now, StatisticsWork.Totals last) {
        BigDecimal raised = now.of(StatisticsItem.FUNDS_RAISED);
        if (raised == null) {
            return "已上报的统计表中没有科普经费数字。";
        }
        StringBuilder text = new StringBuilder("科普经费筹集额" + plain(raised) + "万元" + change(raised, of(last, StatisticsItem.FUNDS_RAISED)));
        BigDecimal spent = now.of(StatisticsItem.FUNDS_SPENT);
        if (spent != null) {
            text.append("，使用额").append(plain(spent)).append("万元");
        }
        if (now.perCapita() != null) {
            text.append("；人均科普经费").append(plain(now.perCapita())).append("元");
            if (last != null && last.perCapita() != null) {
                text.append("（上年").append(plain(last.perCapita())).append("元）");
            }
        }
        return text.append("。").toString();
    }

    /** "，比上年增长12.5%" — or nothing without last year's figure. */
    static String change(BigDecimal now, BigDecimal before) {
        if (before == null || before.signum() == 0 || now == null) {
            return "";
        }
        BigDecimal percent = now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
        return percent.signum() == 0 ? "，与上年持平" : "，比上年" + (percent.signum() > 0 ? "增长" : "下降") + plain(percent.abs()) + "%";
    }

    private static void table(XWPFDocument doc, StatisticsWork.Totals now, StatisticsWork.Totals last, int year) {
        XWPFTable table = doc.createTable(MAIN.size() + 1, 5);
        table.setWidth("100%");
        String[] head = {"指标", "单位", year + "年", (year - 1) + "年", "增减"};
        for (int c = 0; c < head.length; c++) {
            cell(table.getRow(0), c, head[c], true);
        }
        for (int i = 0; i < MAIN.size(); i++) {
            StatisticsItem item = MAIN.get(i);
            XWPFTableRow row = table.getRow(i + 1);
            BigDecimal v = now.of(item);
            BigDecimal before = of(last, item);
            cell(row, 0, item.label(), false);
            cell(row, 1, item.measure(), false);
            cell(row, 2, v == null ? "—" : plain(v), false);
            cell(row, 3, before == null ? "—" : plain(before), false);
            cell(row, 4, change(v, before).replace("，比上年", "").replace("，", ""), false);
        }
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        XWPFParagraph p = row.getCell(column).getParagraphs().get(0);
        run(p, text, 10.5, bold);
    }

    private static BigDecimal of(StatisticsWork.Totals totals, StatisticsItem item) {
        return totals == null ? null : totals.of(item);
    }

    private static void picture(XWPFDocument doc, byte[] png, String name) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER);
        try {
            // 15 cm wide, as the chart's 2:1.
            p.createRun().addPicture(new ByteArrayInputStream(png), PictureType.PNG, name + ".png", Units.toEMU(425), Units.toEMU(212));
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void heading(XWPFDocument doc, String text) {
        run(paragraph(doc, ParagraphAlignment.LEFT), text, 16, true);
    }

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(640);
        run(p, text, 14, false);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        return p;
    }

    private static void run(XWPFParagraph p, String text, double size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontFamily("仿宋_GB2312");
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
