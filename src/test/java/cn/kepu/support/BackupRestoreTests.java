package cn.kepu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The backup and restore that docs/deployment.md describes, done on the suite's database while the other tests write
 * to it: the backup is taken in one snapshot, restored into an empty database, and the restored tables hold exactly
 * the rows counted in that snapshot. PostgreSQL: pg_dump (sharing the counting transaction's exported snapshot) and
 * pg_restore; H2: SCRIPT in the counting transaction and RUNSCRIPT into a new database.
 */
@KepuTest
class BackupRestoreTests {

    private static final List<String> TABLES = List.of("flyway_schema_history", "organization", "account", "work_plan", "task",
            "assignment", "quota_actual", "campaign", "activity", "attachment", "attachment_content", "audit_event", "notification",
            "spring_session");

    @Autowired
    DataSource dataSource;
    @Autowired
    Environment environment;

    @Test
    @DisplayName("备份在一个快照中取出，恢复到空库后各表行数与该快照一致")
    void aBackupRestoresIntoAnEmptyDatabaseWithTheSameRows(@TempDir Path dir) throws Exception {
        String url = environment.getProperty("spring.datasource.url");
        if (url.startsWith("jdbc:postgresql:")) {
            postgres(url, dir);
        } else {
            h2(dir);
        }
    }

    private void postgres(String url, Path dir) throws Exception {
        Matcher parts = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*").matcher(url);
        assertThat(parts.matches()).isTrue();
        String host = parts.group(1);
        String port = parts.group(2) == null ? "5432" : parts.group(2);
        String database = parts.group(3);
        String user = environment.getProperty("spring.datasource.username", "postgres");
        String copy = database + "_restored";
        Path dump = dir.resolve("kepu.dump");
        Map<String, Long> counted;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String snapshot;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select pg_export_snapshot()")) {
                r.next();
                snapshot = r.getString(1);
            }
            counted = counts(c);
            run(List.of("pg_dump", "-Fc", "-h", host, "-p", port, "-U", user, "--snapshot=" + snapshot, "-f", dump.toString(), database));
            c.commit();
        }
        try (Connection admin = dataSource.getConnection(); Statement s = admin.createStatement()) {
            s.execute("drop database if exists " + copy);
            s.execute("create database " + copy);
        }
        try {
            run(List.of("pg_restore", "-h", host, "-p", port, "-U", user, "-d", copy, "--no-owner", dump.toString()));
            try (Connection restored = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + copy, user,
                    environment.getProperty("spring.datasource.password", ""))) {
                assertThat(counts(restored)).isEqualTo(counted);
            }
        } finally {
            try (Connection admin = dataSource.getConnection(); Statement s = admin.createStatement()) {
                s.execute("drop database if exists " + copy);
            }
        }
        assertThat(counted.get("organization")).isPositive();
    }

    private void h2(Path dir) throws Exception {
        Path script = dir.resolve("kepu.sql");
        Map<String, Long> counted;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            counted = counts(c);
            try (Statement s = c.createStatement()) {
                s.execute("script to '" + script + "'");
            }
            c.commit();
        }
        try (Connection restored = DriverManager.getConnection(
                "jdbc:h2:mem:kepu-restored;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "")) {
            try (Statement s = restored.createStatement()) {
                s.execute("runscript from '" + script + "'");
            }
            assertThat(counts(restored)).isEqualTo(counted);
        }
        assertThat(Files.size(script)).isPositive();
        assertThat(counted.get("organization")).isPositive();
    }

    private static Map<String, Long> counts(Connection c) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet r = s.executeQuery("select count(*) from " + table)) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        }
        return counts;
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "：" + output).isZero();
    }
}
