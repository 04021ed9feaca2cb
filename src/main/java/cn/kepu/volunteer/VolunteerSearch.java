package cn.kepu.volunteer;

/**
 * How the volunteer list searches, the same for the page, the API and the export. A name is matched from its start
 * (“张” finds 张明远, “张明远” finds exactly him): an index on the name answers it among a million volunteers, where a
 * match anywhere in the name would read them all (docs/performance.md). Skills are matched anywhere in the text.
 */
final class VolunteerSearch {

    static final char ESCAPE = '\\';

    private VolunteerSearch() {
    }

    /** LIKE pattern of a name prefix, wildcards typed by the user taken literally. */
    static String namePattern(String name) {
        return escape(name.strip()) + "%";
    }

    static String skillPattern(String skill) {
        return "%" + escape(skill.strip()) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
