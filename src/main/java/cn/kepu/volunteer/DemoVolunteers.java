package cn.kepu.volunteer;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.OrganizationDirectory;

/**
 * Three 科技志愿服务队 under 泰安 with a few volunteers each (invented names, valid ID-card numbers), registered as
 * the demo user of 泰安市科协 would, and the hours they served at the demo's 2022 activities.
 */
@Component
@Profile("demo")
@Order(10)
class DemoVolunteers implements ApplicationRunner {

    private final VolunteerTeams teams;
    private final VolunteerRegistry registry;
    private final OrganizationDirectory organizations;
    private final UserDetailsService users;
    private final ServiceHours hours;

    DemoVolunteers(VolunteerTeams teams, VolunteerRegistry registry, OrganizationDirectory organizations,
            UserDetailsService users, ServiceHours hours) {
        this.teams = teams;
        this.hours = hours;
        this.registry = registry;
        this.organizations = organizations;
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (teams.count() > 0 || organizations.named("泰安市科学技术协会").isEmpty()) {
            return;
        }
        try {
            UserDetails user = users.loadUserByUsername("taian");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            long agriculture = team("泰安市科学技术协会", "泰安市农业科技志愿服务队", ServiceField.AGRICULTURE, "王建国", "13805381234");
            long emergency = team("泰山区科学技术协会", "泰山区应急科普志愿服务队", ServiceField.EMERGENCY, "陈立新", "13905382345");
            long health = team("岱岳区科学技术协会", "岱岳区卫生健康科技志愿服务队", ServiceField.HEALTH, "刘淑芬", "13605383456");
            long zhang = volunteer(agriculture, "张明远", "男", "37090219800101123", "13805380001", ServiceField.AGRICULTURE, "果树栽培，病虫害防治");
            long li = volunteer(agriculture, "李秀兰", "女", "37091119850315234", "13805380002", ServiceField.AGRICULTURE, "设施蔬菜，土壤改良");
            long zhao = volunteer(emergency, "赵志刚", "男", "37090219750612345", "13905380003", ServiceField.EMERGENCY, "应急救护，防灾减灾宣讲");
            long sun = volunteer(emergency, "孙丽娜", "女", "37090219850707006", "13905380004", ServiceField.EMERGENCY, "心肺复苏培训");
            long zhou = volunteer(health, "周海燕", "女", "37092119900708456", "13605380005", ServiceField.HEALTH, "慢病管理，健康讲座");
            long wu = volunteer(health, "吴建华", "男", "37098219881120678", "13605380006", ServiceField.HEALTH, "中医药科普");
            served("2022年泰安市科技服务进乡村科普志愿服务活动", agriculture, Map.of(zhang, "6", li, "6"));
            served("科技志愿服务进乡村", agriculture, Map.of(zhang, "4", li, "3.5"));
            served("2022年泰山区全国科普日主场活动", emergency, Map.of(zhao, "5", sun, "5"));
            served("2022年岱岳区全国科普日食品安全宣传活动", health, Map.of(zhou, "3", wu, "2.5"));
            served("健康科普专家义诊", health, Map.of(zhou, "4"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long team(String unit, String name, ServiceField field, String leader, String phone) {
        TeamForm form = new TeamForm();
        form.setUnitId(organizations.named(unit).orElseThrow().getId());
        form.setName(name);
        form.setField(field);
        form.setLeaderName(leader);
        form.setLeaderPhone(phone);
        return registry.createTeam(form).getId();
    }

    /** Hours at a demo activity, if the activity demo has it (it runs before this one). */
    private void served(String activity, long teamId, Map<Long, String> hoursByVolunteer) {
        hours.endedActivities().stream().filter(a -> a.name().equals(activity)).findFirst()
                .ifPresent(a -> hours.record(a.id(), teamId, new java.util.LinkedHashMap<>(hoursByVolunteer)));
    }

    private long volunteer(long teamId, String name, String gender, String first17, String phone, ServiceField field,
            String skills) {
        VolunteerForm form = new VolunteerForm();
        form.setTeamId(teamId);
        form.setName(name);
        form.setGender(gender);
        form.setIdCard(IdCardNumber.complete(first17).value());
        form.setPhone(phone);
        form.setField(field);
        form.setSkills(skills);
        form.setConsentOn(LocalDate.of(2022, 3, 1));
        return registry.register(form).getId();
    }
}
