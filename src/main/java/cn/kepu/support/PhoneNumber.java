package cn.kepu.support;

import java.util.regex.Pattern;

/** A Chinese mobile number, or a landline with or without its area code and extension. */
public final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("(0\\d{2,3}-?)?[2-9]\\d{6,7}(-\\d{1,6})?");

    private PhoneNumber() {
    }

    public static boolean isValid(String text) {
        String t = text.strip().replace(" ", "");
        return MOBILE.matcher(t).matches() || LANDLINE.matcher(t).matches();
    }

    public static final String PROBLEM = "联系电话应为11位手机号或固定电话（如 0538-6221234）";
}
