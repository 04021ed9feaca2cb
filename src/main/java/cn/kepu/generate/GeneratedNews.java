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
 * {@code --news=N}: N 宣传信息 submitted last year by the generated cities and counties, spread over the days; about six
 * in ten adopted (on one or two channels, with points), one in ten returned, the rest waiting; and {@code bench-news},
 * STAFF at the province with the most units, for scripts/bench-publicity.sh.
 */
@Component
class GeneratedNews {

    private static final Logger log = LoggerFactory.getLogger(GeneratedNews.class);
    private static final String[] CHANNELS = {"OWN_SITE", "OWN_WECHAT", "CITY_MEDIA", "PROVINCE_MEDIA", "KEPU_CHINA", "NATIONAL_MEDIA"};
    private static final int[] POINTS = {1, 1, 2, 4, 4, 8};

    record Unit(long id, String path, String level, String name) {
    }

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final Random random = new Random(2020);

    GeneratedNews(JdbcTemplate jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    void generate(List<Unit> all, int count, Timestamp now) {
        List<Unit> units = all.stream().filter(u -> !u.level().equals("PROVINCE")).toList();
        int year = LocalDate.now(clock).getYear() - 1;
        LocalDate first = LocalDate.of(year, 1, 1);
        int days = first.lengthOfYear();
        List<Object[]> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Unit u = units.get(random.nextInt(units.size()));
            int roll = random.nextInt(10);
            String state = roll < 6 ? "ADOPTED" : roll < 7 ? "RETURNED" : "SUBMITTED";
            int channel = random.nextInt(CHANNELS.length);
            items.add(new Object[] {u.id(), "基准信息" + i, "基准正文（生成数据）", Date.valueOf(first.plusDays(random.nextInt(days))),
                    "bench", now, state, state.equals("ADOPTED") ? BigDecimal.valueOf(POINTS[channel]) : BigDecimal.ZERO,
                    state.equals("RETURNED") ? "请补充活动成效" : null, CHANNELS[channel]});
            if (items.size() == 20_000) {
                flush(items);
            }
        }
        flush(items);
        Unit province = all.stream().filter(u -> u.level().equals("PROVINCE") && !u.name().startsWith("中国"))
                .max((a, b) -> Long.compare(size(a), size(b))).orElseThrow();
        GeneratedAccounts.staff(jdbc, passwords, "bench-news", "基准测试（信息报送）", province.id(), now);
        log.info("基准信息报送：{}条宣传信息（{}年）；省级用户 bench-news（{}）", count, year, province.name());
    }

    private void flush(List<Object[]> items) {
        jdbc.batchUpdate("insert into news_item (unit_id, title, body, submitted_on, submitted_by, submitted_at, state, points, "
                + "return_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", items.stream().map(r -> java.util.Arrays.copyOf(r, 9)).toList());
        // The channel of each adopted item, by its title (unique within the batch's bench data).
        List<Object[]> usages = new ArrayList<>();
        List<String> titles = items.stream().filter(r -> "ADOPTED".equals(r[6])).map(r -> (String) r[1]).toList();
        if (!titles.isEmpty()) {
            java.util.Map<String, Object[]> byTitle = new java.util.HashMap<>();
            items.forEach(r -> byTitle.put((String) r[1], r));
            jdbc.query("select id, title from news_item where submitted_by = 'bench' and state = 'ADOPTED' and id > ?", rs -> {
                Object[] r = byTitle.get(rs.getString(2));
                if (r != null) {
                    usages.add(new Object[] {rs.getLong(1), 0, r[9], r[7]});
                }
            }, lastFlushedId);
            jdbc.batchUpdate("insert into news_usage (item_id, position, channel, points) values (?, ?, ?, ?)", usages);
        }
        Long max = jdbc.queryForObject("select max(id) from news_item", Long.class);
        lastFlushedId = max == null ? 0 : max;
        items.clear();
    }

    private long lastFlushedId;

    private long size(Unit province) {
        return jdbc.queryForObject("select count(*) from organization where path like ?", Long.class, province.path() + "%");
    }
}
