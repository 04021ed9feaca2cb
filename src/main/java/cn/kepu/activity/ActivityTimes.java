package cn.kepu.activity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads 活动时间 as people write it in the summary sheet: "2022年9月15日 9:00-11:30", "9月15日-21日",
 * "2022.9.15至9.17", "2022-09-15", "9月16日上午". A day without a time runs the whole day.
 */
final class ActivityTimes {

    record Span(LocalDateTime start, LocalDateTime end) {
    }

    private static final Pattern DATE = Pattern.compile("(?<![\\d:：])(?:(\\d{4})\\s*[年./-]\\s*)?(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*[日号]?");
    private static final Pattern DAY_ONLY = Pattern.compile("^\\s*[-—–~～至到]+\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:：点时]\\s*(\\d{2})?");

    private ActivityTimes() {
    }

    static Optional<Span> parse(String raw, int defaultYear) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = normalize(raw);
        try {
            List<LocalDate> days = new ArrayList<>();
            List<int[]> dateSpans = new ArrayList<>();
            Matcher m = DATE.matcher(text);
            int year = defaultYear;
            while (m.find() && days.size() < 2) {
                int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : year;
                LocalDate day;
                try {
                    day = LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (DateTimeException notADate) {
                    continue;
                }
                year = y;
                days.add(day);
                dateSpans.add(new int[] {m.start(), m.end()});
                Matcher dayOnly = DAY_ONLY.matcher(text.substring(m.end()));
                if (days.size() == 1 && dayOnly.find()) {
                    days.add(day.withDayOfMonth(Integer.parseInt(dayOnly.group(1))));
                    break;
                }
            }
            if (days.isEmpty()) {
                return Optional.empty();
            }
            List<LocalTime> times = new ArrayList<>();
            Matcher t = TIME.matcher(text);
            while (t.find() && times.size() < 2) {
                int at = t.start();
                if (dateSpans.stream().anyMatch(s -> at >= s[0] && at < s[1])) {
                    continue;
                }
                times.add(LocalTime.of(Integer.parseInt(t.group(1)), t.group(2) == null ? 0 : Integer.parseInt(t.group(2))));
            }
            LocalDate first = days.get(0);
            LocalDate last = days.size() > 1 ? days.get(1) : first;
            LocalTime from = times.isEmpty() ? (text.contains("下午") ? LocalTime.of(14, 0) : text.contains("上午") ? LocalTime.of(8, 30) : LocalTime.MIN) : times.get(0);
            LocalTime to = times.size() > 1 ? times.get(1) : text.contains("上午") && !text.contains("下午") ? LocalTime.NOON
                    : LocalTime.of(23, 59);
            LocalDateTime start = first.atTime(from);
            LocalDateTime end = last.atTime(to);
            return end.isBefore(start) ? Optional.empty() : Optional.of(new Span(start, end));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c == '－' ? '-' : c);
        }
        return out.toString();
    }
}
