package cn.kepu.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet the way the associations' own tables look: a merged title row, a bold frozen header, readable
 * column widths, then rows. Streams rows to disk, so large exports run in little memory.
 */
public final class XlsxTable implements AutoCloseable {

    /** Row index of the header: row 0 is the title. Imports read their templates with the same layout. */
    public static final int HEADER_ROW = 1;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet;
    private final CellStyle body;
    private final CellStyle dateStyle;
    private final int columns;
    private int next = HEADER_ROW + 1;

    private XlsxTable(String sheetName, String title, List<String> headers) {
        this.sheet = workbook.createSheet(sheetName);
        this.columns = headers.size();

        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        titleFont.setFontName("宋体");
        CellStyle titleStyle = workbook.createCellStyle();
        titleStyle.setFont(titleFont);
        titleStyle.setAlignment(HorizontalAlignment.CENTER);
        titleStyle.setVerticalAlignment(VerticalAlignment.CENTER);
        Row titleRow = sheet.createRow(0);
        titleRow.setHeightInPoints(30);
        titleRow.createCell(0).setCellValue(title);
        titleRow.getCell(0).setCellStyle(titleStyle);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        }

        Font headerFont = workbook.createFont();
        headerFont.setBold(true);
        CellStyle headerStyle = bordered();
        headerStyle.setFont(headerFont);
        headerStyle.setAlignment(HorizontalAlignment.CENTER);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Row header = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < columns; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, Math.max(10, headers.get(i).length() * 2 + 4) * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);

        this.body = bordered();
        body.setWrapText(true);
        body.setVerticalAlignment(VerticalAlignment.CENTER);
        this.dateStyle = bordered();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
    }

    public static XlsxTable of(String sheetName, String title, List<String> headers) {
        return new XlsxTable(sheetName, title, headers);
    }

    /** Widths in characters; a Chinese character counts as two. */
    public XlsxTable widths(int... chars) {
        for (int i = 0; i < chars.length && i < columns; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
        return this;
    }

    /** Offers a drop-down list in this column for the first {@code rows} data rows (templates). */
    public XlsxTable dropdown(int column, List<String> values, int rows) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(HEADER_ROW + 1, HEADER_ROW + rows, column, column));
        validation.setShowErrorBox(true);
        validation.createErrorBox("输入有误", "请从下拉列表中选择");
        sheet.addValidationData(validation);
        return this;
    }

    public XlsxTable row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            Object value = values[i];
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(body);
            } else if (value instanceof LocalDateTime time) {
                cell.setCellValue(time);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date.toString());
                cell.setCellStyle(body);
            } else {
                cell.setCellValue(value == null ? "" : value.toString());
                cell.setCellStyle(body);
            }
        }
        return this;
    }

    /** Merges one column's cells over data rows {@code first}..{@code last} (sheet row indexes), e.g. a category. */
    public XlsxTable merge(int first, int last, int column) {
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(first, last, column, column));
        }
        return this;
    }

    /** The sheet row index the next {@link #row} call writes. */
    public int nextRow() {
        return next;
    }

    /** Rows written so far, the title and header included. */
    public int rowCount() {
        return next;
    }

    /** The workbook in a temporary file, for answers too large to hold in memory; the caller deletes it. */
    public java.nio.file.Path toTempFile() {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("kepu-export-", ".xlsx");
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close();
        }
    }

    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
