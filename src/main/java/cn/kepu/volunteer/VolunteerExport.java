package cn.kepu.volunteer;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.support.PersonalDataCipher;
import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.org.DataScope;
import cn.kepu.support.XlsxTable;

/**
 * The filtered volunteer list in the national platform's columns ({@link VolunteerSheet}), streamed: rows are read
 * from the database a batch at a time (a cursor on PostgreSQL) and written to a streaming workbook, so a city's 50,000
 * volunteers export within a small heap. ID-card numbers and phones are masked unless the user asks for the full
 * values and may see them for the volunteer's team ({@link DataScope#showsPhoneOf} of its unit, as
 * {@link VolunteerRegistry#reveal} decides); every export is in the audit log with its count, and how many rows were
 * unmasked. Erased volunteers are not exported: nothing of them identifies a person.
 */
@Component
class VolunteerExport {

    private final DataScope scope;
    private final VolunteerTeams teams;
    private final PersonalDataCipher cipher;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VolunteerExport(DataScope scope, VolunteerTeams teams, PersonalDataCipher cipher, DataSource dataSource,
            ApplicationEventPublisher events, Clock clock) {
        this.scope = scope;
        this.teams = teams;
        this.cipher = cipher;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
        this.events = events;
        this.clock = clock;
    }

    /** The workbook and what is in it. */
    record Exported(byte[] workbook, int rows, int unmasked) {
    }

    /**
     * @param full whether the user asks for full ID-card numbers and phones: given only for the teams whose unit they
     *        may see unmasked, masked for the rest
     */
    @Transactional
    Exported export(VolunteerRegistry.Filter filter, boolean full) {
        VolunteerSearch.Where where = VolunteerSearch.where(scope.current(), filter, cipher, false);
        String sql = "select v.name, v.gender, v.birth_year, v.id_card_sealed, v.id_card_masked, "
                + "v.phone_sealed, v.phone_masked, v.field, v.skills, v.consent_on, t.id, t.name, o.name "
                + "from volunteer v join volunteer_team t on t.id = v.team_id join organization o on o.id = t.unit_id"
                + where.sql() + " order by v.id";
        List<Object> args = where.args();

        String title = "科技志愿者名录（" + LocalDate.now(clock) + "导出" + (full ? "，含完整证件号码和手机号码，请妥善保管" : "，证件号码和手机号码已打码") + "）";
        Map<Long, Boolean> unmaskedTeams = new HashMap<>();
        int[] counts = new int[2];
        try (XlsxTable table = XlsxTable.of("志愿者", title, VolunteerSheet.COLUMNS).widths(VolunteerSheet.WIDTHS)) {
            jdbc.query(sql, rs -> {
                long teamId = rs.getLong(11);
                boolean unmasked = full && unmaskedTeams.computeIfAbsent(teamId,
                        id -> teams.findById(id).map(t -> scope.showsPhoneOf(t.getUnit())).orElse(false));
                String field = rs.getString(8);
                Date consent = rs.getDate(10);
                int birthYear = rs.getInt(3);
                table.row(rs.getString(1), rs.getString(2), rs.wasNull() ? null : birthYear, VolunteerSheet.ID_CARD,
                        unmasked ? cipher.decrypt(rs.getString(4)) : rs.getString(5),
                        unmasked ? cipher.decrypt(rs.getString(6)) : rs.getString(7),
                        ServiceField.valueOf(field).label(), rs.getString(9), rs.getString(12), rs.getString(13),
                        consent == null ? null : consent.toLocalDate());
                counts[0]++;
                if (unmasked) {
                    counts[1]++;
                }
            }, args.toArray());
            byte[] bytes = table.toBytes();
            events.publishEvent(ActionPerformed.of(AuditAction.EXPORT, "志愿者", null, "科技志愿者名录", "导出" + counts[0] + "名志愿者，"
                    + (counts[1] > 0 ? "其中" + counts[1] + "名含完整身份证号码和手机号码" : "身份证号码和手机号码均已打码")
                    + filters(filter, full)));
            return new Exported(bytes, counts[0], counts[1]);
        }
    }

    private static String filters(VolunteerRegistry.Filter filter, boolean full) {
        List<String> parts = new ArrayList<>();
        if (strip(filter.name()) != null) {
            parts.add("姓名：" + filter.name().strip());
        }
        if (filter.teamId() != null) {
            parts.add("服务队ID：" + filter.teamId());
        }
        if (filter.field() != null) {
            parts.add("服务领域：" + filter.field().label());
        }
        if (strip(filter.skill()) != null) {
            parts.add("技能：" + filter.skill().strip());
        }
        if (strip(filter.idCard()) != null) {
            parts.add("按身份证号码查找");
        }
        if (full) {
            parts.add("要求完整信息");
        }
        return parts.isEmpty() ? "" : "（" + String.join("，", parts) + "）";
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
