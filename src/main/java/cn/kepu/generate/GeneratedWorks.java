package cn.kepu.generate;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * {@code --works=N}: a national-sized 科普创作大赛 of last year issued by the province with the most units — a panel of
 * 500 experts, N accepted works over the five categories, each given to five experts (分组评审) who all scored it — and
 * {@code bench-works}, STAFF at that province, for scripts/bench-works.sh.
 */
@Component
class GeneratedWorks {

    private static final Logger log = LoggerFactory.getLogger(GeneratedWorks.class);
    static final int EXPERTS = 500;
    static final int PER_WORK = 5;
    private static final String[][] CATEGORIES = {{"BOOK", "PDF", "50", "false"}, {"VIDEO", "MP4", "200", "true"},
            {"ANIMATION", "MP4", "200", "true"}, {"POSTER", "PDF,JPG,PNG", "20", "false"}, {"TALK", "MP4", "200", "true"}};

    record Unit(long id, String path, String level, String name) {
    }

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final Random random = new Random(2021);

    GeneratedWorks(JdbcTemplate jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    void generate(List<Unit> units, int count, Timestamp now) {
        Unit province = units.stream().filter(u -> u.level().equals("PROVINCE") && !u.name().startsWith("中国"))
                .max((a, b) -> Long.compare(size(a), size(b))).orElseThrow();
        int year = LocalDate.now(clock).getYear() - 1;
        jdbc.update("insert into work_call (issuer_id, title, call_year, opens_on, closes_on, rules, created_at, created_by) "
                + "values (?, ?, ?, ?, ?, ?, ?, 'bench')", province.id(), year + "年全国科普创作大赛（基准）", year,
                Date.valueOf(LocalDate.of(year, 3, 1)), Date.valueOf(LocalDate.of(year, 6, 30)), "基准数据", now);
        long call = jdbc.queryForObject("select id from work_call where title = ?", Long.class, year + "年全国科普创作大赛（基准）");
        for (int c = 0; c < CATEGORIES.length; c++) {
            jdbc.update("insert into work_call_category (call_id, position, category, formats, max_mb, link_allowed) values (?, ?, ?, ?, ?, ?)",
                    call, c, CATEGORIES[c][0], CATEGORIES[c][1], Integer.parseInt(CATEGORIES[c][2]), Boolean.parseBoolean(CATEGORIES[c][3]));
        }
        List<Object[]> panel = new ArrayList<>();
        for (int e = 0; e < EXPERTS; e++) {
            panel.add(new Object[] {call, e, 9_000_000L + e, "基准专家" + e, "基准专家单位" + e, null});
        }
        jdbc.batchUpdate("insert into work_call_expert (call_id, position, expert_id, name, employer, unit_name) values (?, ?, ?, ?, ?, ?)", panel);
        List<Object[]> works = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            works.add(new Object[] {call, CATEGORIES[i % CATEGORIES.length][0], "基准作品" + i, "作者" + i, "作者单位" + (i % 3000),
                    "bench", "138****" + String.format("%04d", i % 10000), "https://v.example.com/bench/" + i, "10.0.0." + (i % 250), now,
                    "bench", "ACCEPTED", now, "bench"});
        }
        jdbc.batchUpdate("insert into work (call_id, category, title, authors, author_unit, phone_sealed, phone_masked, link, "
                + "client_address, submitted_at, submitted_by, state, checked_at, checked_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", works);
        List<Long> ids = jdbc.queryForList("select id from work where call_id = ? order by id", Long.class, call);
        List<Object[]> assignments = new ArrayList<>();
        List<Object[]> scores = new ArrayList<>();
        int next = 0;
        for (long id : ids) {
            for (int k = 0; k < PER_WORK; k++) {
                int e = (next + k) % EXPERTS;
                assignments.add(new Object[] {call, id, 9_000_000L + e});
                scores.add(new Object[] {id, 9_000_000L + e, "基准专家" + e, BigDecimal.valueOf(600 + random.nextInt(400), 1), "bench", now});
            }
            next = (next + PER_WORK) % EXPERTS;
            if (assignments.size() >= 20_000) {
                flush(assignments, scores);
            }
        }
        flush(assignments, scores);
        GeneratedAccounts.staff(jdbc, passwords, "bench-works", "基准测试（作品征集）", province.id(), now);
        log.info("基准作品征集：{}件作品、{}位专家（每件{}位评分），征集通知 {}；省级用户 bench-works（{}）", count, EXPERTS, PER_WORK, call, province.name());
    }

    private void flush(List<Object[]> assignments, List<Object[]> scores) {
        jdbc.batchUpdate("insert into work_assignment (call_id, work_id, expert_id) values (?, ?, ?)", assignments);
        jdbc.batchUpdate("insert into work_score (work_id, expert_id, expert_name, points, entered_by, scored_at) values (?, ?, ?, ?, ?, ?)", scores);
        assignments.clear();
        scores.clear();
    }

    private long size(Unit province) {
        return jdbc.queryForObject("select count(*) from organization where path like ?", Long.class, province.path() + "%");
    }
}
