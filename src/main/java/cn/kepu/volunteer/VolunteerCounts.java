package cn.kepu.volunteer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.kepu.support.PersonalDataCipher;
import cn.kepu.org.DataScope;

/** How many volunteers a search finds, counted up to {@link VolunteerSearch#COUNT_CAP} + 1 (see there). */
@Component
class VolunteerCounts {

    private final JdbcTemplate jdbc;
    private final DataScope scope;
    private final PersonalDataCipher cipher;

    VolunteerCounts(JdbcTemplate jdbc, DataScope scope, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.cipher = cipher;
    }

    /** The number found (erased volunteers included, as the list shows them), or {@code COUNT_CAP + 1} when there are more than {@code COUNT_CAP}. */
    long capped(VolunteerRegistry.Filter filter) {
        VolunteerSearch.Where where = VolunteerSearch.where(scope.current(), filter, cipher, true);
        return jdbc.queryForObject("select count(*) from (select 1 from volunteer v join volunteer_team t on t.id = v.team_id "
                + "join organization o on o.id = t.unit_id" + where.sql() + " fetch first " + (VolunteerSearch.COUNT_CAP + 1)
                + " rows only) found", Long.class, where.args().toArray());
    }
}
