package cn.kepu.support;

/** The demo data's names, as tests refer to them. */
public final class Demo {

    public static final String PASSWORD = "Demo@2026";

    public static final String SHANDONG = "山东省科学技术协会";
    public static final String TAIAN = "泰安市科学技术协会";
    public static final String TAISHAN = "泰山区科学技术协会";
    public static final String DAIYUE = "岱岳区科学技术协会";
    public static final String WEINAN = "渭南市科学技术协会";

    private Demo() {
    }

    /** A name no other test uses, so tests can share one database without stepping on each other. */
    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
    }
}
