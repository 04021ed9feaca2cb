package cn.kepu.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Grade bands as a person writes them: "优秀=90；良好=80；合格=60；不合格" by score (each band's lowest total, the last
 * band takes the rest), or "优秀=20%；良好=30%；合格" by rank share (each band's share of the group, in order).
 */
record BandsText(String text, boolean byShare, Map<String, BigDecimal> limits, String rest) {

    static final String DEFAULT = "优秀=90；良好=80；合格=60；不合格";

    /** The bands, or an empty answer when the text is not in that form (the message says what is expected). */
    static Optional<BandsText> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("\\s*[;；,，、]\\s*");
        Map<String, BigDecimal> limits = new LinkedHashMap<>();
        Boolean share = null;
        for (int i = 0; i < parts.length - 1; i++) {
            String[] band = parts[i].split("\\s*[=＝]\\s*", 2);
            if (band.length != 2 || band[0].isBlank()) {
                return Optional.empty();
            }
            boolean percent = band[1].endsWith("%") || band[1].endsWith("％");
            if (share != null && share != percent) {
                return Optional.empty();
            }
            share = percent;
            try {
                BigDecimal value = new BigDecimal(percent ? band[1].substring(0, band[1].length() - 1) : band[1]);
                limits.put(band[0].strip(), percent ? value.movePointLeft(2) : value);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        String rest = parts[parts.length - 1].strip();
        if (limits.isEmpty() || rest.contains("=") || rest.contains("＝") || rest.isEmpty()) {
            return Optional.empty();
        }
        boolean byShare = Boolean.TRUE.equals(share);
        String normal = String.join("；", limits.entrySet().stream().map(e -> e.getKey() + "="
                + (byShare ? e.getValue().movePointRight(2).stripTrailingZeros().toPlainString() + "%"
                        : e.getValue().stripTrailingZeros().toPlainString())).toList()) + "；" + rest;
        return Optional.of(new BandsText(normal, byShare, limits, rest));
    }

    static BandsText parse(String text, boolean byShare) {
        return read(text).orElseThrow(() -> new IllegalStateException("Stored bands unreadable: " + text));
    }

    Grades grades() {
        return byShare ? new Grades.ByShare(limits, rest) : new Grades.ByScore(limits, rest);
    }
}
