package cn.kepu.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * {@code --monitoring=Y}: for every generated association (province, city, county) Y years of 公民具备科学素质的比例
 * (rising a little each year) and Y submitted 科普统计 forms with a dozen figures (population on counties only, as the
 * survey's roll-up takes it from the outermost forms), ending last year; and {@code bench-province}, STAFF at the largest
 * province, for scripts/bench-monitoring.sh.
 */
@Component
class GeneratedMonitoring {

    private static final Logger log = LoggerFactory.getLogger(GeneratedMonitoring.class);
    private static final String[] ITEMS = {"STAFF_FULL", "STAFF_PART", "VOLUNTEERS", "FUNDS_RAISED", "FUNDS_GOVERNMENT",
            "FUNDS_SPENT", "ACTIVITIES", "PARTICIPANTS", "LECTURES", "EXHIBITIONS", "BOOKS"};

    record Unit(long id, String path, String level, String name) {
    }

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final Random random = new Random(2019);

    GeneratedMonitoring(JdbcTemplate jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    void generate(List<Unit> units, int years, Timestamp now) {
        int last = LocalDate.now(clock).getYear() - 1;
        List<Object[]> rates = new ArrayList<>();
        List<Object[]> forms = new ArrayList<>();
        for (Unit u : units) {
            double start = 6 + random.nextDouble() * 6;
            double slope = 0.4 + random.nextDouble() * 0.8;
            for (int y = last - years + 1; y <= last; y++) {
                double rate = Math.min(60, start + slope * (y - last + years - 1) + random.nextGaussian() * 0.3);
                rates.add(new Object[] {u.id(), y, BigDecimal.valueOf(rate).setScale(2, RoundingMode.HALF_UP), 1500,
                        "基准测评（生成数据）", "bench", now});
                forms.add(new Object[] {u.id(), y, "SUBMITTED", "bench", now, "bench", now});
            }
        }
        jdbc.batchUpdate("insert into literacy_rate (region_id, survey_year, rate, sample_size, source_name, entered_by, entered_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", rates);
        jdbc.batchUpdate("insert into statistics_form (unit_id, report_year, state, submitted_by, submitted_at, updated_by, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", forms);
        Map<Long, String> levels = new HashMap<>();
        units.forEach(u -> levels.put(u.id(), u.level()));
        List<Object[]> values = new ArrayList<>();
        for (Map<String, Object> f : jdbc.queryForList("select id, unit_id from statistics_form where submitted_by = 'bench'")) {
            long formId = ((Number) f.get("id")).longValue();
            long unitId = ((Number) f.get("unit_id")).longValue();
            for (String item : ITEMS) {
                values.add(new Object[] {formId, item, BigDecimal.valueOf(5 + random.nextInt(500)), "TYPED"});
            }
            if ("COUNTY".equals(levels.get(unitId))) {
                values.add(new Object[] {formId, "POPULATION", BigDecimal.valueOf(20 + random.nextInt(120)), "TYPED"});
            }
            if (values.size() > 20_000) {
                flush(values);
            }
        }
        flush(values);
        Unit province = units.stream().filter(u -> u.level().equals("PROVINCE") && !u.name().startsWith("中国"))
                .max((a, b) -> Long.compare(count(a), count(b))).orElseThrow();
        GeneratedAccounts.staff(jdbc, passwords, "bench-province", "基准测试（省级监测）", province.id(), now);
        log.info("基准监测数据：{}个地区×{}年的科学素质比例和科普统计表；省级用户 bench-province（{}）", units.size(), years, province.name());
    }

    private long count(Unit province) {
        return jdbc.queryForObject("select count(*) from organization where path like ?", Long.class, province.path() + "%");
    }

    private void flush(List<Object[]> values) {
        jdbc.batchUpdate("insert into statistics_value (form_id, item, amount, origin) values (?, ?, ?, ?)", values);
        values.clear();
    }
}
