package cn.kepu.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.plan.AssignmentState;
import cn.kepu.plan.Ledger;
import cn.kepu.plan.LedgerFilter;
import cn.kepu.plan.LedgerRow;
import cn.kepu.plan.PlanCatalog;
import cn.kepu.plan.PlanManagement;
import cn.kepu.plan.Progress;
import cn.kepu.plan.ProgressForm;
import cn.kepu.plan.QuotaCounting;
import cn.kepu.plan.QuotaCounting.Actual;
import cn.kepu.plan.WorkPlan;
import cn.kepu.support.Demo;
import cn.kepu.support.SharedContext;
import cn.kepu.support.Users;

/**
 * 计数始终等于从头重算：random sequences of what changes what counts — activities registered, approved, returned,
 * approval withdrawn, edited and resubmitted, completed, deleted; the campaign's quota links and counting rule
 * changed; a unit's reported value corrected by hand — and after each sequence every quota's actual equals a recount
 * from scratch, and the two quotas of this test equal what a plain model of the rules expects. Each sequence runs in
 * a transaction that is rolled back, so the next starts from the same campaign.
 */
class QuotaCountingPropertyTests {

    private static final String FOOD_RULE = "食品安全=食品安全";
    private static final List<String> ORGANIZERS = List.of(Demo.TAISHAN, Demo.DAIYUE, Demo.TAIAN);
    private static final List<String> COUNTIES = List.of(Demo.TAISHAN, Demo.DAIYUE);

    /** How a quota is linked to the campaign. */
    enum Link { NONE, EVERY_ACTIVITY, FOOD_SAFETY_ONLY }

    /** One thing a person does; it checks nothing itself and tells the model what it did. */
    interface Op {
        void run(Model model);
    }

    record Register(int organizer, boolean foodInName, boolean foodTag) implements Op {
        @Override
        public void run(Model model) {
            String name = model.name(foodInName);
            long unit = organizations.named(ORGANIZERS.get(organizer)).orElseThrow().getId();
            ActivityForm form = Fixtures.activity(campaign, unit, name);
            form.setTopics(new ArrayList<>(foodTag ? List.of("食品安全") : List.of("健康科普")));
            long id = registration.save(null, form, true).activity().getId();
            model.activities.put(id, new ModelActivity(unit, foodInName, foodTag, ActivityState.SUBMITTED));
        }
    }

    record Approve(int pick) implements Op {
        @Override
        public void run(Model model) {
            model.pick(pick, ActivityState.SUBMITTED).ifPresent(id -> {
                asReviewer(() -> review.review(id, true, null));
                model.move(id, ActivityState.APPROVED);
            });
        }
    }

    record Return(int pick) implements Op {
        @Override
        public void run(Model model) {
            model.pick(pick, ActivityState.SUBMITTED).ifPresent(id -> {
                asReviewer(() -> review.review(id, false, "材料不全"));
                model.move(id, ActivityState.RETURNED);
            });
        }
    }

    record Withdraw(int pick) implements Op {
        @Override
        public void run(Model model) {
            model.pick(pick, ActivityState.APPROVED, ActivityState.COMPLETED).ifPresent(id -> {
                asReviewer(() -> review.withdrawApproval(id, "照片与活动不符"));
                model.move(id, ActivityState.RETURNED);
            });
        }
    }

    record Edit(int pick, boolean foodInName) implements Op {
        @Override
        public void run(Model model) {
            model.pick(pick, ActivityState.DRAFT, ActivityState.RETURNED).ifPresent(id -> {
                ModelActivity before = model.activities.get(id);
                ActivityForm form = Fixtures.activity(campaign, before.organizer(), model.name(foodInName));
                form.setTopics(new ArrayList<>(before.foodTag() ? List.of("食品安全") : List.of("健康科普")));
                entities.flush(); // the version an editor would have read: after every earlier change was written
                form.setVersion(activities.findById(id).orElseThrow().getVersion());
                registration.save(id, form, true);
                model.activities.put(id, new ModelActivity(before.organizer(), foodInName, before.foodTag(),
                        ActivityState.SUBMITTED));
            });
        }
    }

