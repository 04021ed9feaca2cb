package cn.kepu.volunteer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.kepu.support.ImportProblem;
import cn.kepu.support.XlsxUpload;

/**
 * The columns of the national volunteer platform's registration sheet (全国科技志愿服务平台 / 志愿中国), as Kepu reads
 * them (docs/volunteers.md): the same columns for the template, the import and the export, so an export imports
 * again. 证件类型 is always 居民身份证: the platform also takes passports and other documents, Kepu checks and seals
 * only the GB 11643 number.
 */
final class VolunteerSheet {

    static final String NAME = "姓名";
    static final String GENDER = "性别";
    static final String BIRTH_YEAR = "出生年份";
    static final String BIRTH_DATE = "出生日期";
    static final String ID_TYPE = "证件类型";
    static final String ID_NUMBER = "证件号码";
    static final String PHONE = "手机号码";
    static final String FIELD = "服务领域";
    static final String SKILLS = "专业特长";
    static final String TEAM = "所属服务队";
    static final String TEAM_UNIT = "服务队管理单位";
    static final String CONSENT = "同意授权日期";

    static final String ID_CARD = "居民身份证";

    static final List<String> REQUIRED = List.of(NAME, ID_NUMBER, FIELD, TEAM, CONSENT);
    static final List<String> OPTIONAL = List.of(GENDER, BIRTH_YEAR, BIRTH_DATE, ID_TYPE, PHONE, SKILLS, TEAM_UNIT);
    /** The columns in the order the template and the export write them. */
    static final List<String> COLUMNS = List.of(NAME, GENDER, BIRTH_YEAR, ID_TYPE, ID_NUMBER, PHONE, FIELD, SKILLS, TEAM,
            TEAM_UNIT, CONSENT);
    static final int[] WIDTHS = {10, 6, 10, 12, 22, 16, 12, 30, 30, 28, 14};

    private static final DateTimeFormatter[] DATES = {DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"), DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.BASIC_ISO_DATE};

    private VolunteerSheet() {
    }

    /** The template's header: required columns marked with *. */
    static List<String> headers() {
        return COLUMNS.stream().map(c -> REQUIRED.contains(c) ? c + "*" : c).toList();
    }

    static List<String> fieldLabels() {
        return Arrays.stream(ServiceField.values()).map(ServiceField::label).toList();
    }

    /** 农业 or AGRICULTURE. */
    static Optional<ServiceField> field(String text) {
        return Arrays.stream(ServiceField.values())
                .filter(f -> f.label().equals(text) || f.name().equalsIgnoreCase(text)).findFirst();
    }

    /** 男 or 女 as the ID-card number's seventeenth digit says (odd: 男). */
    static String genderOf(IdCardNumber number) {
        return (number.value().charAt(16) - '0') % 2 == 1 ? "男" : "女";
    }

    static String normalizeGender(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "男", "男性", "M", "1" -> "男";
            case "女", "女性", "F", "2" -> "女";
            default -> null;
        };
    }

    /** A date cell, or text such as 2026-03-01, 2026/3/1, 2026年3月1日; null with a problem when unreadable. */
    static LocalDate date(XlsxUpload upload, int row, String column, List<ImportProblem> problems) {
        Optional<LocalDate> cell = upload.dateTime(row, column).map(t -> t.toLocalDate());
        if (cell.isPresent()) {
            return cell.get();
        }
        String text = upload.text(row, column);
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException next) {
                // the next pattern
            }
        }
        problems.add(new ImportProblem(row, column, "“" + text + "”不是日期，应如2026-03-01"));
        return null;
    }
}
