package cn.kepu.publicity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a 信息采用情况通报 covers — a month, a quarter or a year — by the days items were submitted in it. Written
 * "2022-09", "2022-Q3" or "2022" in links and the API, and "2022年9月", "2022年第三季度", "2022年" for a person.
 */
public record ReportPeriod(LocalDate from, LocalDate to, String code, String label) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final String[] QUARTERS = {"一", "二", "三", "四"};

    public static ReportPeriod month(int year, int month) {
        YearMonth m = YearMonth.of(year, month);
        return new ReportPeriod(m.atDay(1), m.atEndOfMonth(), String.format("%d-%02d", year, month), year + "年" + month + "月");
    }

    public static ReportPeriod quarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new ReportPeriod(from, from.plusMonths(3).minusDays(1), year + "-Q" + quarter,
                year + "年第" + QUARTERS[quarter - 1] + "季度");
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), String.valueOf(year), year + "年");
    }

    /** The period a code names, if it names one ("2022-13" does not). */
    public static Optional<ReportPeriod> parse(String code) {
        String c = code == null ? "" : code.trim();
        Matcher m;
        if ((m = QUARTER.matcher(c)).matches()) {
            return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if ((m = MONTH.matcher(c)).matches()) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12 ? Optional.of(month(Integer.parseInt(m.group(1)), month)) : Optional.empty();
        }
        if ((m = YEAR.matcher(c)).matches()) {
            return Optional.of(year(Integer.parseInt(m.group(1))));
        }
        return Optional.empty();
    }

    /** The month before the one this day is in: what a monthly 通报 covers when it is written. */
    public static ReportPeriod monthBefore(LocalDate day) {
        YearMonth m = YearMonth.from(day).minusMonths(1);
        return month(m.getYear(), m.getMonthValue());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The same kind of period just before this one (for the 通报's 上期 link). */
    public ReportPeriod previous() {
        if (code.contains("Q")) {
            LocalDate before = from.minusMonths(3);
            return quarter(before.getYear(), (before.getMonthValue() - 1) / 3 + 1);
        }
        if (code.contains("-")) {
            return month(from.minusMonths(1).getYear(), from.minusMonths(1).getMonthValue());
        }
        return year(from.getYear() - 1);
    }

    public ReportPeriod next() {
        if (code.contains("Q")) {
            LocalDate after = to.plusDays(1);
            return quarter(after.getYear(), (after.getMonthValue() - 1) / 3 + 1);
        }
        if (code.contains("-")) {
            return month(to.plusDays(1).getYear(), to.plusDays(1).getMonthValue());
        }
        return year(from.getYear() + 1);
    }
}