    record Complete(int pick) implements Op {
        @Override
        public void run(Model model) {
            model.pick(pick, ActivityState.APPROVED).ifPresent(id -> {
                evidence.complete(id, 120, 6, "活动顺利举办", List.of(), List.of());
                model.move(id, ActivityState.COMPLETED);
            });
        }
    }

    record Delete(int pick) implements Op {
        @Override
        public void run(Model model) {
            model.pick(pick, ActivityState.DRAFT, ActivityState.RETURNED).ifPresent(id -> {
                registration.delete(id);
                model.activities.remove(id);
            });
        }
    }

    record Relink(Link all, Link food) implements Op {
        @Override
        public void run(Model model) {
            CampaignForm form = campaigns.form(campaigns.campaign(campaign.getId()));
            form.setQuotaIds(new ArrayList<>());
            form.setFoodSafetyQuotaIds(new ArrayList<>());
            link(form, quotaAll, all);
            link(form, quotaFood, food);
            campaigns.update(campaign.getId(), form);
            model.links.put(quotaAll, all);
            model.links.put(quotaFood, food);
        }
    }

    record Rules(boolean foodRule) implements Op {
        @Override
        public void run(Model model) {
            CampaignForm form = campaigns.form(campaigns.campaign(campaign.getId()));
            form.setCountingRules(foodRule ? FOOD_RULE : "");
            campaigns.update(campaign.getId(), form);
            model.foodRule = foodRule;
        }
    }

    record Report(int county, int value) implements Op {
        @Override
        public void run(Model model) {
            String unit = COUNTIES.get(county);
            ProgressForm form = new ProgressForm();
            form.setState(AssignmentState.IN_PROGRESS);
            form.setValues(new HashMap<>(Map.of(quotaAll, BigDecimal.valueOf(value))));
            form.setCorrectionReason("未在平台登记的活动");
            progress.report(assignmentOf.get(unit), form, List.of());
            model.reported.put(organizations.named(unit).orElseThrow().getId(), value);
        }
    }

    private static CampaignManagement campaigns;
    private static ActivityRegistration registration;
    private static ActivityReview review;
    private static ActivityEvidence evidence;
    private static QuotaCounting counting;
    private static Progress progress;
    private static OrganizationDirectory organizations;
    private static Activities activities;
    private static EntityManager entities;
    private static UserDetailsService users;
    private static TransactionTemplate transactions;
    private static Campaign campaign;
    private static long quotaAll;
    private static long quotaFood;
    private static final Map<String, Long> assignmentOf = new HashMap<>();

    @BeforeContainer
    static void campaignWithTwoQuotas() {
        campaigns = SharedContext.bean(CampaignManagement.class);
        registration = SharedContext.bean(ActivityRegistration.class);
        review = SharedContext.bean(ActivityReview.class);
        evidence = SharedContext.bean(ActivityEvidence.class);
        counting = SharedContext.bean(QuotaCounting.class);
        progress = SharedContext.bean(Progress.class);
        organizations = SharedContext.bean(OrganizationDirectory.class);
        activities = SharedContext.bean(Activities.class);
        entities = SharedContext.bean(EntityManager.class);
        users = SharedContext.bean(UserDetailsService.class);
        transactions = new TransactionTemplate(SharedContext.bean(PlatformTransactionManager.class));
        Users.as(users, "taian");
        WorkPlan plan = Fixtures.planWithActivityQuota(SharedContext.bean(PlanManagement.class), organizations, 5);
        PlanCatalog catalog = SharedContext.bean(PlanCatalog.class);
        long taian = organizations.named(Demo.TAIAN).orElseThrow().getId();
        quotaAll = Fixtures.quota(catalog, taian, plan, "全国科普日活动");
        quotaFood = Fixtures.quota(catalog, taian, plan, "食品安全科普工作");
        CampaignForm form = Fixtures.campaign(organizations);
        form.setQuotaIds(new ArrayList<>(List.of(quotaAll)));
        form.setFoodSafetyQuotaIds(new ArrayList<>(List.of(quotaFood)));
        form.setCountingRules(FOOD_RULE);
        campaign = campaigns.create(form);
        for (LedgerRow row : SharedContext.bean(Ledger.class).rows(LedgerFilter.of(plan.getId()))) {
            if (row.taskTitle().equals("全国科普日活动") && COUNTIES.contains(row.organizationName())) {
                assignmentOf.put(row.organizationName(), row.assignmentId());
            }
        }
        assertThat(assignmentOf).hasSize(COUNTIES.size());
        Users.nobody();
    }

