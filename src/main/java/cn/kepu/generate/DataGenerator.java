package cn.kepu.generate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds, from the region list: one association per province, prefecture and county (up to
 * {@code --organizations}, default 3,000), {@code --tasks} tasks (default 500) in plans issued by the largest
 * provinces, and {@code --assignments} assignments (default 50,000) to their cities and counties, each with a
 * target, an actual for most, and a spread of states and deadlines. Adds the account {@code bench} (STAFF at
 * the city with the most counties) and {@code bench-admin} (SYSTEM_ADMIN), both with password {@code Bench@2026}.
 * {@code --bases=N} adds N 科普教育基地 over the generated associations and {@code bench-bases} (STAFF at the largest province).
 * {@code --volunteers=N} adds 3,000 科技志愿服务队 and N volunteers with sealed ID-card numbers ({@link GeneratedVolunteers}).
 * {@code --monitoring=Y} adds Y years of literacy rates and submitted 科普统计 forms for every association ({@link GeneratedMonitoring}).
 * {@code --news=N} adds N 宣传信息 of last year over the cities and counties ({@link GeneratedNews}).
 * {@code --works=N} adds a 科普创作大赛 of N scored works and 500 experts ({@link GeneratedWorks}).
 */
@Component
@Profile("generate")
class DataGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);

    private record Unit(long id, String path, String level, String regionCode, String parentRegion, String name) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final Random random = new Random(2026);
    private final GeneratedVolunteers volunteers;
    private final GeneratedMonitoring monitoring;
    private final GeneratedNews news;
    private final GeneratedWorks worksGenerator;

    DataGenerator(JdbcTemplate jdbc, TransactionTemplate transactions, PasswordEncoder passwords, Clock clock,
            GeneratedVolunteers volunteers, GeneratedMonitoring monitoring, GeneratedNews news, GeneratedWorks worksGenerator) {
        this.news = news;
        this.worksGenerator = worksGenerator;
        this.volunteers = volunteers;
        this.monitoring = monitoring;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // --scale=national: every region's association (31 provinces, 333 prefectures, 2,844 counties) under one national
        // association that issues the plan, ~47,000 units beneath the counties, 500,000 assignments, 1,000,000 activities.
        boolean national = "national".equals(args.containsOption("scale") ? args.getOptionValues("scale").get(0) : null);
        int organizations = option(args, "organizations", national ? Integer.MAX_VALUE : 3000);
        int tasks = option(args, "tasks", national ? 156 : 500);
        int assignments = option(args, "assignments", national ? 500_000 : 50000);
        int activities = option(args, "activities", national ? 1_000_000 : 0);
        int memberUnits = option(args, "units", national ? 47_000 : 0);
        boolean assessment = option(args, "assessment", 0) > 0;
        int recommendations = option(args, "recommendations", 0);
        int bases = option(args, "bases", 0);
        int projects = option(args, "projects", 0);
        int volunteerCount = option(args, "volunteers", 0);
        int monitoringYears = option(args, "monitoring", 0);
        int newsCount = option(args, "news", 0);
        int workCount = option(args, "works", 0);
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            List<Unit> units = generate(organizations, tasks, assignments, activities, assessment, recommendations, bases,
                    monitoringYears > 0, national, memberUnits);
            if (monitoringYears > 0) {
                monitoring.generate(units.stream().map(u -> new GeneratedMonitoring.Unit(u.id(), u.path(), u.level(), u.name()))
                        .toList(), monitoringYears, Timestamp.from(clock.instant()));
            }
            if (newsCount > 0) {
                news.generate(units.stream().map(u -> new GeneratedNews.Unit(u.id(), u.path(), u.level(), u.name())).toList(),
                        newsCount, Timestamp.from(clock.instant()));
            }
            if (workCount > 0) {
                worksGenerator.generate(units.stream().map(u -> new GeneratedWorks.Unit(u.id(), u.path(), u.level(), u.name())).toList(),
                        workCount, Timestamp.from(clock.instant()));
            }
            if (projects > 0) {
                projects(units, projects, Timestamp.from(clock.instant()));
            }
            if (volunteerCount > 0) {
                volunteers.generate(units.stream().map(u -> new GeneratedVolunteers.Unit(u.id(), u.path(), u.level(), u.regionCode(),
                        u.name())).toList(), volunteerCount, Timestamp.from(clock.instant()));
            }
        });
        // Fresh statistics and visibility maps, as autovacuum would make them in a while on a live database: plans depend
        // on the first, index-only scans on the second.
        try {
            jdbc.execute("vacuum analyze");
        } catch (org.springframework.dao.DataAccessException notPostgres) {
            jdbc.execute("analyze");
        }
        log.info("\n\n  基准数据已生成：{}个单位，{}项任务，{}条任务分解，用时{}秒。\n  市级用户：bench / Bench@2026；全国：bench-admin / Bench@2026\n",
                count("organization"), count("task"), count("assignment"), (System.nanoTime() - started) / 1_000_000_000);
    }

    private List<Unit> generate(int organizationCount, int taskCount, int assignmentCount, int activityCount, boolean assessment,
            int recommendationCount, int baseCount, boolean nationalRoot, boolean nationalPlan, int memberUnitCount) {
        Timestamp now = Timestamp.from(clock.instant());
        // Activities need one campaign over the whole country, the national statistics one root: a national association
        // above the provinces.
        Unit national = activityCount > 0 || nationalRoot || nationalPlan
                ? insertUnit("中国科学技术协会（基准）", "PROVINCE", null, null, now) : null;
        List<Map<String, Object>> regions = jdbc.queryForList("select code, name, level, parent_code from region order by code");
        Map<String, Unit> byRegion = new HashMap<>();
        List<Unit> units = new ArrayList<>();
        for (Map<String, Object> r : regions) {
            if (units.size() >= organizationCount) {
                break;
            }
            String level = (String) r.get("level");
            Unit parent = r.get("parent_code") == null ? national : byRegion.get((String) r.get("parent_code"));
            if (r.get("parent_code") != null && parent == null) {
                continue;
            }
            String orgLevel = switch (level) { case "PROVINCE" -> "PROVINCE"; case "PREFECTURE" -> "CITY"; default -> "COUNTY"; };
            String name = r.get("name") + "科学技术协会（基准）";
            Unit unit = insertUnit(name, orgLevel, (String) r.get("code"), parent, now);
            byRegion.put((String) r.get("code"), unit);
            units.add(unit);
        }

        List<Unit> members = memberUnitCount > 0 ? memberUnits(units, memberUnitCount, now) : List.of();

        // The largest provinces issue the plans; each task goes to the cities and counties beneath the issuer.
        Map<Unit, List<Unit>> beneath = new HashMap<>();
        for (Unit u : units) {
            if (u.level().equals("PROVINCE")) {
                beneath.put(u, units.stream().filter(o -> o != u && o.path().startsWith(u.path())).toList());
            }
        }
        List<Unit> issuers = beneath.keySet().stream().sorted(Comparator.comparingInt((Unit u) -> -beneath.get(u).size())).toList();
        if (nationalPlan) {
            // One plan of the national association, each task assigned to every province, city and county association.
            beneath.put(national, units);
            issuers = java.util.stream.Stream.concat(java.util.stream.Stream.of(national), issuers.stream()).toList();
        }
        int perTask = Math.max(1, assignmentCount / taskCount);
        int plansNeeded = 0;
        while (plansNeeded < issuers.size() && beneath.get(issuers.get(plansNeeded)).size() >= perTask) {
            plansNeeded++;
        }
        plansNeeded = Math.max(1, Math.min(plansNeeded, 5));
        List<Unit> planIssuers = issuers.subList(0, plansNeeded);
        int year = LocalDate.now(clock).getYear();
        int made = 0;
        for (int p = 0; p < plansNeeded; p++) {
            Unit issuer = issuers.get(p);
            int tasksHere = taskCount / plansNeeded + (p < taskCount % plansNeeded ? 1 : 0);
            long plan = insert("insert into work_plan (issuer_id, title, doc_number, period_from, period_to, issue_date, state, "
                    + "published_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?)",
                    issuer.id(), issuer.name().replace("科学技术协会（基准）", "") + year + "年科普工作任务清单（基准）",
                    "基准〔" + year + "〕" + (p + 1) + "号", year, year, Date.valueOf(LocalDate.of(year, 1, 10)), now, now, now);
            List<Unit> targets = beneath.get(issuer).subList(0, Math.min(perTask, beneath.get(issuer).size()));
            long section = 0;
            for (int t = 0; t < tasksHere; t++) {
                if (t % 20 == 0) {
                    section = insert("insert into plan_section (plan_id, number, title, position) values (?, ?, ?, ?)",
                            plan, String.valueOf(t / 20 + 1), "重点工作" + (t / 20 + 1), t / 20);
                }
                YearMonth month = YearMonth.of(year, 1 + random.nextInt(12));
                long task = insert("insert into task (plan_id, section_id, position, number, title, requirements, deadline_text, "
                        + "deadline_start, deadline_end, deadline_recurrence) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ONCE')",
                        plan, section, t, String.valueOf(t + 1), "基准任务" + (t + 1), "各县市区不少于20项",
                        year + "年" + month.getMonthValue() + "月", null, Date.valueOf(month.atEndOfMonth()));
                jdbc.update("insert into task_party (task_id, role, selector, position) values (?, 'RESPONSIBLE', 'COUNTIES', 0)", task);
                long quota = insert("insert into quota (task_id, metric, comparator, target, unit, subject_selector, position) "
                        + "values (?, '活动数', 'AT_LEAST', 20, '项', 'COUNTIES', 0)", task);
                made += assign(task, quota, targets, now);
            }
        }
        Unit city = units.stream().filter(u -> u.level().equals("CITY") && beneath.values().stream().anyMatch(l -> l.contains(u)))
                .filter(u -> planIssuers.stream().anyMatch(i -> u.path().startsWith(i.path())))
                .max(Comparator.comparingLong(u -> units.stream().filter(o -> o.path().startsWith(u.path())).count())).orElseThrow();
        long account = insert("insert into account (username, display_name, organization_id, password_hash, status, "
                + "password_changed_at, must_change_password, created_at) values ('bench', '基准测试', ?, ?, 'ACTIVE', ?, false, ?)",
                city.id(), passwords.encode("Bench@2026"), now, now);
        jdbc.update("insert into account_role (account_id, role) values (?, 'STAFF')", account);
        long admin = insert("insert into account (username, display_name, password_hash, status, password_changed_at, "
                + "must_change_password, created_at) values ('bench-admin', '基准测试（全国）', ?, 'ACTIVE', ?, false, ?)",
                passwords.encode("Bench@2026"), now, now);
        jdbc.update("insert into account_role (account_id, role) values (?, 'SYSTEM_ADMIN')", admin);
        if (nationalPlan) {
            long nationalStaff = insert("insert into account (username, display_name, organization_id, password_hash, status, "
                    + "password_changed_at, must_change_password, created_at) values ('bench-national', '基准测试（全国科协）', ?, ?, "
                    + "'ACTIVE', ?, false, ?)", national.id(), passwords.encode("Bench@2026"), now, now);
            jdbc.update("insert into account_role (account_id, role) values (?, 'STAFF')", nationalStaff);
        }
        log.info("基准市级单位：{}（{}个任务分解在其范围内）", city.name(),
                jdbc.queryForObject("select count(*) from assignment a join organization o on o.id = a.organization_id where o.path like ?",
                        Long.class, city.path() + "%"));
        Unit largestProvince = issuers.stream().filter(u -> u != national).findFirst().orElseThrow();
        if (activityCount > 0) {
            activities(national, members.isEmpty() ? units : concat(units, members), largestProvince, activityCount, now);
            if (assessment) {
                assessment(national, now);
            }
            if (recommendationCount > 0) {
                recommendations(national, units, recommendationCount, now);
            }
        }
        if (baseCount > 0) {
            bases(units, largestProvince, baseCount, now);
        }
        if (made < assignmentCount) {
            log.info("区划数量只够生成{}条任务分解", made);
        }
        return units;
    }

    private static final String[] PROJECT_KINDS = {"GRASSROOTS", "RURAL", "COMMUNITY", "DEMONSTRATION"};
    private static final String[] PROJECT_STATES = {"SUBMITTED", "SUBMITTED", "APPROVED", "APPROVED", "REJECTED", "MIDTERM",
            "MIDTERM", "ACCEPTED", "ACCEPTED", "FAILED"};

    /**
     * 科普项目: every province's association issues one call a year for the last three years (kinds in turn), and
     * {@code count} projects are spread over the cities and counties beneath them, in every state, with budgets, one budget
     * line each and approved funds for the funded ones (万元, four decimals). A province account bench-projects (STAFF of the
     * province with the most units). Benchmarks read the filtered list and the funds summary (scripts/bench-projects.sh).
     */
    private void projects(List<Unit> units, int count, Timestamp now) {
        LocalDate today = LocalDate.now(clock);
        List<Unit> provinces = units.stream().filter(u -> u.level().equals("PROVINCE")).toList();
        Map<Unit, List<Unit>> beneath = new HashMap<>();
        for (Unit p : provinces) {
            beneath.put(p, units.stream().filter(o -> o != p && o.path().startsWith(p.path())).toList());
        }
        List<Unit> issuers = provinces.stream().filter(p -> !beneath.get(p).isEmpty()).toList();
        Map<Unit, long[]> calls = new HashMap<>();
        int k = 0;
        for (Unit p : issuers) {
            long[] ids = new long[3];
            for (int y = 0; y < 3; y++) {
                int year = today.getYear() - 2 + y;
                ids[y] = insert("insert into project_call (issuer_id, title, kind, call_year, deadline, budget, description, midterm_due, "
                        + "acceptance_due, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'generate')", p.id(),
                        p.name().replace("科学技术协会（基准）", "") + year + "年科普项目申报（基准）", PROJECT_KINDS[k++ % PROJECT_KINDS.length],
                        year, Date.valueOf(LocalDate.of(year, 3, 31)), new BigDecimal("100000"), "基准申报通知",
                        Date.valueOf(LocalDate.of(year, 7, 31)), Date.valueOf(LocalDate.of(year, 12, 31)), now);
            }
            calls.put(p, ids);
        }
        // Half of them in the province with the most units, whose user the benchmark reads as: a big scope to filter.
        Unit largest = issuers.stream().max(Comparator.comparingInt(p -> beneath.get(p).size())).orElseThrow();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Unit province = random.nextBoolean() ? largest : issuers.get(random.nextInt(issuers.size()));
            List<Unit> candidates = beneath.get(province);
            Unit applicant = candidates.get(random.nextInt(candidates.size()));
            int y = random.nextInt(3);
            String state = PROJECT_STATES[random.nextInt(PROJECT_STATES.length)];
            boolean funded = !state.equals("SUBMITTED") && !state.equals("REJECTED");
            BigDecimal budget = BigDecimal.valueOf(10_000 + random.nextInt(190_000), 4);
            BigDecimal approved = funded ? budget.subtract(BigDecimal.valueOf(random.nextInt(10_000), 4)) : null;
            rows.add(new Object[] {calls.get(province)[y], applicant.id(), "基准科普项目" + (i + 1), "基准项目内容：开展科普讲座、展览和培训。",
                    "讲座10场", budget, today.getYear() - 2 + y, applicant.regionCode(), state, approved, now});
            if (rows.size() == 5000 || i == count - 1) {
                jdbc.batchUpdate("insert into project (call_id, applicant_id, name, content, expected_outputs, budget, funds_year, "
                        + "region_code, state, approved_funds, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'generate')",
                        rows);
                rows.clear();
            }
        }
        jdbc.update("insert into project_budget_line (project_id, position, item, amount) "
                + "select id, 0, '基准经费', budget from project where created_by = 'generate'");
        long account = insert("insert into account (username, display_name, organization_id, password_hash, status, "
                + "password_changed_at, must_change_password, created_at) values ('bench-projects', '基准测试（省级项目）', ?, ?, 'ACTIVE', ?, false, ?)",
                largest.id(), passwords.encode("Bench@2026"), now, now);
        jdbc.update("insert into account_role (account_id, role) values (?, 'STAFF')", account);
        log.info("基准科普项目：{}个申报通知，{}个项目；省级用户 bench-projects（{}，范围内{}个）", issuers.size() * 3, count, largest.name(),
                jdbc.queryForObject("select count(*) from project p join organization o on o.id = p.applicant_id where o.path like ?",
                        Long.class, largest.path() + "%"));
    }

    private static final String[] BASE_KINDS = {"VENUE", "RESEARCH", "PRODUCTION", "NATURE", "OTHER"};
    private static final String[] BASE_STATES = {"RECOGNIZED", "RECOGNIZED", "RECOGNIZED", "RECOGNIZED", "RECOGNIZED", "RECOGNIZED",
            "APPLIED", "SCREENED", "RECTIFYING", "REVOKED"};

    /**
     * {@code count} 科普教育基地 spread over every generated association, in every state (six in ten recognized, with
     * validities ending over the next five years), and a province account bench-bases (STAFF at the largest province)
     * for scripts/bench-bases.sh.
     */
    private void bases(List<Unit> units, Unit province, int count, Timestamp now) {
        LocalDate today = LocalDate.now(clock);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Unit parent = units.get(i % units.size());
            String state = BASE_STATES[random.nextInt(BASE_STATES.length)];
            String level = switch (parent.level()) { case "PROVINCE" -> i % 7 == 0 ? "NATIONAL" : "PROVINCE"; case "CITY" -> "CITY";
                default -> "COUNTY"; };
            boolean recognized = !state.equals("APPLIED") && !state.equals("SCREENED");
            LocalDate from = today.minusDays(random.nextInt(5 * 365));
            rows.add(new Object[] {parent.name().replace("科学技术协会（基准）", "") + "科普教育基地" + (i + 1), level,
                    BASE_KINDS[i % BASE_KINDS.length], parent.id(), "基准运营单位" + (i + 1), "91110000MA00000000",
                    parent.regionCode(), 100 + random.nextInt(3000), state, recognized ? "基准基地〔" + from.getYear() + "〕" + (i + 1) + "号" : null,
                    recognized ? Date.valueOf(from) : null, recognized ? Date.valueOf(from) : null,
                    recognized ? Date.valueOf(from.plusYears(5).minusDays(1)) : null, recognized ? 5 : null,
                    state.equals("RECTIFYING") ? Date.valueOf(today.plusMonths(3)) : null, now});
        }
        jdbc.batchUpdate("insert into education_base (name, level, kind, parent_id, operator_name, operator_credit_code, region_code, "
                + "capacity, state, number, recognized_on, valid_from, valid_until, validity_years, rectify_by, applied_at, applied_by) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench')", rows);
        long account = insert("insert into account (username, display_name, organization_id, password_hash, status, "
                + "password_changed_at, must_change_password, created_at) values ('bench-bases', '基准测试（省级基地）', ?, ?, 'ACTIVE', ?, false, ?)",
                province.id(), passwords.encode("Bench@2026"), now, now);
        jdbc.update("insert into account_role (account_id, role) values (?, 'STAFF')", account);
        log.info("基准科普教育基地：{}个，省级用户 bench-bases（{}，范围内{}个）", count, province.name(), jdbc.queryForObject(
                "select count(*) from education_base b join organization o on o.id = b.parent_id where o.path like ?", Long.class,
                province.path() + "%"));
    }

    private static final String[] TOPICS = {"食品安全", "乡村振兴", "双减", "应急科普", "健康科普", "生态科普", "科学防疫", "数字素养"};
    private static final String[] GROUPS = {"青少年", "农民", "产业工人", "老年人", "领导干部和公务员", "社区居民"};

    /**
     * One national 全国科普日 open for registration today, with {@code count} activities spread over every unit in
     * every state; a province account (bench-province) and an API token for it (kp_bench_province_2026).
     */
    private void activities(Unit national, List<Unit> units, Unit province, int count, Timestamp now) {
        LocalDate today = LocalDate.now(clock);
        LocalDate eventStart = today.plusDays(30);
        long campaign = insert("insert into campaign (name, kind, theme, organizer_id, event_start, event_end, registration_start, "
                + "registration_end, counting_rules, max_photos, created_at) values (?, 'SCIENCE_DAY', ?, ?, ?, ?, ?, ?, ?, 5, ?)",
                today.getYear() + "年全国科普日（基准）", "喜迎二十大，科普向未来", national.id(), Date.valueOf(eventStart),
                Date.valueOf(eventStart.plusDays(6)), Date.valueOf(today.minusDays(30)),
                Date.valueOf(today.plusDays(60)), "食品安全=食品安全", now);
        List<Unit> organizers = units.stream().filter(u -> u != national).toList();
        String[] states = {"DRAFT", "SUBMITTED", "SUBMITTED", "RETURNED", "APPROVED", "APPROVED", "APPROVED", "APPROVED", "COMPLETED",
                "COMPLETED"};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Unit u = organizers.get(random.nextInt(organizers.size()));
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            String topic2 = TOPICS[random.nextInt(TOPICS.length)];
            boolean foodNamed = topic.equals("食品安全") && random.nextBoolean();
            String name = (foodNamed ? "食品安全" : topic) + "科普活动（基准" + (i + 1) + "）";
            String topics = "|" + topic + (topic2.equals(topic) ? "" : "|" + topic2) + "|";
            String counted = topics.replace("|食品安全|", foodNamed ? "|食品安全|" : "|");
            String state = states[random.nextInt(states.length)];
            LocalDateTime start = eventStart.plusDays(random.nextInt(7)).atTime(8 + random.nextInt(10), 0);
            Timestamp submitted = state.equals("DRAFT") ? null
                    : Timestamp.from(now.toInstant().minus(Duration.ofMinutes(random.nextInt(30 * 24 * 60))));
            rows.add(new Object[] {campaign, u.id(), u.id(), name, Timestamp.valueOf(start), Timestamp.valueOf(start.plusHours(2)),
                    u.regionCode(), "基准活动地点" + (i % 100), "张老师", String.format("138%08d", i), topics, counted,
                    "|" + GROUPS[random.nextInt(GROUPS.length)] + "|", random.nextInt(10) == 0, 50 + random.nextInt(500), state,
                    submitted, now});
            if (rows.size() == 5000 || i == count - 1) {
                jdbc.batchUpdate("insert into activity (campaign_id, organizer_id, reviewer_id, name, starts_at, ends_at, region_code, "
                        + "address, person_in_charge, phone, topics, counted_topics, target_groups, key_activity, "
                        + "expected_participants, state, submitted_at, created_by, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?)", rows);
                rows.clear();
            }
        }
        // Marked for the campaign dashboard's tally, which the application recounts from them at its first fold.
        jdbc.update("insert into campaign_tally_pending (activity_id) select id from activity where campaign_id = ?", campaign);
        long account = insert("insert into account (username, display_name, organization_id, password_hash, status, "
                + "password_changed_at, must_change_password, created_at) values ('bench-province', '基准测试（省级）', ?, ?, 'ACTIVE', ?, false, ?)",
                province.id(), passwords.encode("Bench@2026"), now, now);
        jdbc.update("insert into account_role (account_id, role) values (?, 'STAFF')", account);
        jdbc.update("insert into api_token (account_id, name, token_hash, token_prefix, created_at) values (?, '基准', ?, 'kp_bench_p', ?)",
                account, sha256("kp_bench_province_2026"), now);
        log.info("基准活动：{}项，活动ID {}，省级用户 bench-province（{}，范围内{}项），接口令牌 kp_bench_province_2026", count, campaign,
                province.name(), jdbc.queryForObject("select count(*) from activity a join organization o on o.id = a.organizer_id "
                        + "where o.path like ?", Long.class, province.path() + "%"));
    }

    /**
     * A national assessment over every county association, published: 15 indicators, 8 of them computed — three ledger
     * quotas, three activity counts (all, 食品安全, 双减), two timeliness — and 5 manual items scored for every unit, a bonus
     * and a deduction. Benchmarks freeze it, read its results and write its 通报 (scripts/bench-assessment.sh).
     */
    private void assessment(Unit national, Timestamp now) {
        int year = LocalDate.now(clock).getYear();
        long scheme = insert("insert into assessment_scheme (issuer_id, assessment_year, title, document_number, total_points, grading, "
                + "bands, publicity_days, state, created_at) values (?, ?, ?, ?, 100, 'SHARE', '优秀=20%；良好=30%；合格=40%；不合格', 7, "
                + "'PUBLISHED', ?)", national.id(), year, year + "年度全国县级科协科普工作考核（基准）", "基准〔" + year + "〕1号", now);
        List<Long> counties = jdbc.queryForList("select id from organization where level = 'COUNTY' and unit_type = 'ASSOCIATION'",
                Long.class);
        jdbc.batchUpdate("insert into assessment_unit (scheme_id, organization_id) values (?, ?)",
                counties.stream().map(id -> new Object[] {scheme, id}).toList());
        List<Map<String, Object>> quotas = jdbc.queryForList("select q.id, t.plan_id from quota q join task t on t.id = q.task_id "
                + "order by q.id limit 3");
        List<Long> plans = jdbc.queryForList("select id from work_plan order by id limit 2", Long.class);
        long campaign = jdbc.queryForObject("select max(id) from campaign", Long.class);
        int[] position = {0};
        String indicator = "insert into assessment_indicator (scheme_id, parent_id, position, name, points, kind, plan_id, quota_id, "
                + "campaign_id, topic, target, per_notice, each_points, cap) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        long key = insert(indicator, scheme, null, position[0]++, "重点任务", 0, "GROUP", null, null, null, null, null, null, null, null);
        for (int i = 0; i < quotas.size(); i++) {
            insert(indicator, scheme, key, position[0]++, "台账指标" + (i + 1), 7, "QUOTA", quotas.get(i).get("plan_id"),
                    quotas.get(i).get("id"), null, null, null, null, null, null);
        }
        String[] topics = {null, "食品安全", "双减"};
        for (String topic : topics) {
            insert(indicator, scheme, key, position[0]++, (topic == null ? "全部" : topic) + "活动数", 7, "ACTIVITIES", null, null,
                    campaign, topic, 20, null, null, null);
        }
        long work = insert(indicator, scheme, null, position[0]++, "工作落实", 0, "GROUP", null, null, null, null, null, null, null, null);
        for (int i = 0; i < 2; i++) {
            insert(indicator, scheme, work, position[0]++, "按时完成" + (i + 1), 7, "TIMELINESS", plans.get(i % plans.size()), null,
                    null, null, null, 1, null, null);
        }
        List<Long> manual = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            manual.add(insert(indicator, scheme, work, position[0]++, "人工评分" + (i + 1), i == 4 ? 8 : 9, "MANUAL", null, null,
                    null, null, null, null, null, null));
        }
        long bonus = insert(indicator, scheme, null, position[0]++, "受表彰", 0, "BONUS", null, null, null, null, null, null, 2, 4);
        insert(indicator, scheme, null, position[0]++, "逾期报送", 0, "DEDUCTION", null, null, null, null, null, null, 0.5, 3);
        List<Object[]> entries = new ArrayList<>();
        for (long county : counties) {
            for (int i = 0; i < manual.size(); i++) {
                entries.add(new Object[] {scheme, manual.get(i), county, 5 + random.nextInt(4)});
            }
            if (random.nextInt(10) == 0) {
                entries.add(new Object[] {scheme, bonus, county, 1});
            }
        }
        jdbc.batchUpdate("insert into assessment_entry (scheme_id, indicator_id, organization_id, given) values (?, ?, ?, ?)", entries);
        log.info("基准考核方案：ID {}，被考核单位{}个，指标15项（计算8项）", scheme, counties.size());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private int assign(long task, long quota, List<Unit> units, Timestamp now) {
        List<Object[]> rows = new ArrayList<>();
        for (Unit u : units) {
            int roll = random.nextInt(10);
            String state = roll < 3 ? "NOT_STARTED" : roll < 8 ? "IN_PROGRESS" : "DONE";
            rows.add(new Object[] {task, u.id(), state, now, now});
        }
        jdbc.batchUpdate("insert into assignment (task_id, organization_id, state, created_at, updated_at) values (?, ?, ?, ?, ?)", rows);
        jdbc.update("insert into assignment_target (assignment_id, quota_id, target) select id, ?, 20 from assignment where task_id = ?",
                quota, task);
        List<Object[]> actuals = new ArrayList<>();
        for (Unit u : units) {
            if (random.nextInt(10) < 7) {
                actuals.add(new Object[] {quota, u.id(), "report", "bench:" + task + ":" + u.id(),
                        BigDecimal.valueOf(random.nextInt(30)), now});
            }
        }
        jdbc.batchUpdate("insert into quota_actual (quota_id, organization_id, source, source_ref, amount, recorded_at) "
                + "values (?, ?, ?, ?, ?, ?)", actuals);
        return units.size();
    }

    /**
     * A national 先进单位 round of the benchmark national association with every generated unit as a recommender and
     * {@code count} recommendations spread over them (each recommends itself, then named copies), in every state; an
     * issuer account bench-national (STAFF of the national association). Benchmarks read the review list and one
     * recommender's forms (scripts/bench-recommendation.sh).
     */
    private void recommendations(Unit national, List<Unit> units, int count, Timestamp now) {
        LocalDate today = LocalDate.now(clock);
        long round = insert("insert into recommendation_round (issuer_id, title, kind, form_preset, quota, deadline, stage, "
                + "created_at, created_by) values (?, ?, 'UNIT', 'UNIT', ?, ?, 'OPEN', ?, 'generate')", national.id(),
                today.getYear() + "年全国科普工作先进单位推荐（基准）", Math.max(1, count / Math.max(1, units.size()) + 1),
                Date.valueOf(today.plusDays(30)), now);
        jdbc.batchUpdate("insert into recommendation_round_recommender (round_id, organization_id) values (?, ?)",
                units.stream().map(u -> new Object[] {round, u.id()}).toList());
        String[] states = {"DRAFT", "SUBMITTED", "SUBMITTED", "SUBMITTED", "PASSED", "PASSED", "RETURNED", "REJECTED"};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Unit u = units.get(i % units.size());
            String state = states[random.nextInt(states.length)];
            rows.add(new Object[] {round, u.id(), u.id(), i < units.size() ? u.name() : u.name() + "（第" + (i / units.size() + 1) + "项）",
                    u.name(), "县级", 10 + random.nextInt(90), "联系人" + (i % 100), "0913-" + (2000000 + i),
                    "组织开展全国科普日、科普之春等系列活动，覆盖所有乡镇（街道），参与群众上万人次；建立科普志愿服务队伍，常态化开展科普进社区、进农村、进校园活动。",
                    "同意推荐。", state, "PASSED".equals(state), now, state.equals("DRAFT") ? null : now});
            if (rows.size() == 5000) {
                insertRecommendations(rows);
            }
        }
        insertRecommendations(rows);
        long account = insert("insert into account (username, display_name, organization_id, password_hash, status, "
                + "password_changed_at, must_change_password, created_at) values ('bench-national', '基准测试（全国推荐）', ?, ?, 'ACTIVE', ?, false, ?)",
                national.id(), passwords.encode("Bench@2026"), now, now);
        jdbc.update("insert into account_role (account_id, role) values (?, 'STAFF')", account);
        log.info("基准推荐评选：ID {}，{}个推荐单位，{}个推荐；发起单位用户 bench-national", round, units.size(), count);
    }

    private void insertRecommendations(List<Object[]> rows) {
        jdbc.batchUpdate("insert into recommendation (round_id, recommender_id, unit_id, subject_name, unit_name, unit_level, "
                + "staff_count, contact_person, contact_phone, main_text, recommender_opinion, state, selected, created_at, "
                + "created_by, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'generate', ?)", rows);
        rows.clear();
    }

    private Unit insertUnit(String name, String level, String regionCode, Unit parent, Timestamp now) {
        long id = insert("insert into organization (name, unit_type, level, region_code, parent_id, path, status, created_at, "
                + "updated_at) values (?, 'ASSOCIATION', ?, ?, ?, '', 'ENABLED', ?, ?)",
                name, level, regionCode, parent == null ? null : parent.id(), now, now);
        String path = (parent == null ? "/" : parent.path()) + id + "/";
        jdbc.update("update organization set path = ? where id = ?", path, id);
        return new Unit(id, path, level, regionCode, parent == null ? null : parent.regionCode(), name);
    }

    /**
     * {@code count} 成员单位 (schools, hospitals, enterprises, societies working with the county association) spread
     * evenly over the county associations, inserted in batches: paths are set in one statement afterwards.
     */
    private List<Unit> memberUnits(List<Unit> units, int count, Timestamp now) {
        List<Unit> counties = units.stream().filter(u -> u.level().equals("COUNTY")).toList();
        String[] kinds = {"中学", "小学", "医院", "农业技术推广站", "企业科协", "学会", "社区", "图书馆"};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Unit county = counties.get(i % counties.size());
            rows.add(new Object[] {county.name().replace("科学技术协会（基准）", "") + "第" + (i / counties.size() + 1) + kinds[i % kinds.length]
                    + "（基准单位）", county.regionCode(), county.id(), now, now});
            if (rows.size() == 5000 || i == count - 1) {
                jdbc.batchUpdate("insert into organization (name, unit_type, level, region_code, parent_id, path, status, created_at, "
                        + "updated_at) values (?, 'MEMBER_UNIT', 'COUNTY', ?, ?, '', 'ENABLED', ?, ?)", rows);
                rows.clear();
            }
        }
        jdbc.update("update organization set path = (select p.path from organization p where p.id = organization.parent_id) "
                + "|| id || '/' where path = ''");
        List<Unit> members = jdbc.query("select id, path, region_code, name from organization where unit_type = 'MEMBER_UNIT' "
                + "and name like '%（基准单位）' order by id", (r, n) -> new Unit(r.getLong(1), r.getString(2), "COUNTY",
                r.getString(3), r.getString(3), r.getString(4)));
        log.info("基准成员单位：{}个，分布在{}个县级科协之下", members.size(), counties.size());
        return members;
    }

    private static List<Unit> concat(List<Unit> a, List<Unit> b) {
        List<Unit> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private long insert(String sql, Object... values) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static int option(ApplicationArguments args, String name, int fallback) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? fallback : Integer.parseInt(values.get(0));
    }
}
