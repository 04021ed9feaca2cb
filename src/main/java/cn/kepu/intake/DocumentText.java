package cn.kepu.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import cn.kepu.support.Bytes;

/**
 * The text of an uploaded document, judged by its content: .docx (paragraphs and tables in order, table rows as
 * tab-separated lines), .pdf with a text layer, or text (UTF-8, else GB18030). Anything else gets a Chinese
 * message saying what is wrong with it.
 */
final class DocumentText {

    /** Why a document cannot be read; the message is for the person who uploaded it. */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message);
        }
    }

    private DocumentText() {
    }

    public static String read(String name, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new Unreadable("文件是空的");
        }
        if (content.length > maxBytes) {
            throw new Unreadable("文件超过" + maxBytes / 1024 / 1024 + " MB 的大小限制");
        }
        if (Bytes.startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new Unreadable("文件是旧版 Word（.doc）或已加密，请另存为 .docx（不设密码）后上传");
        }
        if (Bytes.startsWith(content, 'P', 'K', 3, 4)) {
            return docx(content);
        }
        if (Bytes.startsWith(content, '%', 'P', 'D', 'F')) {
            return pdf(content);
        }
        return text(content);
    }

    private static String docx(byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    out.append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        List<String> cells = row.getTableCells().stream()
                                .map(c -> c.getText().replace('\n', ' ').replace('\t', ' ')).toList();
                        out.append(String.join("\t", cells)).append('\n');
                    }
                }
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("无法读取 Word 文件：文件不是 .docx 或已损坏");
        }
    }

    private static String pdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            if (text.strip().length() < 20) {
                throw new Unreadable("PDF 中没有文字层（可能是扫描件），请上传带文字的 PDF 或 Word 文件，或粘贴文字");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new Unreadable("PDF 已加密，请去掉密码后上传");
        } catch (IOException e) {
            throw new Unreadable("无法读取 PDF 文件：文件已损坏");
        }
    }

    private static String text(byte[] content) {
        int controls = 0;
        for (int i = 0; i < Math.min(content.length, 4096); i++) {
            int b = content[i] & 0xFF;
            if (b == 0 || b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
                controls++;
            }
        }
        if (controls > 8) {
            throw new Unreadable("文件不是可识别的文档：请上传 .docx、带文字的 .pdf、.txt 或 .md 文件，或直接粘贴文字");
        }
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            try {
                String s = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
                return s.startsWith("\uFEFF") ? s.substring(1) : s;
            } catch (CharacterCodingException tryNext) {
                // not this encoding
            }
        }
        throw new Unreadable("无法识别文件的文字编码，请另存为 UTF-8 后上传");
    }

}
