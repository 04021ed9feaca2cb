package cn.kepu.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An uploaded .xlsx read as a table: finds the header row among the first rows, maps the expected columns by
 * their header text and reads cells as the user sees them. Anything that is not a readable .xlsx, or lacks a
 * required column, is refused with a Chinese message before a single row is looked at.
 */
public final class XlsxUpload {

    private static final int MAX_ROWS = 100_000;

    private final XSSFWorkbook workbook;
    private final Sheet sheet;
    private final int headerRow;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final DataFormatter formatter = new DataFormatter();

    private XlsxUpload(XSSFWorkbook workbook, int headerRow, Map<String, Integer> columns) {
        this.workbook = workbook;
        this.sheet = workbook.getSheetAt(0);
        this.headerRow = headerRow;
        this.columns.putAll(columns);
    }

    /**
     * @param required headers that must be present, in any order
     * @param optional headers read when present
     * @param template the template's name for messages, e.g. "组织机构导入模板"
     */
    public static XlsxUpload open(byte[] content, String template, Collection<String> required,
            Collection<String> optional) {
        if (content == null || content.length == 0) {
            throw new RuleViolation("file", "上传的文件是空的");
        }
        if (content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF) {
            throw new RuleViolation("file", "文件是旧版 .xls 格式或已加密，请在 Excel/WPS 中另存为 .xlsx（不设密码）后上传");
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            throw new RuleViolation("file", "无法读取文件，请上传 Excel 工作簿（.xlsx）");
        }
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw new RuleViolation("file", "无法读取文件，文件可能已损坏，请上传 Excel 工作簿（.xlsx）");
        }
        Sheet sheet = workbook.getSheetAt(0);
        if (sheet.getLastRowNum() > MAX_ROWS) {
            throw new RuleViolation("file", "文件行数超过上限 " + MAX_ROWS + " 行，请拆分后上传");
        }
        DataFormatter formatter = new DataFormatter();
        for (int r = 0; r <= Math.min(5, sheet.getLastRowNum()); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Integer> found = new HashMap<>();
            for (Cell cell : row) {
                String header = normalizeHeader(formatter.formatCellValue(cell));
                if (!header.isEmpty()) {
                    found.putIfAbsent(header, cell.getColumnIndex());
                }
            }
            if (found.keySet().containsAll(required)) {
                Map<String, Integer> wanted = new LinkedHashMap<>();
                for (String name : required) {
                    wanted.put(name, found.get(name));
                }
                for (String name : optional) {
                    if (found.containsKey(name)) {
                        wanted.put(name, found.get(name));
                    }
                }
                return new XlsxUpload(workbook, r, wanted);
            }
        }
        close(workbook);
        throw new RuleViolation("file", "文件不是" + template + "：表头应包含 " + String.join("、", required)
                + "，请下载模板后填写");
    }

    /**
     * Header cells often carry a required-marker, stray spaces or a parenthesized gloss: "单位名称*" reads as
     * "单位名称", "工作要求（要点）" as "工作要求".
     */
    private static String normalizeHeader(String text) {
        return text.replace("*", "").replace("＊", "").replaceAll("\\s+", "").replaceAll("[（(][^）)]*[）)]$", "");
    }

    /** The data rows as Excel numbers them (1-based), skipping rows with nothing in any mapped column. */
    public List<Integer> dataRows() {
        List<Integer> rows = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            int excelRow = r + 1;
            if (columns.keySet().stream().anyMatch(c -> !text(excelRow, c).isEmpty())) {
                rows.add(excelRow);
            }
        }
        return rows;
    }

    /** The cell's text as displayed, trimmed; empty when the cell or its column is absent. */
    public String text(int excelRow, String column) {
        Integer index = columns.get(column);
        Row row = sheet.getRow(excelRow - 1);
        if (index == null || row == null) {
            return "";
        }
        Cell cell = row.getCell(index);
        return cell == null ? "" : formatter.formatCellValue(cell).strip();
    }

    /** The cell's date and time when Excel or WPS stored it as a date (not as text), else empty. */
    public Optional<LocalDateTime> dateTime(int excelRow, String column) {
        Integer index = columns.get(column);
        Row row = sheet.getRow(excelRow - 1);
        if (index == null || row == null || row.getCell(index) == null) {
            return Optional.empty();
        }
        Cell cell = row.getCell(index);
        if (cell.getCellType() == CellType.NUMERIC
                && DateUtil.isCellDateFormatted(cell)) {
            return Optional.ofNullable(cell.getLocalDateTimeCellValue());
        }
        return Optional.empty();
    }

    /**
     * The upload itself with each problem's cell filled red and commented, and the reasons of a row in a last
     * column 错误说明, so the user fixes their own file instead of a new one.
     */
    public byte[] marked(List<ImportProblem> problems) {
        CellStyle bad = workbook.createCellStyle();
        bad.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        bad.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        int reasonColumn = Math.max(sheet.getRow(headerRow).getLastCellNum(), 0);
        sheet.getRow(headerRow).createCell(reasonColumn).setCellValue("错误说明");
        sheet.setColumnWidth(reasonColumn, 60 * 256);
        Map<Integer, List<String>> reasons = new LinkedHashMap<>();
        for (ImportProblem problem : problems) {
            reasons.computeIfAbsent(problem.row(), r -> new ArrayList<>()).add(problem.column() + "：" + problem.message());
            Row row = sheet.getRow(problem.row() - 1);
            if (row == null) {
                row = sheet.createRow(problem.row() - 1);
            }
            Integer index = columns.get(problem.column());
            if (index == null) {
                continue;
            }
            Cell cell = row.getCell(index);
            if (cell == null) {
                cell = row.createCell(index);
            }
            cell.setCellStyle(bad);
            if (cell.getCellComment() == null) {
                ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                anchor.setCol1(index);
                anchor.setCol2(index + 3);
                anchor.setRow1(problem.row() - 1);
                anchor.setRow2(problem.row() + 2);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(workbook.getCreationHelper().createRichTextString(problem.message()));
                cell.setCellComment(comment);
            }
        }
        reasons.forEach((row, list) -> sheet.getRow(row - 1).createCell(reasonColumn).setCellValue(String.join("；", list)));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void close() {
        close(workbook);
    }

    private static void close(XSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // Reading from memory: nothing to release that matters.
        }
    }
}