    @Property(tries = 1000)
    @Label("任意操作序列之后，每个指标的完成数都等于从头重算的结果，也等于按规则推出的数")
    void actualsEqualARecountFromScratch(@ForAll("sequences") List<Op> ops) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            Users.as(users, "taian");
            try {
                Model model = new Model();
                ops.forEach(op -> op.run(model));
                List<Actual> actuals = counting.actuals();
                assertThat(actuals).as("每个指标的完成数等于从头重算").isEqualTo(counting.recountedActuals());
                assertThat(ofTestQuotas(actuals)).as("本测试两个指标的完成数等于规则推出的数").isEqualTo(model.expected());
            } finally {
                Users.nobody();
            }
        });
    }

    @Example
    @Label("数据修复后重新计数：改错的和丢失的计数被修正，报告修正了几条")
    void recountMendsWhatARepairBroke() {
        JdbcTemplate jdbc = SharedContext.bean(JdbcTemplate.class);
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            List<Long> rows = jdbc.queryForList("select id from quota_actual where source = 'activity' order by id", Long.class);
            assertThat(rows).hasSizeGreaterThan(2);
            jdbc.update("update quota_actual set amount = amount + 5 where id = ?", rows.get(0));
            jdbc.update("delete from quota_actual where id = ?", rows.get(1));
            assertThat(counting.actuals()).isNotEqualTo(counting.recountedActuals());

            // Every counted source is recounted (activities, informant counts …); only the activities' rows were broken.
            assertThat(counting.recountAll()).allSatisfy(r -> assertThat(r.mended())
                    .as(r.source()).isEqualTo("activity".equals(r.source()) ? 2 : 0))
                    .anySatisfy(r -> assertThat(r.source()).isEqualTo("activity"));
            assertThat(counting.actuals()).isEqualTo(counting.recountedActuals());
            assertThat(counting.recountAll()).allSatisfy(r -> assertThat(r.mended()).isZero());
        });
    }

    @Provide
    Arbitrary<List<Op>> sequences() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 7);
        Arbitrary<Boolean> yes = Arbitraries.of(true, false);
        Arbitrary<Link> link = Arbitraries.of(Link.class);
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                Tuple.of(5, Combinators.combine(Arbitraries.integers().between(0, ORGANIZERS.size() - 1), yes, yes)
                        .as(Register::new)),
                Tuple.of(4, pick.map(Approve::new)),
                Tuple.of(2, pick.map(Return::new)),
                Tuple.of(2, pick.map(Withdraw::new)),
                Tuple.of(2, Combinators.combine(pick, yes).as(Edit::new)),
                Tuple.of(1, pick.map(Complete::new)),
                Tuple.of(1, pick.map(Delete::new)),
                Tuple.of(1, Combinators.combine(link, link).as(Relink::new)),
                Tuple.of(1, yes.map(Rules::new)),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, COUNTIES.size() - 1),
                        Arbitraries.integers().between(0, 3)).as(Report::new)));
        return op.list().ofMinSize(1).ofMaxSize(12);
    }

    /** Reviews as the province: taian registers and submits, and nobody reviews what they submitted. */
    private static void asReviewer(Runnable decision) {
        Users.as(users, "admin");
        try {
            decision.run();
        } finally {
            Users.as(users, "taian");
        }
    }

    private static void link(CampaignForm form, long quota, Link link) {
        switch (link) {
            case EVERY_ACTIVITY -> form.getQuotaIds().add(quota);
            case FOOD_SAFETY_ONLY -> form.getFoodSafetyQuotaIds().add(quota);
            case NONE -> {
            }
        }
    }

    private static Map<List<Long>, BigDecimal> ofTestQuotas(List<Actual> actuals) {
        Map<List<Long>, BigDecimal> sums = new LinkedHashMap<>();
        actuals.stream().filter(a -> a.quotaId() == quotaAll || a.quotaId() == quotaFood)
                .forEach(a -> sums.put(List.of(a.quotaId(), a.organizationId()), a.amount().stripTrailingZeros()));
        return sums;
    }

    record ModelActivity(long organizer, boolean foodInName, boolean foodTag, ActivityState state) {

        ModelActivity in(ActivityState next) {
            return new ModelActivity(organizer, foodInName, foodTag, next);
        }
    }

    /** The rules as a person would state them, with nothing of the code's bookkeeping. */
    static final class Model {
        final Map<Long, ModelActivity> activities = new LinkedHashMap<>();
        final Map<Long, Link> links = new HashMap<>(Map.of(quotaAll, Link.EVERY_ACTIVITY, quotaFood, Link.FOOD_SAFETY_ONLY));
        final Map<Long, Integer> reported = new HashMap<>();
        boolean foodRule = true;
        private int names;

        String name(boolean food) {
            return "属性测试" + (++names) + "号" + (food ? "食品安全" : "健康") + "讲座";
        }

        Optional<Long> pick(int pick, ActivityState... states) {
            List<Long> candidates = activities.entrySet().stream()
                    .filter(e -> List.of(states).contains(e.getValue().state())).map(Map.Entry::getKey).toList();
            return candidates.isEmpty() ? Optional.empty()
                    : Optional.of(candidates.get(pick % candidates.size()));
        }

        void move(long id, ActivityState state) {
            activities.put(id, activities.get(id).in(state));
        }

        /** With the rule, food safety counts by the name alone; without it, by the tag. */
        boolean countsAsFoodSafety(ModelActivity a) {
            return foodRule ? a.foodInName() : a.foodTag();
        }

        Map<List<Long>, BigDecimal> expected() {
            Map<List<Long>, BigDecimal> sums = new HashMap<>();
            for (ModelActivity a : activities.values()) {
                if (a.state() != ActivityState.APPROVED && a.state() != ActivityState.COMPLETED) {
                    continue;
                }
                links.forEach((quota, link) -> {
                    if (link == Link.EVERY_ACTIVITY || link == Link.FOOD_SAFETY_ONLY && countsAsFoodSafety(a)) {
                        sums.merge(List.of(quota, a.organizer()), BigDecimal.ONE, BigDecimal::add);
                    }
                });
            }
            reported.forEach((unit, value) -> {
                if (value > 0) {
                    sums.merge(List.of(quotaAll, unit), BigDecimal.valueOf(value), BigDecimal::add);
                }
            });
            Map<List<Long>, BigDecimal> ordered = new LinkedHashMap<>();
            sums.entrySet().stream().sorted((x, y) -> {
                int q = Long.compare(x.getKey().get(0), y.getKey().get(0));
                return q != 0 ? q : Long.compare(x.getKey().get(1), y.getKey().get(1));
            }).forEach(e -> ordered.put(e.getKey(), e.getValue().stripTrailingZeros()));
            return ordered;
        }
    }
}
