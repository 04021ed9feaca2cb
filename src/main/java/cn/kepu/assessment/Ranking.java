package cn.kepu.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The results in order: rank within the assessed group — equal totals share a rank and the next rank counts them
 * (1, 2, 2, 4) — and the grade each rank or total earns under the scheme's {@link Grades}.
 */
public final class Ranking {

    /** One unit's place. */
    public record Place(String unit, BigDecimal total, int rank, String grade) {
    }

    private Ranking() {
    }

    public static List<Place> of(Map<String, BigDecimal> totals, Grades grades) {
        List<Map.Entry<String, BigDecimal>> ordered = new ArrayList<>(totals.entrySet());
        ordered.sort(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        List<Place> places = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < ordered.size(); i++) {
            BigDecimal total = ordered.get(i).getValue();
            if (i == 0 || total.compareTo(ordered.get(i - 1).getValue()) != 0) {
                rank = i + 1;
            }
            places.add(new Place(ordered.get(i).getKey(), total, rank, grades.grade(total, rank, ordered.size())));
        }
        return places;
    }
}
