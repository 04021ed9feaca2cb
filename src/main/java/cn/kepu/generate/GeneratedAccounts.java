package cn.kepu.generate;

import java.sql.PreparedStatement;
import java.sql.Timestamp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The benchmark accounts: password Bench@2026, no change demanded. */
final class GeneratedAccounts {

    private GeneratedAccounts() {
    }

    static void staff(JdbcTemplate jdbc, PasswordEncoder passwords, String username, String displayName, long unitId, Timestamp now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement s = connection.prepareStatement("insert into account (username, display_name, organization_id, "
                    + "password_hash, status, password_changed_at, must_change_password, created_at) values (?, ?, ?, ?, 'ACTIVE', ?, false, ?)",
                    new String[] {"id"});
            s.setString(1, username);
            s.setString(2, displayName);
            s.setLong(3, unitId);
            s.setString(4, passwords.encode("Bench@2026"));
            s.setTimestamp(5, now);
            s.setTimestamp(6, now);
            return s;
        }, keys);
        jdbc.update("insert into account_role (account_id, role) values (?, 'STAFF')", keys.getKey().longValue());
    }
}
