package cn.kepu.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The workbook reader answers every file: a table, or a refusal in Chinese — never another exception, never a slow
 * case. A real workbook mutated at random: bytes flipped, cut short, junk inserted into the sheet's XML (unclosed
 * tags, entities, huge numbers, references far outside the sheet), entries dropped — for a bounded time.
 */
class WorkbookFuzzTests {

    private static final String[] JUNK = {"<", ">", "</c>", "<row r=\"0\">", "<row r=\"2147483647\">", "<c r=\"XFD1048576\">",
            "<c r=\"A1\" t=\"s\"><v>99999</v></c>", "<c t=\"n\"><v>1e309</v></c>", "<c t=\"inlineStr\"><is><t>科普</t></is></c>",
            "&amp;", "&bogus;", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "\u0000", "<![CDATA[", "<c r=\"A-1\">", "<v>-0</v>",
            "<c s=\"9999\"><v>45000</v></c>", "<row r=\"3\" spans=\"1:99999\">"};

    @Test
    @DisplayName("随机改坏的工作簿：要么读出表格，要么得到中文说明，从不抛出别的异常，每个都很快")
    void everyFileIsAnswered() throws IOException {
        Workbooks workbooks = WorkbooksTests.workbooks(5_000, 100_000, 200_000, 4);
        byte[] valid = WorkbooksTests.sheet(20, 0);
        Random random = new Random(20261204L);
        // A fixed number of mutations, not as many as fit in some seconds: on a busy CI machine the count fell short.
        int runs = 0;
        int read = 0;
        while (runs < 60) {
            int how = runs % 4;
            byte[] file = switch (how) {
                case 0 -> flip(valid, random);
                case 1 -> java.util.Arrays.copyOf(valid, random.nextInt(valid.length));
                case 2 -> rewriteSheet(valid, xml -> insertJunk(xml, random));
                default -> dropEntry(valid, random);
            };
            long started = System.nanoTime();
            try (XlsxUpload upload = workbooks.open(file, "活动项目汇总表", WorkbooksTests.REQUIRED, List.of("备注"))) {
                for (int row : upload.dataRows()) {
                    upload.text(row, "活动名称");
                    upload.dateTime(row, "活动时间");
                }
                upload.marked(List.of(new ImportProblem(3, "活动时间", "测试")));
                read++;
            } catch (RuleViolation refusal) {
                assertThat(refusal.getMessage()).containsPattern("\\p{IsHan}").doesNotContain("Exception");
            } catch (RuntimeException e) {
                fail("mutation " + how + " of run " + runs + ": " + e, e);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("run " + runs).isLessThan(Duration.ofSeconds(3));
            runs++;
        }
        assertThat(read).as("some mutated files are still workbooks").isPositive();
    }

    private static byte[] flip(byte[] valid, Random random) {
        byte[] copy = valid.clone();
        for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static String insertJunk(String xml, Random random) {
        StringBuilder s = new StringBuilder(xml);
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            s.insert(random.nextInt(s.length()), JUNK[random.nextInt(JUNK.length)]);
        }
        return s.toString();
    }

    private static byte[] rewriteSheet(byte[] xlsx, java.util.function.UnaryOperator<String> change) throws IOException {
        return rewrite(xlsx, (name, data) -> name.equals("xl/worksheets/sheet1.xml")
                ? change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : data);
    }

    private static byte[] dropEntry(byte[] xlsx, Random random) throws IOException {
        String[] parts = {"xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml",
                "[Content_Types].xml", "xl/_rels/workbook.xml.rels"};
        String dropped = parts[random.nextInt(parts.length)];
        return rewrite(xlsx, (name, data) -> name.equals(dropped) ? null : data);
    }

    interface Change {
        byte[] apply(String name, byte[] data);
    }

    private static byte[] rewrite(byte[] xlsx, Change change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] data = change.apply(entry.getName(), in.readAllBytes());
                if (data != null) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(data);
                    zip.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }
}
