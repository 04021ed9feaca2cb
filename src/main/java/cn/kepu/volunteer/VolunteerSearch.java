package cn.kepu.volunteer;

/**
 * How the volunteer list searches, the same for the page, the API and the export. A name is matched exactly, as the
 * full name (“张明远”): an index on the name answers it among a million volunteers on any database and collation, where
 * a match anywhere in the name reads every volunteer in scope (docs/performance.md). Skills are matched anywhere in
 * the text, read from the index of team and skills (V26).
 */
final class VolunteerSearch {

    static final char ESCAPE = '\\';

    private VolunteerSearch() {
    }

    /** The full name searched for. */
    static String name(String name) {
        return name.strip();
    }

    static String skillPattern(String skill) {
        return "%" + escape(skill.strip()) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
