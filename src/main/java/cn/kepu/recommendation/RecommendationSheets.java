package cn.kepu.recommendation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.support.RuleViolation;

/**
 * The 推荐表 as the seed's 附件2 / 附件3 print it: the title, then a bordered table of four columns — label, value,
 * label, value — whose single-value rows span the last three, the 主要事迹 / 主要内容 label written top to bottom, and
 * the two opinion cells with （盖章） and 年 月 日 for the stamps. One per recommendation, or all of a recommender's
 * one after another, a page each. And the 表彰名单 of a round whose list is fixed.
 */
@Service
// Not read-only: every download is written to the audit trail in the same transaction (PostgreSQL refuses the insert
// in a read-only one; H2 does not, which is why the suite runs on both).
@Transactional
public class RecommendationSheets {

    private static final int[] WIDTHS = {1600, 3000, 1600, 2600};
    private static final String FONT = "仿宋_GB2312";
    private static final String DATE_LINE = "年    月    日";

    private final RoundCatalog catalog;
    private final ApplicationEventPublisher events;

    RecommendationSheets(RoundCatalog catalog, ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.events = events;
    }

    public byte[] one(long recommendationId) {
        Recommendation r = catalog.recommendation(recommendationId);
        return write(List.of(r), r.getSubjectName());
    }

    public byte[] ofRecommender(long roundId, long recommenderId) {
        RecommendationRound round = catalog.round(roundId);
        List<Recommendation> all = catalog.ofRecommender(round, recommenderId);
        if (all.isEmpty()) {
            throw new RuleViolation("recommenderId", "该单位在本轮没有可下载的推荐");
        }
        return write(all, all.get(0).getRecommender().getName() + "的推荐" + all.size() + "个");
    }

    /** The file's name: 渭南市2022年全国科普日优秀活动推荐表（华州区科学技术协会）. */
    static String fileName(RecommendationRound round, String who) {
        return round.formTitle() + "（" + who + "）";
    }

