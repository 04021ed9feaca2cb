package cn.kepu.org;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the national region list (regions/regions.csv, see its README) in one batch. A Java migration so the
 * data file stays a plain CSV that a script regenerates, and it runs the same on H2 and PostgreSQL.
 */
@Component
class RegionListMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "regions";
    }

    /** Changes to the data file arrive as new migrations, so this one needs no checksum. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        var csv = new ClassPathResource("regions/regions.csv");
        try (var reader = new BufferedReader(new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8));
                PreparedStatement insert = context.getConnection().prepareStatement(
                        "insert into region (code, name, level, parent_code) values (?, ?, ?, ?)")) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split(",", -1);
                insert.setString(1, f[0]);
                insert.setString(2, f[1]);
                insert.setString(3, f[2]);
                insert.setString(4, f[3].isEmpty() ? null : f[3]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
