package cn.kepu.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The units a scheme assesses and when each submitted its self-assessment. Plain JDBC: a scheme over every county
 * association in the country writes 2,800 of these rows at once.
 */
@Repository
class AssessedUnits {

    private final JdbcTemplate jdbc;

    AssessedUnits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void replace(long schemeId, List<Long> organizationIds) {
        jdbc.update("delete from assessment_unit where scheme_id = ?", schemeId);
        jdbc.batchUpdate("insert into assessment_unit (scheme_id, organization_id) values (?, ?)", organizationIds, 1000,
                (ps, id) -> {
                    ps.setLong(1, schemeId);
                    ps.setLong(2, id);
                });
    }

    List<Long> of(long schemeId) {
        return jdbc.queryForList("select organization_id from assessment_unit where scheme_id = ? order by organization_id",
                Long.class, schemeId);
    }

    boolean assessed(long schemeId, long organizationId) {
        return jdbc.queryForObject("select count(*) from assessment_unit where scheme_id = ? and organization_id = ?",
                Integer.class, schemeId, organizationId) > 0;
    }

    /** How many of the scheme's units lie within a subtree (by path prefix). */
    int within(long schemeId, String pathPrefix) {
        return jdbc.queryForObject("select count(*) from assessment_unit u join organization o on o.id = u.organization_id"
                + " where u.scheme_id = ? and o.path like ?", Integer.class, schemeId, pathPrefix + "%");
    }

    /** How many units submitted their self-assessment and still have a manual item the issuer has not scored. */
    int awaitingScores(long schemeId) {
        return jdbc.queryForObject("select count(*) from assessment_unit u where u.scheme_id = ? and u.self_submitted_at is not null"
                + " and exists (select 1 from assessment_indicator i where i.scheme_id = u.scheme_id and i.kind = 'MANUAL'"
                + " and not exists (select 1 from assessment_entry e where e.indicator_id = i.id"
                + " and e.organization_id = u.organization_id and e.given is not null))", Integer.class, schemeId);
    }

    /** The schemes that assess some unit within a subtree (by path prefix), in one query. */
    java.util.Set<Long> schemesWithin(String pathPrefix) {
        return new java.util.HashSet<>(jdbc.queryForList("select distinct u.scheme_id from assessment_unit u join organization o"
                + " on o.id = u.organization_id where o.path like ?", Long.class, pathPrefix + "%"));
    }

    /** The schemes that assess this unit. */
    List<Long> schemesOf(long organizationId) {
        return jdbc.queryForList("select scheme_id from assessment_unit where organization_id = ?", Long.class, organizationId);
    }

    /** Unit id → when it submitted its self-assessment, for the units that have. */
    Map<Long, Instant> submitted(long schemeId) {
        Map<Long, Instant> submitted = new HashMap<>();
        jdbc.query("select organization_id, self_submitted_at from assessment_unit where scheme_id = ? and self_submitted_at is not null",
                rs -> {
                    submitted.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                }, schemeId);
        return submitted;
    }

    void submit(long schemeId, long organizationId, Instant at, String by) {
        jdbc.update("update assessment_unit set self_submitted_at = ?, self_submitted_by = ? where scheme_id = ? and organization_id = ?",
                Timestamp.from(at), by, schemeId, organizationId);
    }
}
