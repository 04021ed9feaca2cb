package cn.kepu.org;

import java.util.Locale;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-letter alphabet, the last a check character over
 * the first 17 with weights 3^(i-1) mod 31.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public CreditCode {
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Accepts lower case and surrounding blanks, as people type it. */
    public static CreditCode parse(String text) {
        return new CreditCode(text.strip().toUpperCase(Locale.ROOT));
    }

    /** A Chinese explanation of what is wrong, or null when the code is valid. */
    public static String problemWith(String code) {
        if (code == null || code.length() != 18) {
            return "统一社会信用代码应为18位";
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return "统一社会信用代码第" + (i + 1) + "位“" + code.charAt(i) + "”不是有效字符（不使用 I、O、S、V、Z）";
            }
        }
        if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
            return "统一社会信用代码校验位不正确，请核对";
        }
        return null;
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Completes seventeen characters with their check character (demo data, tests). */
    public static CreditCode complete(String first17) {
        return new CreditCode(first17 + checkCharacter(first17));
    }

    @Override
    public String toString() {
        return value;
    }
}
