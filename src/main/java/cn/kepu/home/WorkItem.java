package cn.kepu.home;

import java.time.LocalDate;

/**
 * One line of a person's workbench: what waits, how many or how far, and where to go for it.
 *
 * @param count how many (待办, 下级单位), or a percentage (完成情况)
 * @param due   the day it falls due, for 近期截止; null otherwise
 */
public record WorkItem(Kind kind, String label, long count, String detail, String link, LocalDate due) {

    /** The workbench's sections, in the order a person reads them. */
    public enum Kind {
        TODO("待办"), DEADLINE("近30天截止"), PROGRESS("本单位完成情况"), BENEATH("下级单位需关注");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static WorkItem todo(String label, long count, String link) {
        return new WorkItem(Kind.TODO, label, count, null, link, null);
    }

    public static WorkItem deadline(String label, LocalDate due, String detail, String link) {
        return new WorkItem(Kind.DEADLINE, label, 0, detail, link, due);
    }
}
