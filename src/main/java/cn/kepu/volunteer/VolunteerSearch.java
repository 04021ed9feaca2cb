package cn.kepu.volunteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.kepu.support.PersonalDataCipher;
import cn.kepu.org.Scope;

/**
 * How the volunteer list searches, the same for the page, the API and the export. A name is matched exactly, as the
 * full name (“张明远”): an index on the name answers it among a million volunteers on any database and collation, where
 * a match anywhere in the name reads every volunteer in scope (docs/performance.md). Skills are matched anywhere in
 * the text, read from the index of team and skills (V26).
 */
final class VolunteerSearch {

    static final char ESCAPE = '\\';

    /**
     * A skill search counts its matches up to this many: counting every match of a common skill among a province's
     * 100,000 volunteers reads them all (0.3–0.6 s), the first 1,001 a fraction of them. More shows as “超过1000人”.
     */
    static final int COUNT_CAP = 1000;

    /** The list's filter as SQL over {@code volunteer v join volunteer_team t join organization o}, for JDBC readers. */
    record Where(String sql, List<Object> args) {
    }

    static Where where(Scope scope, VolunteerRegistry.Filter filter, PersonalDataCipher cipher, boolean erasedToo) {
        StringBuilder sql = new StringBuilder(erasedToo ? " where 1 = 1" : " where v.erased_at is null");
        List<Object> args = new ArrayList<>();
        if (!scope.everything()) {
            if (scope.pathPrefix() == null) {
                sql.append(" and 1 = 0");
            } else if (scope.onlyOrganizationId() != null) {
                sql.append(" and o.id = ?");
                args.add(scope.onlyOrganizationId());
            } else {
                sql.append(" and o.path like ?");
                args.add(scope.pathPrefix() + "%");
            }
        }
        if (strip(filter.name()) != null) {
            sql.append(" and v.name = ?");
            args.add(name(filter.name()));
        }
        if (filter.teamId() != null) {
            sql.append(" and v.team_id = ?");
            args.add(filter.teamId());
        }
        if (filter.field() != null) {
            sql.append(" and v.field = ?");
            args.add(filter.field().name());
        }
        if (strip(filter.skill()) != null) {
            sql.append(" and v.skills like ? escape '\\'");
            args.add(skillPattern(filter.skill()));
        }
        if (strip(filter.idCard()) != null) {
            sql.append(" and v.id_card_hash = ?");
            args.add(cipher.hash(filter.idCard().strip().toUpperCase(Locale.ROOT)));
        }
        return new Where(sql.toString(), args);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

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
