package cn.kepu.activity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.ImportProblem;
import cn.kepu.support.ImportRejected;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Workbooks;
import cn.kepu.support.XlsxUpload;

/**
 * 活动项目汇总表 — the campaign's own form (序号, 项目名称, 举办单位, 活动时间, 活动地点, 负责人, 联系电话, 备注):
 * downloaded pre-filled for a unit with the title and the 单位名称（盖章） line, ready to print and stamp; uploaded
 * filled in to register many activities at once — all of them, or none with every bad cell named.
 */
@Service
class SummarySheet {

    static final String NUMBER = "序号";
    static final String NAME = "项目名称";
    static final String ORGANIZER = "举办单位";
    static final String TIME = "活动时间";
    static final String PLACE = "活动地点";
    static final String PERSON = "负责人";
    static final String PHONE = "联系电话";
    static final String REMARKS = "备注";
    static final List<String> HEADERS = List.of(NUMBER, NAME, ORGANIZER, TIME, PLACE, PERSON, PHONE, REMARKS);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final CampaignManagement campaigns;
    private final ActivityRegistration registration;
    private final ActivityCatalog catalog;
    private final OrganizationDirectory organizations;
    private final DataScope scope;
    private final Workbooks workbooks;

    SummarySheet(CampaignManagement campaigns, ActivityRegistration registration, ActivityCatalog catalog,
            OrganizationDirectory organizations, DataScope scope, Workbooks workbooks) {
        this.campaigns = campaigns;
        this.registration = registration;
        this.catalog = catalog;
        this.organizations = organizations;
        this.scope = scope;
        this.workbooks = workbooks;
    }

    static String title(Campaign campaign) {
        return campaign.getName() + "活动项目汇总表";
    }

