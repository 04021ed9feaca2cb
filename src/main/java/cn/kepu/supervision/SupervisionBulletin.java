package cn.kepu.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.org.Organization;
import cn.kepu.support.RuleViolation;

/**
 * 督查通报: the issuer's notices of a period as an official notice in Word — the issuer's name in red, the 文号 line,
 * the title 关于{period}督办事项办理情况的通报, a short body with the counts, and a table of every notice with how it
 * stands and the unit's measures. Written with POI's XWPF, paragraph by paragraph, so Word opens it as it would
 * its own.
 */
@Service
@Transactional(readOnly = true)
class SupervisionBulletin {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    static final List<String> COLUMNS = List.of("编号", "单位", "督办事项", "回复期限", "办理情况", "整改措施");

    private final SupervisionNotices notices;
    private final NoticeCatalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupervisionBulletin(SupervisionNotices notices, NoticeCatalog catalog, ApplicationEventPublisher events, Clock clock) {
        this.notices = notices;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    /** The file's name: 关于2022年1月1日至2022年12月31日督办事项办理情况的通报.docx */
    static String title(LocalDate from, LocalDate to) {
        return "关于" + period(from, to) + "督办事项办理情况的通报";
    }

    /** The 文号 line when the issuer gives none: 督查通报〔2022〕第1期. */
    static String defaultNumber(LocalDate to) {
        return "督查通报〔" + to.getYear() + "〕第1期";
    }

    static String period(LocalDate from, LocalDate to) {
        if (from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()))) {
            return from.getYear() + "年度";
        }
        return DAY.format(from) + "至" + DAY.format(to);
    }

    @Transactional
    public byte[] write(LocalDate from, LocalDate to, String docNumber) {
        Organization issuer = catalog.issuer().orElseThrow(() -> new RuleViolation("from", "只有督办单位可以生成督查通报"));
        if (from == null || to == null) {
            throw new RuleViolation("from", "请选择通报的起止日期");
        }
        if (to.isBefore(from)) {
            throw new RuleViolation("from", "通报的结束日期早于开始日期");
        }
        List<SupervisionNotice> found = notices.findByIssuer_IdAndSentOnBetweenOrderBySentOnAscIdAsc(issuer.getId(), from, to);
        LocalDate today = LocalDate.now(clock);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            margins(doc);
            XWPFParagraph head = paragraph(doc, ParagraphAlignment.CENTER);
            run(head, issuer.getName(), 26, true, "FF0000", "方正小标宋简体");
            XWPFParagraph number = paragraph(doc, ParagraphAlignment.CENTER);
            run(number, docNumber == null || docNumber.isBlank() ? defaultNumber(to) : docNumber.strip(), 16, false, null, "仿宋_GB2312");
            number.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER);
            title.setSpacingBefore(400);
            run(title, title(from, to), 22, true, null, "方正小标宋简体");
            long closed = found.stream().filter(n -> n.getState() == NoticeState.CLOSED).count();
            long replied = found.stream().filter(n -> n.getState() == NoticeState.REPLIED).count();
            long waiting = found.stream().filter(n -> n.getState().awaitsReply()).count();
            long overdue = found.stream().filter(n -> n.overdueOn(today)).count();
            XWPFParagraph units = paragraph(doc, ParagraphAlignment.LEFT);
            run(units, "各有关单位：", 16, false, null, "仿宋_GB2312");
            XWPFParagraph body = paragraph(doc, ParagraphAlignment.BOTH);
            body.setIndentationFirstLine(640);
            run(body, period(from, to) + "，" + issuer.getName() + "共发出督办单" + found.size() + "件，已办结" + closed
                    + "件，已回复待审核" + replied + "件，待回复" + waiting + "件（其中逾期未回复" + overdue
                    + "件）。现将督办事项办理情况通报如下：", 16, false, null, "仿宋_GB2312");
            table(doc, found, today);
            XWPFParagraph ask = paragraph(doc, ParagraphAlignment.BOTH);
            ask.setIndentationFirstLine(640);
            run(ask, "请尚未办结的单位对照督办要求，抓紧整改落实，按期回复办理情况。", 16, false, null, "仿宋_GB2312");
            XWPFParagraph sign = paragraph(doc, ParagraphAlignment.RIGHT);
            sign.setSpacingBefore(600);
            run(sign, issuer.getName(), 16, false, null, "仿宋_GB2312");
            XWPFParagraph date = paragraph(doc, ParagraphAlignment.RIGHT);
            run(date, DAY.format(today), 16, false, null, "仿宋_GB2312");
            doc.write(out);
            events.publishEvent(ActionPerformed.of(AuditAction.EXPORT, "督查通报", null, title(from, to),
                    "督办单" + found.size() + "件"));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, List<SupervisionNotice> found, LocalDate today) {
        XWPFTable table = doc.createTable(found.size() + 1, COLUMNS.size());
        table.setWidth("100%");
        for (int c = 0; c < COLUMNS.size(); c++) {
            cell(table.getRow(0).getCell(c), COLUMNS.get(c), true);
        }
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < found.size(); i++) {
            SupervisionNotice n = found.get(i);
            XWPFTableRow row = table.getRow(i + 1);
            cell(row.getCell(0), n.getNumber(), false);
            cell(row.getCell(1), n.getUnit().getName(), false);
            cell(row.getCell(2), n.mattersText().isEmpty() ? n.getRequirements() : n.mattersText(), false);
            cell(row.getCell(3), DAY.format(n.getReplyBy()), false);
            cell(row.getCell(4), n.getState().label() + (n.overdueOn(today) ? "（逾期未回复）" : ""), false);
            cell(row.getCell(5), n.latestReply().map(SupervisionReply::getMeasures).orElse(""), false);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (bold) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        run(p, text == null ? "" : text, 10.5, bold, null, bold ? "黑体" : "仿宋_GB2312");
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        return p;
    }

    private static void run(XWPFParagraph p, String text, double size, boolean bold, String color, String font) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontFamily(font);
        if (color != null) {
            r.setColor(color);
        }
    }

    /** The margins of GB/T 9704 official documents: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right. */
    private static void margins(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(2098));
        mar.setBottom(BigInteger.valueOf(1984));
        mar.setLeft(BigInteger.valueOf(1588));
        mar.setRight(BigInteger.valueOf(1474));
    }
}
