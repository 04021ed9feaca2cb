package cn.kepu.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** What an uploaded workbook may hold, and how many are read at once: every refusal in Chinese, nothing read whole. */
class WorkbooksTests {

    static final List<String> REQUIRED = List.of("活动名称", "活动时间");

    static Workbooks workbooks(int maxRows, int maxCells, int markInPlaceCells, int concurrent) {
        return workbooks(maxRows, maxCells, 10_000_000, markInPlaceCells, concurrent);
    }

    static Workbooks workbooks(int maxRows, int maxCells, long maxCharacters, int markInPlaceCells, int concurrent) {
        return new Workbooks(maxRows, 100, maxCells, maxCharacters, DataSize.ofMegabytes(64), markInPlaceCells,
                DataSize.ofMegabytes(512), 0.01, concurrent, Duration.ofMillis(200), new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

    static Workbooks workbooks() {
        return workbooks(1000, 100_000, 200_000, 2);
    }

    /** A sheet with a title row, the header, then {@code rows} activities; the time of each a real date cell. */
    static byte[] sheet(int rows, int extraColumn) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("汇总表");
            sheet.createRow(0).createCell(0).setCellValue("2026年全国科普日活动项目汇总表");
            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue("活动名称*");
            header.createCell(1).setCellValue("活动时间");
            header.createCell(2).setCellValue("备注（选填）");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d h:mm"));
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r + 2);
                row.createCell(0).setCellValue("科普进社区" + (r + 1));
                row.createCell(1).setCellValue(LocalDateTime.of(2026, 9, 15, 9, 0).plusDays(r % 7));
                row.getCell(1).setCellStyle(date);
                row.createCell(2).setCellValue(r + 1);
                if (extraColumn > 0) {
                    row.createCell(extraColumn).setCellValue("多余");
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    @DisplayName("逐行读取：找到表头后按列读出显示的文字和日期单元格的时间；只读需要的列")
    void readsTheSheetAsShown() throws IOException {
        try (XlsxUpload upload = workbooks().open(sheet(3, 0), "活动项目汇总表", REQUIRED, List.of("备注"))) {
            assertThat(upload.dataRows()).containsExactly(3, 4, 5);
            assertThat(upload.text(3, "活动名称")).isEqualTo("科普进社区1");
            assertThat(upload.text(4, "备注")).isEqualTo("2");
            assertThat(upload.text(3, "活动时间")).isEqualTo("2026/9/15 9:00");
            assertThat(upload.dateTime(4, "活动时间")).contains(LocalDateTime.of(2026, 9, 16, 9, 0));
            assertThat(upload.dateTime(4, "活动名称")).isEmpty();
        }
    }

    @Test
    @DisplayName("超过行数、列数、单元格数上限的工作簿被拒绝，并说明上限")
    void limits() throws IOException {
        assertThatThrownBy(() -> workbooks(20, 100_000, 200_000, 2).open(sheet(30, 0), "活动项目汇总表", REQUIRED, List.of()))
                .isInstanceOf(RuleViolation.class).hasMessage("文件行数超过上限 20 行，请拆分后上传");
        assertThatThrownBy(() -> workbooks().open(sheet(3, 150), "活动项目汇总表", REQUIRED, List.of()))
                .hasMessage("文件列数超过上限 100 列（EU3 有内容），请删除多余的列后上传");
        assertThatThrownBy(() -> workbooks(1000, 50, 200_000, 2).open(sheet(30, 0), "活动项目汇总表", REQUIRED, List.of()))
                .hasMessage("文件的单元格数超过上限 50 个，请拆分后上传");
        assertThatThrownBy(() -> workbooks(100_000, 100_000, 50_000, 200_000, 2).open(sheet(4_000, 0), "活动项目汇总表", REQUIRED, List.of()))
                .hasMessage("文件中的文字超过上限 5 万字，请拆分后上传");
    }

    @Test
    @DisplayName("前几行没有表头的文件在第7行就被拒绝，不再往下读；损坏的文件说明原因")
    void notTheTemplate() throws IOException {
        assertThatThrownBy(() -> workbooks().open(sheet(3, 0), "活动项目汇总表", List.of("活动名称", "联系电话"), List.of()))
                .hasMessage("文件不是活动项目汇总表：表头应包含 活动名称、联系电话，请下载模板后填写");
        byte[] broken = sheet(3, 0);
        byte[] truncated = java.util.Arrays.copyOf(broken, broken.length / 2);
        assertThatThrownBy(() -> workbooks().open(truncated, "活动项目汇总表", REQUIRED, List.of()))
                .hasMessageContaining("无法读取文件");
    }

    @Test
    @DisplayName("解压后比压缩包大几百倍的工作表（压缩炸弹）被拒绝")
    void zipBomb() throws IOException {
        byte[] bomb = inflateSheet(sheet(3, 0), 40 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(200 * 1024);
        assertThatThrownBy(() -> workbooks().open(bomb, "活动项目汇总表", REQUIRED, List.of()))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("文件解压后过大");
    }

    @Test
    @DisplayName("同时导入的文件数有上限：多出的等待片刻后得到“系统繁忙”，前一个关闭后即可导入")
    void aFewAtATime() throws IOException {
        Workbooks one = workbooks(1000, 100_000, 200_000, 1);
        byte[] content = sheet(3, 0);
        XlsxUpload first = one.open(content, "活动项目汇总表", REQUIRED, List.of());
        assertThatThrownBy(() -> one.open(content, "活动项目汇总表", REQUIRED, List.of()))
                .isInstanceOf(Workbooks.Busy.class).hasMessage("系统繁忙：同时进行的导入较多，请稍后再试");
        first.close();
        try (XlsxUpload second = one.open(content, "活动项目汇总表", REQUIRED, List.of())) {
            assertThat(second.dataRows()).hasSize(3);
        }
        // A refused file gives its place back too.
        assertThatThrownBy(() -> one.open(new byte[] {'P', 'K', 3, 4}, "活动项目汇总表", REQUIRED, List.of()))
                .hasMessageContaining("无法读取文件");
        one.open(content, "活动项目汇总表", REQUIRED, List.of()).close();
    }

    @Test
    @DisplayName("标出错误：小文件在原文件上标红并批注，大文件返回逐行写出的副本，同样标红并写明错误说明")
    void marked() throws IOException {
        List<ImportProblem> problems = List.of(new ImportProblem(4, "活动时间", "时间不在活动期间"));
        for (int markInPlace : new int[] {200_000, 10}) {
            try (XlsxUpload upload = workbooks(1000, 100_000, markInPlace, 2).open(sheet(3, 0), "活动项目汇总表", REQUIRED, List.of());
                    XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(upload.marked(problems)))) {
                Sheet sheet = back.getSheetAt(0);
                assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("错误说明");
                assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("活动时间：时间不在活动期间");
                assertThat(sheet.getRow(3).getCell(1).getCellStyle().getFillForegroundColor()).isNotEqualTo((short) 64);
                assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("科普进社区1");
                assertThat(sheet.getRow(3).getCell(1).getCellComment() != null).isEqualTo(markInPlace > 10);
            }
        }
    }

    @Test
    @DisplayName("错误很多的文件：页面只列前200处并说明其余在标注文件中")
    void aPageListsTheFirstProblems() {
        List<ImportProblem> many = java.util.stream.IntStream.rangeClosed(3, 502)
                .mapToObj(r -> new ImportProblem(r, "活动时间", "无法识别")).toList();
        ImportRejected rejected = new ImportRejected(many, new byte[0]);
        assertThat(rejected.getMessage()).isEqualTo("文件中有500处错误，未导入任何数据");
        assertThat(rejected.shown()).hasSize(200).first().extracting(ImportProblem::row).isEqualTo(3);
        assertThat(rejected.notShown()).isEqualTo(300);
    }

    /** The same workbook with its sheet's XML padded by {@code bytes} of blanks, which compress to almost nothing. */
    static byte[] inflateSheet(byte[] xlsx, int bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    data = xml.replace("<sheetData>", "<sheetData>" + " ".repeat(bytes)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