    private byte[] write(List<Recommendation> all, String what) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < all.size(); i++) {
                sheet(doc, all.get(i), i > 0);
            }
            doc.write(out);
            Recommendation first = all.get(0);
            events.publishEvent(ActionPerformed.of(AuditAction.EXPORT, "推荐表", first.getId(), first.getRound().getTitle(), what));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XWPFDocument doc, Recommendation r, boolean newPage) {
        RecommendationRound round = r.getRound();
        FormPreset preset = round.getFormPreset();
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        title.setPageBreak(newPage);
        run(title, round.formTitle(), 18, true, "方正小标宋简体");
        XWPFTable t = doc.createTable(6, 4);
        t.setWidth("100%");
        t.setTopBorder(XWPFBorderType.SINGLE, 8, 0, "000000");
        t.setBottomBorder(XWPFBorderType.SINGLE, 8, 0, "000000");
        t.setLeftBorder(XWPFBorderType.SINGLE, 8, 0, "000000");
        t.setRightBorder(XWPFBorderType.SINGLE, 8, 0, "000000");
        t.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        t.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : WIDTHS) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        if (preset == FormPreset.UNIT) {
            wide(t.getRow(0), "单位名称", r.getSubjectName());
            pair(t.getRow(1), "单位级别", r.getUnitLevel(), "职工总数", r.getStaffCount() == null ? "" : r.getStaffCount().toString());
        } else {
            wide(t.getRow(0), "活动名称", r.getSubjectName());
            wide(t.getRow(1), "单位名称", r.getUnitName() == null ? r.getRecommender().getName() : r.getUnitName());
        }
        pair(t.getRow(2), "联系人", r.getContactPerson(), "联系电话", r.getContactPhone());
        XWPFTableRow main = t.getRow(3);
        merge(main);
        main.setHeight(6000);
        vertical(main.getCell(0), preset.mainLabel());
        text(main.getCell(1), r.getMainText(), ParagraphAlignment.LEFT);
        XWPFTableRow own = t.getRow(4);
        merge(own);
        own.setHeight(2200);
        label(own.getCell(0), preset.opinionLabel().replace("推荐单位", "推荐单位\n"));
        stamp(own.getCell(1), r.getRecommenderOpinion());
        XWPFTableRow issuer = t.getRow(5);
        merge(issuer);
        issuer.setHeight(2200);
        String reviewer = round.reviewerLabel();
        label(issuer.getCell(0), reviewer.replace("审核意见", "\n审核意见"));
        stamp(issuer.getCell(1), r.getState() == RecommendationState.PASSED ? r.getReviewOpinion() : null);
    }

    /** A label and one value across the other three columns. */
    private static void wide(XWPFTableRow row, String label, String value) {
        merge(row);
        label(row.getCell(0), label);
        text(row.getCell(1), value, ParagraphAlignment.LEFT);
    }

    private static void pair(XWPFTableRow row, String label1, String value1, String label2, String value2) {
        label(row.getCell(0), label1);
        text(row.getCell(1), value1, ParagraphAlignment.LEFT);
        label(row.getCell(2), label2);
        text(row.getCell(3), value2, ParagraphAlignment.LEFT);
    }

    /** The second cell spans the last three columns (Word's gridSpan); the two it covers are removed. */
    private static void merge(XWPFTableRow row) {
        row.removeCell(3);
        row.removeCell(2);
        CTTcPr pr = row.getCell(1).getCTTc().isSetTcPr() ? row.getCell(1).getCTTc().getTcPr() : row.getCell(1).getCTTc().addNewTcPr();
        pr.addNewGridSpan().setVal(BigInteger.valueOf(3));
    }

    private static void label(XWPFTableCell cell, String text) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        lines(p, text.split("\n"), true);
    }

    /** 主要事迹 written top to bottom, one character a line, as the paper form has it. */
    private static void vertical(XWPFTableCell cell, String text) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        lines(p, text.codePoints().mapToObj(Character::toString).toArray(String[]::new), true);
    }

    private static void text(XWPFTableCell cell, String text, ParagraphAlignment alignment) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(alignment);
        lines(p, (text == null ? "" : text).split("\n"), false);
    }

    /** An opinion cell: the opinion, then （盖章） and 年 月 日 to the right for the stamp. */
    private static void stamp(XWPFTableCell cell, String opinion) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.LEFT);
        lines(p, (opinion == null ? "" : opinion).split("\n"), false);
        XWPFParagraph seal = cell.addParagraph();
        seal.setAlignment(ParagraphAlignment.RIGHT);
        seal.setSpacingBefore(600);
        run(seal, "（盖章）", 14, false, FONT);
        XWPFParagraph date = cell.addParagraph();
        date.setAlignment(ParagraphAlignment.RIGHT);
        run(date, DATE_LINE, 14, false, FONT);
    }

    private static void lines(XWPFParagraph p, String[] lines, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily(bold ? "黑体" : FONT);
        r.setFontSize(14);
        r.setBold(bold);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak(BreakType.TEXT_WRAPPING);
            }
            r.setText(lines[i], i);
        }
    }

    private static void run(XWPFParagraph p, String text, double size, boolean bold, String font) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontFamily(font);
    }

    /** 表彰名单: the fixed list of a round, numbered, with name, unit and recommender. */
    public byte[] awards(long roundId) {
        RecommendationRound round = catalog.round(roundId);
        if (round.getStage() != RoundStage.FINISHED) {
            throw new RuleViolation("until", "表彰名单尚未确定");
        }
        List<Recommendation> winners = catalog.selected(round);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, awardsTitle(round), 18, true, "方正小标宋简体");
            XWPFTable t = doc.createTable(winners.size() + 1, 4);
            t.setWidth("100%");
            String[] head = {"序号", round.getFormPreset().subjectLabel(), "单位名称", "推荐单位"};
            for (int c = 0; c < head.length; c++) {
                label(t.getRow(0).getCell(c), head[c]);
            }
            for (int i = 0; i < winners.size(); i++) {
                Recommendation w = winners.get(i);
                XWPFTableRow row = t.getRow(i + 1);
                text(row.getCell(0), String.valueOf(i + 1), ParagraphAlignment.CENTER);
                text(row.getCell(1), w.getSubjectName(), ParagraphAlignment.LEFT);
                text(row.getCell(2), w.getUnitName() == null ? "" : w.getUnitName(), ParagraphAlignment.LEFT);
                text(row.getCell(3), w.getRecommender().getName(), ParagraphAlignment.LEFT);
            }
            XWPFParagraph sign = doc.createParagraph();
            sign.setAlignment(ParagraphAlignment.RIGHT);
            sign.setSpacingBefore(600);
            run(sign, round.getIssuer().getName(), 14, false, FONT);
            doc.write(out);
            events.publishEvent(ActionPerformed.of(AuditAction.EXPORT, "表彰名单", round.getId(), round.getTitle(),
                    winners.size() + "个"));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String awardsTitle(RecommendationRound round) {
        String base = round.getTitle().endsWith("推荐") ? round.getTitle().substring(0, round.getTitle().length() - 2) : round.getTitle();
        return base + "表彰名单";
    }
}