    /** The sheet for a unit: its activities and those of the units beneath it that the user may see. */
    @Transactional(readOnly = true)
    public byte[] export(long campaignId, long unitId) {
        Campaign campaign = campaigns.campaign(campaignId);
        Organization unit = scope.visible(unitId);
        List<Activity> rows = catalog.organizedWithin(campaignId, unit);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("活动项目汇总表");
            Font bold = workbook.createFont();
            bold.setBold(true);
            bold.setFontHeightInPoints((short) 16);
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(bold);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle cell = bordered(workbook, false);
            CellStyle header = bordered(workbook, true);

            Row title = sheet.createRow(0);
            title.setHeightInPoints(30);
            title.createCell(0).setCellValue(title(campaign));
            title.getCell(0).setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
            Row stamp = sheet.createRow(1);
            stamp.createCell(0).setCellValue("单位名称：" + unit.getName() + "（盖章）");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADERS.size() - 1));
            Row head = sheet.createRow(2);
            for (int c = 0; c < HEADERS.size(); c++) {
                head.createCell(c).setCellValue(HEADERS.get(c));
                head.getCell(c).setCellStyle(header);
            }
            int r = 3;
            for (Activity a : rows) {
                Row row = sheet.createRow(r);
                Object[] values = {r - 2, a.getName(), a.getOrganizer().getName(), when(a), place(a), a.getPersonInCharge(),
                        a.getPhone(), remarks(a)};
                for (int c = 0; c < values.length; c++) {
                    var x = row.createCell(c);
                    if (values[c] instanceof Integer n) {
                        x.setCellValue(n);
                    } else {
                        x.setCellValue(values[c] == null ? "" : values[c].toString());
                    }
                    x.setCellStyle(cell);
                }
                r++;
            }
            // Empty ruled rows to write in by hand, as the paper form has.
            for (int blank = 0; blank < Math.max(3, 10 - rows.size()); blank++, r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < HEADERS.size(); c++) {
                    row.createCell(c).setCellStyle(cell);
                }
            }
            int[] widths = {6, 36, 24, 22, 28, 10, 16, 20};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.setRepeatingRows(new CellRangeAddress(2, 2, 0, HEADERS.size() - 1));
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Registers and submits every row for {@code unitId} (the unit whose name heads the sheet; a row may name a
     * unit beneath it in 举办单位). Every row is checked before any is saved; one bad cell stores nothing.
     */
    @Transactional
    public List<Activity> importRows(long campaignId, long unitId, byte[] content) {
        Campaign campaign = campaigns.campaign(campaignId);
        Organization unit = scope.visible(unitId);
        XlsxUpload upload = workbooks.open(content, title(campaign), List.of(NAME, TIME, PLACE, PERSON, PHONE),
                List.of(NUMBER, ORGANIZER, REMARKS));
        try {
            List<Integer> rows = upload.dataRows();
            if (rows.isEmpty()) {
                throw new RuleViolation("file", "文件中没有填写活动");
            }
            List<Organization> units = organizations.subtree(unit);
            List<ImportProblem> problems = new ArrayList<>();
            List<Integer> formRows = new ArrayList<>();
            List<ActivityForm> forms = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int row : rows) {
                ActivityForm form = new ActivityForm();
                form.setCampaignId(campaignId);
                String organizerName = upload.text(row, ORGANIZER);
                Optional<Organization> organizer = organizerName.isBlank() ? Optional.of(unit) : find(units, organizerName);
                if (organizer.isEmpty()) {
                    problems.add(new ImportProblem(row, ORGANIZER, "找不到单位“" + organizerName + "”，应为" + unit.getName() + "或其下属单位的名称"));
                    continue;
                }
                form.setOrganizerId(organizer.get().getId());
                form.setName(upload.text(row, NAME));
                Optional<ActivityTimes.Span> span = upload.dateTime(row, TIME)
                        .map(d -> new ActivityTimes.Span(d, d.toLocalTime().equals(LocalTime.MIDNIGHT) ? d.toLocalDate().atTime(23, 59) : d))
                        .or(() -> ActivityTimes.parse(upload.text(row, TIME), campaign.getEventStart().getYear()));
                if (span.isEmpty()) {
                    problems.add(new ImportProblem(row, TIME, upload.text(row, TIME).isBlank() ? "必填"
                            : "读不出“" + upload.text(row, TIME) + "”，请写成“2022年9月15日 9:00-11:30”或“9月15日-21日”"));
                    continue;
                }
                form.setStartsAt(span.get().start());
                form.setEndsAt(span.get().end());
                String place = upload.text(row, PLACE);
                if (place.matches("(?i)https?://\\S+")) {
                    form.setOnlineUrl(place);
                } else {
                    form.setAddress(place);
                }
                form.setPersonInCharge(upload.text(row, PERSON));
                form.setPhone(upload.text(row, PHONE));
                form.setDescription(upload.text(row, REMARKS));
                if (form.getName().contains(CampaignManagement.FOOD_SAFETY)) {
                    form.setTopics(List.of(CampaignManagement.FOOD_SAFETY));
                }
                if (!seen.add(organizer.get().getId() + "|" + form.getName() + "|" + form.getStartsAt().toLocalDate())) {
                    problems.add(new ImportProblem(row, NAME, "与文件中前面的一行重复（同一举办单位、同名、同一天）"));
                    continue;
                }
                formRows.add(row);
                forms.add(form);
            }
            List<Activity> created = new ArrayList<>();
            List<List<RuleViolation>> rowProblems = registration.registerAll(campaign, forms, created, problems.isEmpty());
            for (int i = 0; i < forms.size(); i++) {
                int row = formRows.get(i);
                rowProblems.get(i).forEach(p -> problems.add(new ImportProblem(row, column(p.field()), p.getMessage())));
            }
            if (!problems.isEmpty()) {
                problems.sort(Comparator.comparingInt(ImportProblem::row));
                throw new ImportRejected(problems, upload.marked(problems));
            }
            registration.announceImport(campaign, unit, created);
            return created;
        } finally {
            upload.close();
        }
    }

    private static Optional<Organization> find(List<Organization> units, String name) {
        String n = name.strip();
        return units.stream().filter(o -> o.getName().equals(n) || n.equals(o.getShortName())).findFirst();
    }

    private static final Map<String, String> COLUMNS = Map.of("name", NAME, "startsAt", TIME, "endsAt", TIME, "address", PLACE,
            "onlineUrl", PLACE, "regionCode", PLACE, "personInCharge", PERSON, "phone", PHONE, "organizerId", ORGANIZER, "state", TIME);

    private static String column(String field) {
        return COLUMNS.getOrDefault(field, NAME);
    }

    private static String when(Activity a) {
        boolean wholeDays = a.getStartsAt().toLocalTime().equals(LocalTime.MIN)
                && a.getEndsAt().toLocalTime().equals(LocalTime.of(23, 59));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy年M月d日");
        if (wholeDays) {
            return a.getStartsAt().toLocalDate().equals(a.getEndsAt().toLocalDate()) ? day.format(a.getStartsAt())
                    : day.format(a.getStartsAt()) + "-" + DateTimeFormatter.ofPattern("M月d日").format(a.getEndsAt());
        }
        return DAY_TIME.format(a.getStartsAt()) + "-" + (a.getStartsAt().toLocalDate().equals(a.getEndsAt().toLocalDate())
                ? DateTimeFormatter.ofPattern("HH:mm").format(a.getEndsAt()) : DAY_TIME.format(a.getEndsAt()));
    }

    private static String place(Activity a) {
        String p = a.place();
        return a.getOnlineUrl() != null && (p.isEmpty() || p.equals("线上")) ? a.getOnlineUrl() : p;
    }

    private static String remarks(Activity a) {
        List<String> notes = new ArrayList<>();
        if (a.isKeyActivity()) {
            notes.add("重点活动");
        }
        if (a.getState() != ActivityState.APPROVED && a.getState() != ActivityState.COMPLETED) {
            notes.add(a.getState().label());
        }
        return String.join("；", notes);
    }

    private static CellStyle bordered(XSSFWorkbook workbook, boolean bold) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        if (bold) {
            Font font = workbook.createFont();
            font.setBold(true);
            style.setFont(font);
            style.setAlignment(HorizontalAlignment.CENTER);
        }
        return style;
    }
}
