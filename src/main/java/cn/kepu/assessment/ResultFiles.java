package cn.kepu.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;

import cn.kepu.support.XlsxTable;

/**
 * A scheme's results as files: the ranking as an .xlsx (every indicator, first and second level, with its score), and
 * the 通报 as a .docx in the layout of an official notice — written with POI's Word model, paragraph by paragraph, so
 * WPS and Word open the same document.
 */
@Component
class ResultFiles {

    byte[] sheet(Results.Board board) {
        Indicator tree = board.tree();
        List<String> headers = new ArrayList<>(List.of("名次", "单位", "总分"));
        List<Indicator> columns = new ArrayList<>();
        for (Indicator top : tree.children()) {
            columns.add(top);
            headers.add(top.name() + "（" + plain(top.points()) + "）");
            for (Indicator child : top.children()) {
                columns.add(child);
                headers.add(top.name() + " · " + child.name() + "（" + plain(child.points()) + "）");
            }
        }
        headers.add("等次");
        boolean compared = !board.lastYear().isEmpty();
        if (compared) {
            headers.add("较上年");
        }
        Scheme s = board.scheme();
        try (XlsxTable table = XlsxTable.of("考核结果", s.getTitle() + "结果" + (s.getFrozenAt() == null ? "（实时数据）" : ""), headers)) {
            for (Assessing.Result r : board.rows()) {
                List<Object> row = new ArrayList<>(List.of(r.rank(), r.organizationName(), r.score().scored()));
                List<Indicator.Score> scores = new ArrayList<>();
                for (Indicator.Score top : r.score().children()) {
                    scores.add(top);
                    scores.addAll(top.children());
                }
                scores.forEach(sc -> row.add(sc.scored()));
                row.add(r.grade());
                if (compared) {
                    BigDecimal change = board.change(r);
                    row.add(change == null ? "" : change);
                }
                table.row(row.toArray());
            }
            return table.toBytes();
        }
    }

    /** 关于{year}年度…考核结果的通报: issuer, 文号, title, the body as written, the ranking table, the 表扬 list. */
    byte[] bulletin(Results.Board board, String body, LocalDate date) {
        Scheme s = board.scheme();
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, s.getIssuer().getName() + "文件", 26, true, ParagraphAlignment.CENTER, "C00000");
            if (s.getDocumentNumber() != null) {
                paragraph(doc, s.getDocumentNumber(), 16, false, ParagraphAlignment.CENTER, null);
            }
            paragraph(doc, title(s), 22, true, ParagraphAlignment.CENTER, null);
            for (String line : body.split("\\R")) {
                if (!line.isBlank()) {
                    XWPFParagraph p = paragraph(doc, line.strip(), 16, false, ParagraphAlignment.BOTH, null);
                    p.setIndentationFirstLine(640);
                }
            }
            paragraph(doc, "附件：" + s.getYear() + "年度考核结果", 16, true, ParagraphAlignment.LEFT, null);
            XWPFTable table = doc.createTable(board.rows().size() + 1, 4 + board.tree().children().size());
            table.setWidth("100%");
            List<String> head = new ArrayList<>(List.of("名次", "单位", "总分"));
            board.tree().children().forEach(top -> head.add(top.name()));
            head.add("等次");
            fill(table.getRow(0), head, true);
            for (int i = 0; i < board.rows().size(); i++) {
                Assessing.Result r = board.rows().get(i);
                List<String> cells = new ArrayList<>(List.of(String.valueOf(r.rank()), r.organizationName(), plain(r.score().scored())));
                r.score().children().forEach(c -> cells.add(plain(c.scored())));
                cells.add(r.grade());
                fill(table.getRow(i + 1), cells, false);
            }
            List<String> praised = praised(board);
            if (!praised.isEmpty()) {
                paragraph(doc, "对以下考核结果为“" + board.rows().get(0).grade() + "”的单位予以通报表扬：", 16, false, ParagraphAlignment.LEFT, null)
                        .setIndentationFirstLine(640);
                paragraph(doc, String.join("、", praised), 16, false, ParagraphAlignment.LEFT, null).setIndentationFirstLine(640);
            }
            paragraph(doc, s.getIssuer().getName(), 16, false, ParagraphAlignment.RIGHT, null);
            paragraph(doc, date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日", 16, false,
                    ParagraphAlignment.RIGHT, null);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String title(Scheme s) {
        String what = s.getTitle().replaceFirst("^" + java.util.regex.Pattern.quote(s.getIssuer().getName()), "")
                .replaceFirst("^.*?(\\d{4}年度?)", "$1");
        return "关于" + (what.startsWith(String.valueOf(s.getYear())) ? what : s.getYear() + "年度" + what) + "结果的通报";
    }

    /** The body a bulletin starts from, for the issuer to edit. */
    static String defaultBody(Results.Board board) {
        Scheme s = board.scheme();
        return "各被考核单位：\n根据《" + s.getTitle() + "》，" + s.getIssuer().getName() + "对" + board.rows().size()
                + "个单位" + s.getYear() + "年度科普工作进行了考核。经单位自评、考核评分和结果公示，现将考核结果通报如下。\n"
                + "希望受到表扬的单位再接再厉，其他单位对照考核指标查找差距，推动科普工作再上新台阶。";
    }

    private static List<String> praised(Results.Board board) {
        if (board.rows().isEmpty()) {
            return List.of();
        }
        String top = board.rows().get(0).grade();
        return board.rows().stream().filter(r -> r.grade().equals(top)).map(Assessing.Result::organizationName).toList();
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, int size, boolean bold, ParagraphAlignment align,
            String color) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(120);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily("仿宋_GB2312");
        if (color != null) {
            run.setColor(color);
        }
        return p;
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean head) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = p.createRun();
            run.setText(cells.get(i));
            run.setBold(head);
            run.setFontSize(12);
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
