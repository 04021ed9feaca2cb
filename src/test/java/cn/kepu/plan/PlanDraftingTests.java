package cn.kepu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Users;

@KepuTest
class PlanDraftingTests {

    @Autowired
    PlanDrafting drafting;
    @Autowired
    WorkPlans plans;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    @Test
    @DisplayName("别的模块交来的计划草稿：名称只读一次，单位、时限、指标照交来的样子存下")
    void aTypedDraftIsStoredAsGiven() {
        Users.as(users, "taian");
        PartyNames names = drafting.names(id(Demo.TAIAN));
        Party taishan = names.party("泰山区").orElseThrow();
        assertThat(taishan.label()).isEqualTo(Demo.TAISHAN);
        Party counties = names.party("各县市区科协").orElseThrow();
        assertThat(names.party("相关市级学会")).as("“相关”和“有关”一样读").map(Party::label).contains("各市级学会");
        assertThat(names.party("有关市级学会")).map(Party::label).contains("各市级学会");
        String title = Demo.unique("泰安市科协科普工作要点");

        WorkPlan plan = drafting.create(new PlanDraft(id(Demo.TAIAN), title, null, 2026, 2026, List.of(
                new PlanDraft.Item(1, "科普活动", "1", "开展全国科普日活动", "9月集中开展", List.of(taishan), List.of(counties),
                        Deadline.parse("9月15-21日", 2026, 2026), List.of(new PlanDraft.Target(names.subject("县市区").orElseThrow(),
                                "活动数", Bound.AT_LEAST, new BigDecimal("60"), "项"))),
                new PlanDraft.Item(2, "", null, "开展科普讲解大赛", null, List.of(), List.of(taishan), null, List.of()))));

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            WorkPlan stored = plans.findById(plan.getId()).orElseThrow();
            assertThat(stored.getTitle()).isEqualTo(title);
            assertThat(stored.getSections()).extracting(PlanSection::getTitle).containsExactly("科普活动", "正文");
            Task first = stored.getTasks().get(0);
            assertThat(first.getParties()).extracting(TaskParty::label).containsExactly("泰山区科协", "各县市区科协");
            assertThat(first.getDeadline().text()).isEqualTo("9月15-21日");
            assertThat(first.getQuotas()).singleElement().satisfies(q -> assertThat(q.describe()).isEqualTo("各县市区科协 活动数 ≥ 60项"));
            assertThat(stored.getTasks().get(1).getDeadline().isPresent()).isFalse();
        });
    }

    @Test
    @DisplayName("有下级条目的条目（3.开展座谈交流 下的一是、二是）成为小标题：建成的计划保留它，计划页在其任务前显示")
    void aParentItemStaysAsTheHeadingOfItsSubItems() throws Exception {
        Users.as(users, "taian");
        PartyNames names = drafting.names(id(Demo.TAIAN));
        Party taishan = names.party("泰山区").orElseThrow();
        String under = "精心组织学习研讨" + PlanDraft.SUBSECTION + "3. 开展座谈交流";
        WorkPlan plan = drafting.create(new PlanDraft(id(Demo.TAIAN), Demo.unique("学习贯彻工作方案"), null, 2026, 2026, List.of(
                new PlanDraft.Item(1, "精心组织学习研讨", "2", "组织纲要成员单位专题研讨", null, List.of(), List.of(taishan), null, List.of()),
                new PlanDraft.Item(2, under, "一是", "组织开展市科协委员专题学习活动", null, List.of(), List.of(taishan), null, List.of()),
                new PlanDraft.Item(3, under, "二是", "各级科协围绕争取党委政府重视支持研讨落实措施", null, List.of(), List.of(taishan), null, List.of()),
                new PlanDraft.Item(4, "加强组织领导", "1", "明确责任分工", null, List.of(), List.of(taishan), null, List.of()))));

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            WorkPlan stored = plans.findById(plan.getId()).orElseThrow();
            assertThat(stored.getSections()).extracting(PlanSection::getTitle, s -> s.getParent() == null ? null : s.getParent().getTitle())
                    .containsExactly(tuple("精心组织学习研讨", null), tuple("3. 开展座谈交流", "精心组织学习研讨"), tuple("加强组织领导", null));
            assertThat(stored.getTasks()).extracting(Task::category, Task::heading).containsExactly(
                    tuple("精心组织学习研讨", null), tuple("精心组织学习研讨", "3. 开展座谈交流"),
                    tuple("精心组织学习研讨", "3. 开展座谈交流"), tuple("加强组织领导", null));
        });
        String page = mvc.perform(get("/plans/{id}", plan.getId()).with(user(users.loadUserByUsername("taian"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("class=\"heading-row\"", -1)).as("the heading once, before its first task").hasSize(2);
        assertThat(page).containsSubsequence("组织纲要成员单位专题研讨", "3. 开展座谈交流", "组织开展市科协委员专题学习活动",
                "各级科协围绕争取党委政府重视支持");
    }

    @Test
    @DisplayName("有问题的草稿：每个问题都带行号，计划一个也不建；别的市的单位不能写进本单位的计划")
    void everyProblemIsNamedAndNothingIsStored() {
        Users.as(users, "admin");
        Party weinan = drafting.names(id(Demo.WEINAN)).party(Demo.WEINAN).orElseThrow();
        String title = Demo.unique("有问题的计划");

        assertThatThrownBy(() -> drafting.create(new PlanDraft(id(Demo.TAIAN), title, null, 2026, 2026, List.of(
                new PlanDraft.Item(2, "一", null, " ", null, List.of(), List.of(), null, List.of()),
                new PlanDraft.Item(5, "一", null, "开展科普讲座", null, List.of(), List.of(weinan), null,
                        List.of(new PlanDraft.Target(null, "活动数", Bound.AT_LEAST, null, "场")))))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.problems()).extracting(RuleViolation::getMessage)
                        .containsExactly("第2项任务：请填写任务名称", "第5项任务：“" + Demo.WEINAN + "”不在" + Demo.TAIAN + "之下",
                                "第5项任务：第1个指标请填写目标值"));
        assertThat(plans.findAll()).extracting(WorkPlan::getTitle).doesNotContain(title);
    }

    @Test
    @DisplayName("区县用户不能用别的区县的名录起草计划")
    void namesStayInScope() {
        Users.as(users, "taishan");
        assertThatThrownBy(() -> drafting.names(id(Demo.DAIYUE))).isInstanceOf(NotFoundException.class);
    }

    long id(String name) {
        return organizations.named(name).orElseThrow().getId();
    }
}
