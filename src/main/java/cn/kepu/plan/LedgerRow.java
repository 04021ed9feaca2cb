package cn.kepu.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of 任务台账. {@code level} 0 is a task's total over its responsible units, 1 a responsible unit, 2 and
 * deeper the units it decomposed its part to. Targets and actuals are per quota; the first is shown in the
 * columns, all in {@link #measures}.
 */
public record LedgerRow(int level, long planId, String planTitle, long taskId, String category, String taskNumber,
        String taskTitle, Long assignmentId, Long organizationId, String organizationName, List<Measure> measures,
        int completionPercent, String deadlineText, LocalDate dueOn, Long daysLeft, AssignmentState state,
        boolean overdue, boolean atRisk) {

    /**
     * Target and actual for one quota, and what its source says beside the actual when it is a level, not a count
     * ("2024年测得；按2022—2024年趋势2025年可达 18.40%，可完成").
     */
    public record Measure(long quotaId, String metric, String comparator, BigDecimal target, BigDecimal actual, String unit,
            String note) {

        public String text() {
            return metric + " " + Numbers.plain(actual) + "/" + Numbers.plain(target) + unit + (note == null ? "" : "（" + note + "）");
        }
    }

    public BigDecimal target() {
        return measures.isEmpty() ? null : measures.get(0).target();
    }

    public BigDecimal actual() {
        return measures.isEmpty() ? null : measures.get(0).actual();
    }

    public String unit() {
        return measures.isEmpty() ? "" : measures.get(0).unit();
    }

    public String measuresText() {
        return String.join("；", measures.stream().map(Measure::text).toList());
    }

    public String flagsText() {
        return overdue ? "逾期" : atRisk ? "滞后" : "";
    }

    public String stateLabel() {
        return state == null ? "" : state.label();
    }
}
