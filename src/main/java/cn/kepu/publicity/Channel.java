package cn.kepu.publicity;

import java.math.BigDecimal;

/**
 * Where an adopted item was used, from the association's own channels up to national media, with the points an
 * office gives when it has not set its own.
 */
public enum Channel {
    OWN_SITE("本会网站", "1"),
    OWN_WECHAT("本会微信公众号", "1"),
    CITY_MEDIA("市级媒体", "2"),
    PROVINCE_MEDIA("省级媒体", "4"),
    KEPU_CHINA("科普中国", "4"),
    NATIONAL_MEDIA("国家级媒体", "8");

    private final String label;
    private final BigDecimal defaultPoints;

    Channel(String label, String defaultPoints) {
        this.label = label;
        this.defaultPoints = new BigDecimal(defaultPoints);
    }

    public String label() {
        return label;
    }

    public BigDecimal defaultPoints() {
        return defaultPoints;
    }

    /** The channel a person or a sheet names ("省级媒体"), by label or by name. */
    static java.util.Optional<Channel> named(String text) {
        String t = text == null ? "" : text.trim();
        for (Channel c : values()) {
            if (c.label.equals(t) || c.name().equalsIgnoreCase(t)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
