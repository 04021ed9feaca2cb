package cn.kepu.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * An uploaded .xlsx read as a table: its first sheet streamed row by row (never the whole workbook in memory) into
 * the text of its cells as the user sees them, within {@link Workbooks.Limits}; then the header row is found among the
 * first rows and the expected columns mapped by their header text. Anything that is not a readable .xlsx, is too
 * large, or lacks a required column is refused with a Chinese message before a single row is looked at. Opened
 * through {@link Workbooks}; closing it removes the file and lets the next import in.
 */
public final class XlsxUpload implements AutoCloseable {

    private static final int HEADER_SEARCH = 6;

    private final Path file;
    private final SheetText sheet;
    private final int headerRow;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final Workbooks.Limits limits;
    private final Runnable onClose;

    private XlsxUpload(Path file, SheetText sheet, int headerRow, Map<String, Integer> columns, Workbooks.Limits limits,
            Runnable onClose) {
        this.file = file;
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.columns.putAll(columns);
        this.limits = limits;
        this.onClose = onClose;
    }

    /**
     * @param required headers that must be present, in any order
     * @param optional headers read when present
     * @param template the template's name for messages, e.g. "组织机构导入模板"
     */
    static XlsxUpload open(byte[] content, String template, Collection<String> required, Collection<String> optional,
            Workbooks.Limits limits, Runnable onClose) {
        if (content == null || content.length == 0) {
            throw new RuleViolation("file", "上传的文件是空的");
        }
        if (content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF) {
            throw new RuleViolation("file", "文件是旧版 .xls 格式或已加密，请在 Excel/WPS 中另存为 .xlsx（不设密码）后上传");
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            throw new RuleViolation("file", "无法读取文件，请上传 Excel 工作簿（.xlsx）");
        }
        Path file = null;
        try {
            // From a file, POI inflates one part at a time as it is read; from memory it would inflate them all first.
            file = Files.createTempFile("kepu-upload-", ".xlsx");
            Files.write(file, content);
            Header wanted = new Header(template, required, optional);
            SheetText sheet = SheetText.read(file, limits, wanted);
            return new XlsxUpload(file, sheet, sheet.headerRow, sheet.columns, limits, onClose);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** The columns an import expects, found by their header text in one of the first rows. */
    private record Header(String template, Collection<String> required, Collection<String> optional) {

        /** The wanted columns' indexes if these cells are their header row, required first. */
        Optional<Map<String, Integer>> match(String[] cells) {
            Map<String, Integer> found = new HashMap<>();
            for (int c = 0; c < cells.length; c++) {
                String header = cells[c] == null ? "" : normalizeHeader(cells[c]);
                if (!header.isEmpty()) {
                    found.putIfAbsent(header, c);
                }
            }
            if (!found.keySet().containsAll(required)) {
                return Optional.empty();
            }
            Map<String, Integer> wanted = new LinkedHashMap<>();
            required.forEach(name -> wanted.put(name, found.get(name)));
            optional.stream().filter(found::containsKey).forEach(name -> wanted.put(name, found.get(name)));
            return Optional.of(wanted);
        }

        RuleViolation missing() {
            return new RuleViolation("file", "文件不是" + template + "：表头应包含 " + String.join("、", required)
                    + "，请下载模板后填写");
        }
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
        for (int r : sheet.rowIndexes()) {
            int excelRow = r + 1;
            if (r > headerRow && columns.keySet().stream().anyMatch(c -> !text(excelRow, c).isEmpty())) {
                rows.add(excelRow);
            }
        }
        return rows;
    }

    /** The cell's text as displayed, trimmed; empty when the cell or its column is absent. */
    public String text(int excelRow, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return "";
        }
        String[] row = sheet.row(excelRow - 1);
        return index < row.length && row[index] != null ? row[index].strip() : "";
    }

    /** The cell's date and time when Excel or WPS stored it as a date (not as text), else empty. */
    public Optional<LocalDateTime> dateTime(int excelRow, String column) {
        Integer index = columns.get(column);
        return index == null ? Optional.empty() : sheet.date(excelRow - 1, index);
    }

    /**
     * The upload itself with each problem's cell filled red and commented, and the reasons of a row in a last
     * column 错误说明, so the user fixes their own file instead of a new one. A sheet too large to open whole comes
     * back as its text, streamed, with the same marks and reasons but without comments.
     */
    public byte[] marked(List<ImportProblem> problems) {
        Map<Integer, List<ImportProblem>> byRow = new TreeMap<>();
        problems.forEach(p -> byRow.computeIfAbsent(p.row(), r -> new ArrayList<>()).add(p));
        if (sheet.cells() <= limits.markInPlaceCells()) {
            try (XSSFWorkbook whole = whole(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                markInPlace(whole, byRow);
                whole.write(out);
                return out.toByteArray();
            } catch (IOException | RuntimeException e) {
                // A part the streamed reading never needed is damaged, or the whole file reads otherwise: copy instead.
            }
        }
        SXSSFWorkbook copy = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            markCopy(copy, byRow);
            copy.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            copy.dispose();
        }
    }

    /** The upload opened whole, to mark in place. */
    private XSSFWorkbook whole() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private void markInPlace(XSSFWorkbook workbook, Map<Integer, List<ImportProblem>> byRow) {
        Sheet first = workbook.getSheetAt(0);
        CellStyle bad = badStyle(workbook);
        Drawing<?> drawing = first.createDrawingPatriarch();
        int reasonColumn = Math.max(first.getRow(headerRow).getLastCellNum(), 0);
        first.getRow(headerRow).createCell(reasonColumn).setCellValue("错误说明");
        first.setColumnWidth(reasonColumn, 60 * 256);
        byRow.forEach((excelRow, list) -> {
            Row row = first.getRow(excelRow - 1) == null ? first.createRow(excelRow - 1) : first.getRow(excelRow - 1);
            for (ImportProblem problem : list) {
                Integer index = columns.get(problem.column());
                if (index == null) {
                    continue;
                }
                Cell cell = row.getCell(index) == null ? row.createCell(index) : row.getCell(index);
                cell.setCellStyle(bad);
                if (cell.getCellComment() == null) {
                    ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                    anchor.setCol1(index);
                    anchor.setCol2(index + 3);
                    anchor.setRow1(excelRow - 1);
                    anchor.setRow2(excelRow + 2);
                    Comment comment = drawing.createCellComment(anchor);
                    comment.setString(workbook.getCreationHelper().createRichTextString(problem.message()));
                    cell.setCellComment(comment);
                }
            }
            row.createCell(reasonColumn).setCellValue(reasons(list));
        });
    }

    private void markCopy(Workbook workbook, Map<Integer, List<ImportProblem>> byRow) {
        Sheet copy = workbook.createSheet("导入错误");
        CellStyle bad = badStyle(workbook);
        int reasonColumn = sheet.row(headerRow).length;
        copy.setColumnWidth(reasonColumn, 60 * 256);
        for (int r : sheet.rowIndexes()) {
            Row row = copy.createRow(r);
            String[] cells = sheet.row(r);
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] != null) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            List<ImportProblem> list = byRow.getOrDefault(r + 1, List.of());
            for (ImportProblem problem : list) {
                Integer index = columns.get(problem.column());
                if (index != null) {
                    (row.getCell(index) == null ? row.createCell(index) : row.getCell(index)).setCellStyle(bad);
                }
            }
            if (r == headerRow) {
                row.createCell(reasonColumn).setCellValue("错误说明");
            } else if (!list.isEmpty()) {
                row.createCell(reasonColumn).setCellValue(reasons(list));
            }
        }
    }

    private static CellStyle badStyle(Workbook workbook) {
        CellStyle bad = workbook.createCellStyle();
        bad.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        bad.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return bad;
    }

    private static String reasons(List<ImportProblem> problems) {
        return String.join("；", problems.stream().map(p -> p.column() + "：" + p.message()).toList());
    }

    @Override
    public void close() {
        delete(file);
        onClose.run();
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file left behind is removed with the temp directory; the import itself is done.
            }
        }
    }

    /**
     * The first sheet's cells as text (and the dates among them), read by a SAX parser within the limits. Once the
     * header row is found only the wanted columns are kept; a sheet without it among its first rows is refused there.
     */
    private static final class SheetText implements XSSFSheetXMLHandler.SheetContentsHandler {

        private static final String[] EMPTY = new String[0];

        private final Workbooks.Limits limits;
        private final Header wanted;
        private int headerRow = -1;
        private Map<String, Integer> columns = Map.of();
        private boolean[] kept = new boolean[0];
        private final DateCapture formatter = new DateCapture();
        private final TreeMap<Integer, String[]> rows = new TreeMap<>();
        private final Map<Long, LocalDateTime> dates = new HashMap<>();
        private List<String> current = new ArrayList<>();
        private int currentRow;
        private long cells;
        private long characters;

        private SheetText(Workbooks.Limits limits, Header wanted) {
            this.limits = limits;
            this.wanted = wanted;
        }

        static SheetText read(Path file, Workbooks.Limits limits, Header wanted) {
            OPCPackage pkg = null;
            try {
                pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                for (PackagePart strings : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
                    if (strings.getSize() > limits.maxTextBytes()) {
                        throw new RuleViolation("file", "文件中的文字超过上限 " + limits.maxTextBytes() / (1024 * 1024)
                                + " MB，请拆分后上传");
                    }
                }
                XSSFReader reader = new XSSFReader(pkg);
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new RuleViolation("file", "文件中没有工作表");
                }
                SheetText text = new SheetText(limits, wanted);
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(pkg, false),
                        text, text.formatter, false));
                try (InputStream first = sheets.next()) {
                    xml.parse(new InputSource(first));
                }
                if (text.headerRow < 0) {
                    throw wanted.missing();
                }
                return text;
            } catch (RuleViolation e) {
                throw e;
            } catch (Exception e) {
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof RuleViolation refusal) {
                        throw refusal;
                    }
                    if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                        throw new RuleViolation("file", "文件解压后过大，不像是正常的工作簿，已拒绝；请检查文件后重新上传");
                    }
                }
                throw new RuleViolation("file", "无法读取文件，文件可能已损坏，请上传 Excel 工作簿（.xlsx）");
            } finally {
                if (pkg != null) {
                    pkg.revert();
                }
            }
        }

        String[] row(int index) {
            return rows.getOrDefault(index, EMPTY);
        }

        Iterable<Integer> rowIndexes() {
            return rows.keySet();
        }

        long cells() {
            return cells;
        }

        Optional<LocalDateTime> date(int row, int column) {
            return Optional.ofNullable(dates.get(key(row, column)));
        }

        @Override
        public void startRow(int rowNum) {
            if (rowNum >= limits.maxRows()) {
                throw new RuleViolation("file", "文件行数超过上限 " + limits.maxRows() + " 行，请拆分后上传");
            }
            if (headerRow < 0 && rowNum >= HEADER_SEARCH) {
                throw wanted.missing();
            }
            current = new ArrayList<>();
            currentRow = rowNum;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            Double date = formatter.take();
            if (value == null || value.isEmpty()) {
                return;
            }
            // A cell without its reference (some generators leave it out) sits after the one before it.
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            if (column >= limits.maxColumns()) {
                throw new RuleViolation("file", "文件列数超过上限 " + limits.maxColumns() + " 列（"
                        + new CellReference(currentRow, column).formatAsString() + " 有内容），请删除多余的列后上传");
            }
            if (++cells > limits.maxCells()) {
                throw new RuleViolation("file", "文件的单元格数超过上限 " + limits.maxCells() + " 个，请拆分后上传");
            }
            if (headerRow >= 0 && (column >= kept.length || !kept[column])) {
                return; // a column the import does not read
            }
            characters += value.length();
            if (characters > limits.maxCharacters()) {
                // What is kept is held in memory until the import ends: its size is what an upload costs.
                throw new RuleViolation("file", "文件中的文字超过上限 " + limits.maxCharacters() / 10_000 + " 万字，请拆分后上传");
            }
            while (current.size() <= column) {
                current.add(null);
            }
            current.set(column, value);
            if (date != null) {
                dates.put(key(currentRow, column), DateUtil.getLocalDateTime(date));
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (current.isEmpty()) {
                return;
            }
            String[] cells = current.toArray(EMPTY);
            rows.put(rowNum, cells);
            if (headerRow < 0) {
                wanted.match(cells).ifPresent(found -> {
                    headerRow = rowNum;
                    columns = found;
                    kept = new boolean[found.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1];
                    found.values().forEach(c -> kept[c] = true);
                });
            }
        }

        private static long key(int row, int column) {
            return ((long) row << 20) | column;
        }
    }

    /** Formats as Excel shows, and remembers the number behind a date-formatted cell for {@link #dateTime}. */
    private static final class DateCapture extends DataFormatter {

        private Double date;

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            date = DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value) ? value : null;
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }

        Double take() {
            Double taken = date;
            date = null;
            return taken;
        }
    }
}
