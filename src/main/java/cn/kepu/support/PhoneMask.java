package cn.kepu.support;

/** Masks phone numbers on screens and in exports (GB/T 35273): 13812341234 becomes 138****1234. */
public final class PhoneMask {

    private PhoneMask() {
    }

    public static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String p = phone.strip();
        if (p.length() < 7) {
            return "****";
        }
        return p.substring(0, 3) + "****" + p.substring(p.length() - 4);
    }
}
