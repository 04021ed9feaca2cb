package cn.kepu.volunteer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * 公民身份号码 (GB 11643-1999): six digits of region, eight of birth date, three of sequence and a check character
 * computed by ISO 7064 MOD 11-2 over the first seventeen. Its {@link #toString()} is masked, so a number that slips
 * into a log or a template shows no more than a list does.
 */
public final class IdCardNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private final String value;

    private IdCardNumber(String value) {
        this.value = value;
    }

    /** Accepts a lower-case x and surrounding blanks, as people type it; throws with a Chinese message otherwise. */
    public static IdCardNumber parse(String text) {
        String value = text == null ? null : text.strip().toUpperCase(Locale.ROOT);
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new IdCardNumber(value);
    }

    /** A Chinese explanation of what is wrong, or null when the number is valid. */
    public static String problemWith(String number) {
        if (number == null || number.length() != 18) {
            return "身份证号码应为18位";
        }
        for (int i = 0; i < 17; i++) {
            if (number.charAt(i) < '0' || number.charAt(i) > '9') {
                return "身份证号码前17位应为数字，第" + (i + 1) + "位“" + number.charAt(i) + "”不是数字";
            }
        }
        char last = number.charAt(17);
        if ((last < '0' || last > '9') && last != 'X') {
            return "身份证号码最后一位应为数字或X";
        }
        if (number.charAt(0) < '1' || number.startsWith("00", 2) && number.startsWith("00", 4)) {
            return "身份证号码前6位不是有效的地区代码";
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return "身份证号码中的出生日期" + number.substring(6, 14) + "不是有效日期";
        }
        if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
            return "身份证号码中的出生日期" + number.substring(6, 14) + "不在合理范围内";
        }
        if (last != checkCharacter(number.substring(0, 17))) {
            return "身份证号码校验位不正确，请核对";
        }
        return null;
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** Completes seventeen digits with their check character (demo data, tests). */
    public static IdCardNumber complete(String first17) {
        return parse(first17 + checkCharacter(first17));
    }

    /** The full number; only for encryption, the keyed hash, and an audited unmasked view. */
    public String value() {
        return value;
    }

    public int birthYear() {
        return Integer.parseInt(value.substring(6, 10));
    }

    /** 3709**********1234: the first four and the last four characters. */
    public String masked() {
        return mask(value);
    }

    /** Masks any stored full number the same way; blank stays blank. */
    public static String mask(String number) {
        if (number == null || number.isBlank()) {
            return "";
        }
        if (number.length() <= 8) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdCardNumber && ((IdCardNumber) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
