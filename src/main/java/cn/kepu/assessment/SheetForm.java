package cn.kepu.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** What a unit's 考核表 posts, keyed by indicator id: the unit's self-assessment, or the issuer's scores and adjustments. */
public class SheetForm {

    private Map<Long, BigDecimal> points = new HashMap<>();
    private Map<Long, String> notes = new HashMap<>();
    private Map<Long, BigDecimal> given = new HashMap<>();
    private Map<Long, BigDecimal> adjusted = new HashMap<>();
    private Map<Long, String> reasons = new HashMap<>();

    static SheetForm of(UnitSheets.Sheet sheet) {
        SheetForm f = new SheetForm();
        for (UnitSheets.Line line : sheet.lines()) {
            line.given().ifPresent(e -> {
                long id = line.indicator().getId();
                put(f.points, id, e.getSelfPoints());
                put(f.notes, id, e.getSelfNote());
                put(f.given, id, e.getGiven());
                put(f.adjusted, id, e.getAdjusted());
                put(f.reasons, id, e.getAdjustmentReason());
            });
        }
        return f;
    }

    private static <T> void put(Map<Long, T> map, long id, T value) {
        if (value != null) {
            map.put(id, value);
        }
    }

    public Map<Long, BigDecimal> getPoints() {
        return points;
    }

    public void setPoints(Map<Long, BigDecimal> points) {
        this.points = points;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public void setNotes(Map<Long, String> notes) {
        this.notes = notes;
    }

    public Map<Long, BigDecimal> getGiven() {
        return given;
    }

    public void setGiven(Map<Long, BigDecimal> given) {
        this.given = given;
    }

    public Map<Long, BigDecimal> getAdjusted() {
        return adjusted;
    }

    public void setAdjusted(Map<Long, BigDecimal> adjusted) {
        this.adjusted = adjusted;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public void setReasons(Map<Long, String> reasons) {
        this.reasons = reasons;
    }
}
