package cn.kepu.works;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;

/**
 * 获奖名单 (.docx): by category, then award, each work's title, authors and unit — never a phone — in the style of the
 * statistics bulletin (仿宋, a centred title, a table per category).
 */
@Component
class AwardList {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final WorkCatalog catalog;
    private final Clock clock;

    AwardList(WorkCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    byte[] write(WorkCall call) {
        List<Work> awarded = catalog.awarded(call);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            run(paragraph(doc, ParagraphAlignment.CENTER), call.getTitle() + "获奖名单", 22, true);
            run(paragraph(doc, ParagraphAlignment.CENTER), call.getIssuer().getName() + "　"
                    + DAY.format(LocalDate.now(clock)), 12, false);
            XWPFParagraph intro = paragraph(doc, ParagraphAlignment.BOTH);
            intro.setIndentationFirstLine(640);
            run(intro, "经形式审查和专家评审，评出获奖作品" + awarded.size() + "件，名单如下。", 14, false);
            for (CallCategory c : call.getCategories()) {
                List<Work> of = awarded.stream().filter(w -> w.getCategory() == c.getCategory()).toList();
                if (of.isEmpty()) {
                    continue;
                }
                run(paragraph(doc, ParagraphAlignment.LEFT), c.getCategory().label() + "类（" + of.size() + "件）", 16, true);
                XWPFTable table = doc.createTable(of.size() + 1, 5);
                table.setWidth("100%");
                String[] head = {"序号", "奖项", "作品名称", "作者", "作者单位"};
                for (int i = 0; i < head.length; i++) {
                    cell(table.getRow(0), i, head[i], true);
                }
                for (int i = 0; i < of.size(); i++) {
                    Work w = of.get(i);
                    XWPFTableRow row = table.getRow(i + 1);
                    cell(row, 0, String.valueOf(i + 1), false);
                    cell(row, 1, w.getAward().label(), false);
                    cell(row, 2, w.getTitle(), false);
                    cell(row, 3, w.getAuthors(), false);
                    cell(row, 4, w.getAuthorUnit(), false);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        run(row.getCell(column).getParagraphs().get(0), text, 10.5, bold);
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
}
