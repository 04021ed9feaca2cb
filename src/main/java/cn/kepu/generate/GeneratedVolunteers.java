package cn.kepu.generate;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import cn.kepu.volunteer.IdCardNumber;
import cn.kepu.support.PersonalDataCipher;

/**
 * {@code --volunteers=N}: 3,000 科技志愿服务队 spread over the generated associations (one per unit in turn) and N
 * volunteers, each with a distinct valid ID-card number (GB 11643, region of the team's unit) and a mobile phone, both
 * sealed with the configured key as the application seals them. 50,000 of them (at most half) belong to the teams of
 * one city — the city with the most units in the province with the most units — the rest spread evenly. Accounts:
 * bench-volunteers (STAFF at that province, API token kp_bench_volunteers_2026) for the searches, bench-city (STAFF and ORG_ADMIN at that city) for the
 * export, masked and full. Rows are built in parallel and written in JDBC batches (scripts/bench-volunteers.sh).
 */
@Component
@Profile("generate")
class GeneratedVolunteers {

    private static final Logger log = LoggerFactory.getLogger(GeneratedVolunteers.class);

    record Unit(long id, String path, String level, String regionCode, String name) {
    }

    private record Team(long id, long unitId, String path, String region) {
    }

    static final int TEAMS = 3000;
    static final int CITY_VOLUNTEERS = 50_000;
    private static final int BATCH = 5000;

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
        "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
        "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈"};
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰志华建国红梅玉海燕春林晓东文斌慧颖鹏飞宇欣怡浩然子涵思雨佳琪";
    private static final String[] FIELDS = {"AGRICULTURE", "HEALTH", "EMERGENCY", "EDUCATION", "ECOLOGY", "INFORMATION", "OTHER"};
    private static final String[] SKILLS = {"果树栽培", "设施蔬菜", "病虫害防治", "土壤改良", "畜牧养殖", "水产养殖", "农机维修", "食用菌种植",
        "茶叶种植", "中药材种植", "应急救护", "心肺复苏培训", "防灾减灾宣讲", "消防安全", "地震科普", "气象科普", "慢病管理", "健康讲座",
        "中医药科普", "营养膳食", "心理健康", "妇幼保健", "口腔保健", "眼健康", "青少年科技辅导", "机器人编程", "天文观测", "航模制作",
        "科学实验秀", "科普讲解", "生态环保", "垃圾分类", "节能减排", "湿地保护", "观鸟", "网络安全", "防范电信诈骗", "智能手机使用",
        "人工智能科普", "数字素养培训"};

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;
    private final PasswordEncoder passwords;

    GeneratedVolunteers(JdbcTemplate jdbc, PersonalDataCipher cipher, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.passwords = passwords;
    }

    void generate(List<Unit> units, int count, Timestamp now) {
        long started = System.nanoTime();
        Unit province = units.stream().filter(u -> u.level().equals("PROVINCE"))
                .max(Comparator.comparingLong(p -> beneath(units, p))).orElseThrow();
        Unit city = units.stream().filter(u -> u.level().equals("CITY") && u.path().startsWith(province.path()))
                .max(Comparator.comparingLong(c -> beneath(units, c))).orElseThrow();

        List<Object[]> teamRows = new ArrayList<>();
        for (int i = 0; i < TEAMS; i++) {
            Unit unit = units.get(i % units.size());
            teamRows.add(new Object[] {unit.id(), unit.name().replace("科学技术协会（基准）", "") + FIELD_LABELS[i % FIELD_LABELS.length]
                    + "科技志愿服务队" + (i / units.size() + 1), FIELDS[i % FIELDS.length], "队长" + (i + 1),
                    String.format("139%08d", i), now});
        }
        jdbc.batchUpdate("insert into volunteer_team (unit_id, name, field, leader_name, leader_phone, created_at, created_by) "
                + "values (?, ?, ?, ?, ?, ?, 'generate')", teamRows);
        List<Team> teams = jdbc.query("select t.id, t.unit_id, o.path, o.region_code from volunteer_team t "
                + "join organization o on o.id = t.unit_id where t.created_by = 'generate' order by t.id",
                (rs, n) -> new Team(rs.getLong(1), rs.getLong(2), rs.getString(3), idRegion(rs.getString(4))));
        List<Team> cityTeams = teams.stream().filter(t -> t.path().startsWith(city.path())).toList();
        List<Team> otherTeams = teams.stream().filter(t -> !t.path().startsWith(city.path())).toList();
        int inCity = Math.min(CITY_VOLUNTEERS, count / 2);

        LocalDate firstBirth = LocalDate.of(1950, 1, 1);
        for (int from = 0; from < count; from += BATCH) {
            int start = from;
            List<Object[]> rows = IntStream.range(from, Math.min(count, from + BATCH)).parallel().mapToObj(i -> {
                Team team = i < inCity ? cityTeams.get(i % cityTeams.size()) : otherTeams.get(i % otherTeams.size());
                // i → k is one to one below 20,000,000 (7919 is prime to it): a distinct birth date and sequence each.
                long k = (i * 7919L) % 20_000_000L;
                LocalDate birth = firstBirth.plusDays(k / 1000);
                int sequence = (int) (k % 1000);
                IdCardNumber idCard = IdCardNumber.complete(team.region() + birth.toString().replace("-", "")
                        + String.format("%03d", sequence));
                String phone = String.format("13%09d", i);
                int h = Integer.rotateLeft(i * 0x9E3779B1, 7) & 0x7fffffff;
                String name = SURNAMES[h % SURNAMES.length] + GIVEN.charAt((h / 50) % GIVEN.length())
                        + ((h / 3000) % 3 == 0 ? "" : String.valueOf(GIVEN.charAt((h / 9000) % GIVEN.length())));
                String skills = SKILLS[h % SKILLS.length] + ((h >> 8) % 2 == 0 ? "" : "，" + SKILLS[(h >> 9) % SKILLS.length])
                        + ((h >> 12) % 3 == 0 ? "，" + SKILLS[(h >> 14) % SKILLS.length] : "");
                return new Object[] {team.id(), name, sequence % 2 == 1 ? "男" : "女", birth.getYear(), cipher.encrypt(phone),
                    phone.substring(0, 3) + "****" + phone.substring(7), cipher.encrypt(idCard.value()), cipher.hash(idCard.value()),
                    idCard.masked(), FIELDS[h % FIELDS.length], skills, Date.valueOf(LocalDate.of(2025, 1, 1).plusDays(i % 300)), now};
            }).toList();
            jdbc.batchUpdate("insert into volunteer (team_id, name, gender, birth_year, phone_sealed, phone_masked, id_card_sealed, "
                    + "id_card_hash, id_card_masked, field, skills, consent_on, created_at, created_by) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'generate')", rows);
            if ((start / BATCH) % 20 == 19) {
                log.info("志愿者：已生成{}名", start + BATCH);
            }
        }
        long staff = account("bench-volunteers", "基准测试（省级志愿者）", province.id(), now);
        jdbc.update("insert into account_role (account_id, role) values (?, 'STAFF')", staff);
        jdbc.update("insert into api_token (account_id, name, token_hash, token_prefix, created_at) values (?, '基准', ?, 'kp_bench_v', ?)",
                staff, sha256("kp_bench_volunteers_2026"), now);
        long cityAccount = account("bench-city", "基准测试（市级志愿者导出）", city.id(), now);
        jdbc.update("insert into account_role (account_id, role) values (?, 'STAFF')", cityAccount);
        jdbc.update("insert into account_role (account_id, role) values (?, 'ORG_ADMIN')", cityAccount);
        log.info("基准志愿者：{}个服务队，{}名志愿者，用时{}秒；省级用户 bench-volunteers（{}，范围内{}名），市级用户 bench-city（{}，范围内{}名，"
                + "可导出完整信息）", teams.size(), count, (System.nanoTime() - started) / 1_000_000_000, province.name(),
                inScope(province), city.name(), inScope(city));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String[] FIELD_LABELS = {"农业", "医疗卫生", "应急", "教育", "生态环境", "信息技术", "综合"};

    private long inScope(Unit unit) {
        return jdbc.queryForObject("select count(*) from volunteer v join volunteer_team t on t.id = v.team_id "
                + "join organization o on o.id = t.unit_id where o.path like ?", Long.class, unit.path() + "%");
    }

    private static long beneath(List<Unit> units, Unit unit) {
        return units.stream().filter(o -> o.path().startsWith(unit.path())).count();
    }

    /** The first six digits of an ID number issued in the unit's region: a province's or city's own seat when it has none. */
    private static String idRegion(String code) {
        if (code == null || code.length() != 6) {
            return "370902";
        }
        if (code.endsWith("0000")) {
            return code.substring(0, 2) + "0102";
        }
        return code.endsWith("00") ? code.substring(0, 4) + "02" : code;
    }

    private long account(String username, String displayName, long organizationId, Timestamp now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        String hash = passwords.encode("Bench@2026");
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("insert into account (username, display_name, organization_id, "
                    + "password_hash, status, password_changed_at, must_change_password, created_at) "
                    + "values (?, ?, ?, ?, 'ACTIVE', ?, false, ?)", new String[] {"id"});
            statement.setString(1, username);
            statement.setString(2, displayName);
            statement.setLong(3, organizationId);
            statement.setString(4, hash);
            statement.setTimestamp(5, now);
            statement.setTimestamp(6, now);
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
