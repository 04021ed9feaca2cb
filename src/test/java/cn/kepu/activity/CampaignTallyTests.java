package cn.kepu.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.kepu.attachment.Upload;
import cn.kepu.org.OrgLevel;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.OrganizationForm;
import cn.kepu.org.OrganizationManagement;
import cn.kepu.org.UnitType;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.TestImages;
import cn.kepu.support.Users;

@KepuTest
class CampaignTallyTests {

    static final String FEICHENG = "肥城市科学技术协会";

    @Autowired
    CampaignDashboard dashboard;
    @Autowired
    CampaignTally tally;
    @Autowired
    CampaignManagement campaigns;
    @Autowired
    ActivityRegistration registration;
    @Autowired
    ActivityReview review;
    @Autowired
    ActivityEvidence evidence;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    OrganizationManagement units;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    long id(String name) {
        return organizations.named(name).orElseThrow().getId();
    }

    /** Of township level beneath a county, so that no other test's choice of 泰安市's counties finds it. */
    Organization unit(String name, UnitType type, long parentId) {
        Users.as(users, "admin");
        OrganizationForm form = new OrganizationForm();
        form.setName(Demo.unique(name));
        form.setUnitType(type);
        form.setLevel(OrgLevel.TOWNSHIP);
        form.setParentId(parentId);
        return units.create(form);
    }

    long register(Campaign c, String user, long organizer, String name, List<String> topics, boolean submit) {
        Users.as(users, user);
        ActivityForm form = Fixtures.activity(c, organizer, Demo.unique(name));
        form.setTopics(new java.util.ArrayList<>(topics));
        return registration.save(null, form, submit).activity().getId();
    }

    /** The figures as the dashboard shows them (from the tally) and as counted from the activities are the same. */
    CampaignDashboard.Figures sameAsCounted(Campaign c, String user) {
        Users.as(users, user);
        CampaignDashboard.Figures shown = dashboard.figures(c.getId());
        assertThat(tally.counts(c.getId(), organizations.named(user.equals("taian") ? Demo.TAIAN : Demo.TAISHAN).orElseThrow()))
                .as("读的是汇总表").isPresent();
        assertThat(shown).as(user + "看到的看板").isEqualTo(dashboard.liveFigures(c.getId()));
        return shown;
    }

    long area(CampaignDashboard.Figures f, String name) {
        return f.byArea().stream().filter(b -> b.name().contains(name)).findFirst().orElseThrow().count();
    }

    @Test
    @DisplayName("看板读汇总表：登记、提交、通过、退回、撤销通过、补充照片和信息、删除、单位迁移和改类型之后，都与从活动现数的一致")
    void theTallyKeepsUpWithEveryChange() throws Exception {
        Users.as(users, "taian");
        Campaign c = campaigns.create(Fixtures.campaign(organizations));
        Organization town = unit("汇总测试街道科协", UnitType.ASSOCIATION, id(Demo.TAISHAN));
        Organization school = unit("汇总测试实验小学", UnitType.MEMBER_UNIT, town.getId());
        // Beneath 肥城市, not 岱岳区: another test counts 岱岳区's townships.
        Organization otherTown = unit("汇总测试镇科协", UnitType.ASSOCIATION, id(FEICHENG));

        long bySchool = register(c, "taishan", school.getId(), "食品安全进校园", List.of("食品安全", "双减"), true);
        long byTown = register(c, "taishan", town.getId(), "街道健康讲座", List.of("健康科普"), false);
        long byCounty = register(c, "taishan", id(Demo.TAISHAN), "泰山区防灾避险演练", List.of("防灾避险"), true);
        CampaignDashboard.Figures f = sameAsCounted(c, "taian");
        assertThat(f.registered()).isEqualTo(3);
        assertThat(f.counted()).isZero();
        assertThat(f.perDay().stream().mapToLong(CampaignDashboard.Day::count).sum()).as("提交过的两项").isEqualTo(2);

        Fixtures.approve(review, users, bySchool);
        Fixtures.approve(review, users, byCounty);
        f = sameAsCounted(c, "taian");
        assertThat(f.counted()).isEqualTo(2);
        assertThat(area(f, "泰山区")).isEqualTo(2);
        assertThat(f.foodSafetyByCounty()).filteredOn(b -> b.count() > 0).singleElement()
                .satisfies(b -> assertThat(b.name()).contains("泰山区"));
        sameAsCounted(c, "taishan");

        Users.as(users, "taishan");
        registration.submit(byTown);
        Users.as(users, "taian");
        review.review(byTown, false, "请补充活动地点");
        review.withdrawApproval(byCounty, "照片与活动不符");
        f = sameAsCounted(c, "taian");
        assertThat(f.counted()).isEqualTo(1);

        Users.as(users, "taishan");
        evidence.addPhotos(bySchool, List.of(new Upload("现场.jpg", TestImages.jpeg(400, 300))));
        evidence.complete(bySchool, 120, 6, "活动顺利举办", List.of(), List.of());
        registration.delete(byTown);
        f = sameAsCounted(c, "taian");
        assertThat(f.withEvidence()).isEqualTo(1);
        assertThat(f.registered()).isEqualTo(2);

        // The school moves to 肥城市: its activity now counts there, not in 泰山区.
        Users.as(users, "admin");
        units.move(school.getId(), otherTown.getId());
        f = sameAsCounted(c, "taian");
        assertThat(area(f, "泰山区")).isZero();
        assertThat(area(f, "肥城市")).isEqualTo(1);
        assertThat(f.byUnitType()).extracting(CampaignDashboard.Bar::name).contains(UnitType.MEMBER_UNIT.label());

        // The school is now recorded as a society: counted under that type.
        Users.as(users, "admin");
        OrganizationForm retyped = OrganizationForm.of(organizations.find(school.getId()).orElseThrow());
        retyped.setUnitType(UnitType.SOCIETY);
        units.update(school.getId(), retyped);
        f = sameAsCounted(c, "taian");
        assertThat(f.byUnitType()).extracting(CampaignDashboard.Bar::name).contains(UnitType.SOCIETY.label())
                .doesNotContain(UnitType.MEMBER_UNIT.label());
    }

    @Test
    @DisplayName("汇总表被改坏后重新计数：看板又与从活动现数的一致")
    void aRecountMendsTheTally() {
        Users.as(users, "taian");
        Campaign c = campaigns.create(Fixtures.campaign(organizations));
        Fixtures.approve(review, users, register(c, "taishan", id(Demo.TAISHAN), "泰山区科普讲座", List.of("健康科普"), true));
        register(c, "daiyue", id(Demo.DAIYUE), "岱岳区科普讲座", List.of("双减"), true);
        sameAsCounted(c, "taian");

        jdbc.update("update campaign_tally set n = n + 7 where campaign_id = ?", c.getId());
        Users.as(users, "taian");
        assertThat(dashboard.figures(c.getId())).isNotEqualTo(dashboard.liveFigures(c.getId()));
        tally.recount(c.getId());
        assertThat(sameAsCounted(c, "taian").registered()).isEqualTo(2);
    }
}
