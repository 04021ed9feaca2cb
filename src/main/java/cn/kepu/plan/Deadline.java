package cn.kepu.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import cn.kepu.support.RuleViolation;

/**
 * 完成时限 as the documents write it ("2022年10月底", "2022年5月上旬-6月上旬", "9月10日前", "每季度末", "长期"),
 * kept verbatim together with the window it means. {@code start} is null when the text names only an end
 * ("10月底", "9月10日前"): the work runs from the plan's start. Both are null for 长期. Recurring deadlines
 * (每年, 每季度末) span the plan's period and fall due at each year's or quarter's end: see {@link #dueOn}.
 * 上旬/中旬/下旬 are days 1–10, 11–20 and 21 to the month's end; 月底 is the month's last day.
 */
@Embeddable
public record Deadline(
        @Column(name = "deadline_text") String text,
        @Column(name = "deadline_start") LocalDate start,
        @Column(name = "deadline_end") LocalDate end,
        @Enumerated(EnumType.STRING) @Column(name = "deadline_recurrence") Recurrence recurrence) {

    public enum Recurrence {
        ONCE, YEARLY, QUARTERLY
    }

    private static final String ACCEPTED = "可写作“2022年12月”“2022年10月底”“2022年7-10月”“2022年5月上旬-6月上旬”"
            + "“9月10日前”“8月15日至9月25日”“9月15-21日”“年内”“每年”“每季度末”或“长期”";

    /** A part of a range: [年][月][日|上旬|中旬|下旬|底]; a bare number takes its unit from the other part. */
    private static final Pattern PART = Pattern.compile(
            "(?:(\\d{4})年?)?(?:(\\d{1,2})月份?)?(?:(\\d{1,2})[日号]?|(上旬|中旬|下旬)|([底末])|(初))?");
    /** "7" in "7-10月", "2022年7" in "2022年7-10月", "15" in "15-21日": a number whose unit the other side gives. */
    private static final Pattern BARE = Pattern.compile("(?:(\\d{4})年?)?(\\d{1,2})");

    /** A deadline that names nothing: for tasks whose documents give none. */
    public static Deadline none() {
        return new Deadline(null, null, null, Recurrence.ONCE);
    }

    public boolean isPresent() {
        return text != null;
    }

    /** 长期: never falls due. */
    public boolean isOpenEnded() {
        return text != null && end == null;
    }

    /**
     * Reads {@code text} for a plan running {@code from} year {@code to} year (a year written in the text wins;
     * one left out is the plan's first year).
     *
     * @throws RuleViolation with a Chinese message naming the text when it cannot be read
     */
    public static Deadline parse(String text, int from, int to) {
        if (text == null || text.isBlank()) {
            return none();
        }
        String original = text.strip();
        String t = normalize(original);
        if (t.matches("长期(坚持|开展|推进)?|持续(推进|开展)?|常态化")) {
            return new Deadline(original, null, null, Recurrence.ONCE);
        }
        if (t.matches("(\\d{4}年)?(年内|全年|本年度?|年度内)")) {
            int year = leadingYear(t).orElse(from);
            return new Deadline(original, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Recurrence.ONCE);
        }
        if (t.matches("每年(底|末|年底)?")) {
            return new Deadline(original, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), Recurrence.YEARLY);
        }
        if (t.matches("每季度(末|底)?")) {
            return new Deadline(original, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), Recurrence.QUARTERLY);
        }
        Matcher years = Pattern.compile("(\\d{4})年?-(\\d{4})年?").matcher(t);
        if (years.matches()) {
            return range(original, Integer.parseInt(years.group(1)), Integer.parseInt(years.group(2)));
        }
        Matcher yearEnd = Pattern.compile("(\\d{4})年?(底|末|年底)?").matcher(t);
        if (yearEnd.matches()) {
            int year = Integer.parseInt(yearEnd.group(1));
            return yearEnd.group(2) == null ? range(original, year, year)
                    : new Deadline(original, null, LocalDate.of(year, 12, 31), Recurrence.ONCE);
        }
        Matcher half = Pattern.compile("(?:(\\d{4})年)?([上下])半年(底|末)?").matcher(t);
        if (half.matches()) {
            int year = half.group(1) == null ? from : Integer.parseInt(half.group(1));
            return half.group(2).equals("上")
                    ? new Deadline(original, null, LocalDate.of(year, 6, 30), Recurrence.ONCE)
                    : new Deadline(original, LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), Recurrence.ONCE);
        }
        Matcher midYear = Pattern.compile("(?:(\\d{4})年)?年中(前)?").matcher(t);
        if (midYear.matches()) {
            // "年中完成": by the middle of the year, as 上半年.
            int year = midYear.group(1) == null ? from : Integer.parseInt(midYear.group(1));
            return new Deadline(original, null, LocalDate.of(year, 6, 30), Recurrence.ONCE);
        }
        Matcher quarters = Pattern.compile("(?:(\\d{4})年)?第([一二三四1-4])(?:、[一二三四1-4])*、([一二三四1-4])季度(底|末)?").matcher(t);
        if (quarters.matches()) {
            // "第二、三季度": from the first quarter named to the end of the last.
            int year = quarters.group(1) == null ? from : Integer.parseInt(quarters.group(1));
            int first = quarterNumber(quarters.group(2));
            int last = quarterNumber(quarters.group(3));
            if (last < first) {
                throw unreadable(original);
            }
            return new Deadline(original, LocalDate.of(year, first * 3 - 2, 1), YearMonth.of(year, last * 3).atEndOfMonth(),
                    Recurrence.ONCE);
        }
        Matcher quarter = Pattern.compile("(?:(\\d{4})年)?第?([一二三四1-4])季度(底|末)?").matcher(t);
        if (quarter.matches()) {
            int year = quarter.group(1) == null ? from : Integer.parseInt(quarter.group(1));
            int q = quarterNumber(quarter.group(2));
            return new Deadline(original, LocalDate.of(year, q * 3 - 2, 1), YearMonth.of(year, q * 3).atEndOfMonth(),
                    Recurrence.ONCE);
        }
        if (t.matches("年底|年末")) {
            return new Deadline(original, null, LocalDate.of(from, 12, 31), Recurrence.ONCE);
        }
        // "即日起至6月10日": from now on, due on that day.
        String untilThen = t.replaceFirst("^(?:自|从)?即日起(?:至|到|-)", "");
        try {
            return untilThen.equals(t) ? dates(original, t, from) : dates(original, untilThen + "前", from);
        } catch (RuntimeException e) {
            throw unreadable(original);
        }
    }

    private static int quarterNumber(String q) {
        return "一二三四".indexOf(q) >= 0 ? "一二三四".indexOf(q) + 1 : Integer.parseInt(q);
    }

    private static Deadline range(String original, int fromYear, int toYear) {
        if (toYear < fromYear) {
            throw unreadable(original);
        }
        return new Deadline(original, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31), Recurrence.ONCE);
    }

    private static Deadline dates(String original, String t, int defaultYear) {
        boolean pointOnly = false;
        Matcher before = Pattern.compile("(.*?)(以前|之前|前|为止|止|截止|完成)$").matcher(t);
        if (before.matches()) {
            t = before.group(1);
            pointOnly = true;
        }
        String[] parts = t.split("-", -1);
        if (parts.length > 2 || t.isEmpty()) {
            throw unreadable(original);
        }
        Part last = Part.of(parts[parts.length - 1]);
        if (parts.length == 1) {
            if (last.month == null) {
                throw unreadable(original);
            }
            int year = last.year != null ? last.year : defaultYear;
            LocalDate end = last.endDate(year, last.month);
            boolean monthOnly = last.day == null && last.tenth == null && !last.monthEnd;
            LocalDate start = pointOnly || !monthOnly && last.tenth == null ? null : last.startDate(year, last.month);
            if (monthOnly) {
                start = null; // a month in 完成时限 means "by the end of that month"
            }
            return new Deadline(original, start, end, Recurrence.ONCE);
        }
        Part first = Part.of(parts[0]);
        // "7-10月": the first part's bare number is a month; "9月15-21日": a day of the first part's month.
        if (first.month != null && first.bareNumber && last.month == null && last.day != null) {
            first = first.asDay(first.month);
        }
        int lastYear = last.year != null ? last.year : first.year != null ? first.year : defaultYear;
        int firstYear = first.year != null ? first.year : lastYear;
        Integer firstMonth = first.month;
        Integer lastMonth = last.month != null ? last.month : firstMonth;
        if (firstMonth == null || lastMonth == null) {
            throw unreadable(original);
        }
        LocalDate start = first.startDate(firstYear, firstMonth);
        LocalDate end = last.endDate(lastYear, lastMonth);
        if (end.isBefore(start)) {
            throw unreadable(original);
        }
        return new Deadline(original, start, end, Recurrence.ONCE);
    }

    /** When this deadline next falls due on or after {@code day}: the end, or for recurring ones the period's end. */
    public Optional<LocalDate> dueOn(LocalDate day) {
        if (end == null) {
            return Optional.empty();
        }
        return switch (recurrence) {
            case ONCE -> Optional.of(end);
            case YEARLY -> Optional.of(clamp(LocalDate.of(day.getYear(), 12, 31)));
            case QUARTERLY -> Optional.of(clamp(YearMonth.of(day.getYear(), ((day.getMonthValue() - 1) / 3 + 1) * 3).atEndOfMonth()));
        };
    }

    /** The start of the window that ends at {@link #dueOn}: for recurring deadlines, the current year or quarter. */
    public Optional<LocalDate> windowStartOn(LocalDate day, LocalDate planStart) {
        if (end == null) {
            return Optional.empty();
        }
        return switch (recurrence) {
            case ONCE -> Optional.of(start != null ? start : planStart);
            case YEARLY -> Optional.of(LocalDate.of(day.getYear(), 1, 1));
            case QUARTERLY -> Optional.of(LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1));
        };
    }

    private LocalDate clamp(LocalDate due) {
        if (due.isAfter(end)) {
            return end;
        }
        return start != null && due.isBefore(start) ? start : due;
    }

    @Override
    public String toString() {
        return text == null ? "" : text;
    }

    private static RuleViolation unreadable(String text) {
        return new RuleViolation("deadline", "无法识别完成时限“" + text + "”：" + ACCEPTED);
    }

    private static Optional<Integer> leadingYear(String t) {
        Matcher m = Pattern.compile("^(\\d{4})").matcher(t);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** Full-width digits and punctuation, Chinese month numerals and the many dashes become one plain form. */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if ("—–－~～到至".indexOf(c) >= 0 || c == '―' || c == '‐') {
                out.append('-');
            } else if (!Character.isWhitespace(c) && "，,。.；;（）()".indexOf(c) < 0) {
                out.append(c);
            }
        }
        String s = out.toString().replaceAll("-+", "-").replace("底前", "底").replace("末前", "末");
        s = s.replaceAll("^(\\d{4})年?度", "$1年");
        String[] numerals = {"十二", "十一", "十", "九", "八", "七", "六", "五", "四", "三", "二", "一"};
        int[] values = {12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        for (int i = 0; i < numerals.length; i++) {
            s = s.replace(numerals[i] + "月", values[i] + "月");
        }
        return s;
    }

    /** One side of a range, with what it says and what it leaves to the other side. */
    private record Part(Integer year, Integer month, Integer day, String tenth, boolean monthEnd, boolean bareNumber) {

        static Part of(String text) {
            Matcher bare = BARE.matcher(text);
            if (bare.matches()) {
                Integer year = bare.group(1) == null ? null : Integer.parseInt(bare.group(1));
                int number = Integer.parseInt(bare.group(2));
                return new Part(year, number >= 1 && number <= 12 ? number : null, null, null, false, true);
            }
            Matcher m = PART.matcher(text);
            if (text.isEmpty() || !m.matches()) {
                throw new IllegalArgumentException(text);
            }
            Integer year = m.group(1) == null ? null : Integer.parseInt(m.group(1));
            Integer month = m.group(2) == null ? null : Integer.parseInt(m.group(2));
            Integer day = m.group(3) == null ? null : Integer.parseInt(m.group(3));
            if (month == null && day == null && year == null || month != null && (month < 1 || month > 12)) {
                throw new IllegalArgumentException(text);
            }
            return new Part(year, month, day, m.group(6) != null ? "上旬" : m.group(4), m.group(5) != null, false);
        }

        Part asDay(int m) {
            return new Part(year, null, m, null, false, false);
        }

        LocalDate startDate(int y, int m) {
            YearMonth ym = YearMonth.of(y, m);
            if (day != null) {
                return ym.atDay(day);
            }
            if (tenth != null) {
                return ym.atDay(switch (tenth) { case "上旬" -> 1; case "中旬" -> 11; default -> 21; });
            }
            return monthEnd ? ym.atEndOfMonth() : ym.atDay(1);
        }

        LocalDate endDate(int y, int m) {
            YearMonth ym = YearMonth.of(y, m);
            if (day != null) {
                return ym.atDay(day);
            }
            if (tenth != null) {
                return switch (tenth) { case "上旬" -> ym.atDay(10); case "中旬" -> ym.atDay(20); default -> ym.atEndOfMonth(); };
            }
            return ym.atEndOfMonth();
        }
    }
}
