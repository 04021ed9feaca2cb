package cn.kepu.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A 通报 in Word as offices print them (GB/T 9704): a 小标题宋 title, 仿宋 body with two characters' indent, 黑体
 * headings and table heads, the page margins of official documents, the issuer and date at the foot. Modules say what
 * the document holds, in order; this class says how it looks.
 */
public final class OfficialDocument {

    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String HEAD_FONT = "黑体";
    private static final String TITLE_FONT = "方正小标宋简体";

    private final XWPFDocument doc = new XWPFDocument();

    private OfficialDocument(String title) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(2098));
        mar.setBottom(BigInteger.valueOf(1984));
        mar.setLeft(BigInteger.valueOf(1588));
        mar.setRight(BigInteger.valueOf(1474));
        run(paragraph(ParagraphAlignment.CENTER), title, 22, false, TITLE_FONT);
    }

    public static OfficialDocument titled(String title) {
        return new OfficialDocument(title);
    }

    /** A centred line under the title: the period, the document number. */
    public OfficialDocument subtitle(String text) {
        run(paragraph(ParagraphAlignment.CENTER), text, 16, false, BODY_FONT);
        return this;
    }

    public OfficialDocument heading(String text) {
        run(paragraph(ParagraphAlignment.LEFT), text, 16, false, HEAD_FONT);
        return this;
    }

    public OfficialDocument body(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(640);
        run(p, text, 16, false, BODY_FONT);
        return this;
    }

    /** A table with a head row repeated on every page; a null cell is left empty. */
    public OfficialDocument table(List<String> head, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, head.size());
        table.setWidth("100%");
        for (int c = 0; c < head.size(); c++) {
            cell(table.getRow(0).getCell(c), head.get(c), true);
        }
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < head.size(); c++) {
                cell(table.getRow(r + 1).getCell(c), rows.get(r).get(c), false);
            }
        }
        return this;
    }

    /** The issuer and the date, right-aligned at the foot. */
    public OfficialDocument signed(String issuer, String date) {
        XWPFParagraph sign = paragraph(ParagraphAlignment.RIGHT);
        sign.setSpacingBefore(600);
        run(sign, issuer, 16, false, BODY_FONT);
        run(paragraph(ParagraphAlignment.RIGHT), date, 16, false, BODY_FONT);
        return this;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean head) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text == null ? "" : text, 10.5, head, head ? HEAD_FONT : BODY_FONT);
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        return p;
    }

    private static void run(XWPFParagraph p, String text, double size, boolean bold, String font) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontFamily(font);
    }
}
