package cn.kepu.expert;

import java.time.LocalDate;
import java.util.List;

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
 * Ten experts under 泰安市科协 and its counties (invented people at real kinds of employers) and two 科普专家工作室,
 * entered as the system administrator would (the demo's 泰安 user is staff and could not file under the counties'
 * names in one go otherwise).
 */
@Component
@Profile("demo")
@Order(11)
class DemoExperts implements ApplicationRunner {

    private static final String TAIAN = "泰安市科学技术协会";

    private final Experts experts;
    private final ExpertRegistry registry;
    private final OrganizationDirectory organizations;
    private final UserDetailsService users;

    DemoExperts(Experts experts, ExpertRegistry registry, OrganizationDirectory organizations, UserDetailsService users) {
        this.experts = experts;
        this.registry = registry;
        this.organizations = organizations;
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (experts.count() > 0 || organizations.named(TAIAN).isEmpty()) {
            return;
        }
        try {
            UserDetails user = users.loadUserByUsername("admin");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            long fruit = expert(TAIAN, "张宪法", "男", "山东农业大学", "教授", List.of(ExpertField.AGRICULTURE),
                    "果树栽培，苹果、桃病虫害绿色防控", Availability.WORKDAYS, false, "13805381001");
            expert(TAIAN, "王立红", "女", "泰安市中心医院", "主任医师", List.of(ExpertField.HEALTH, ExpertField.EMERGENCY),
                    "心肺复苏与急救培训，慢病健康讲座", Availability.ANYTIME, true, "13905381002");
            expert(TAIAN, "刘振华", "男", "泰安市气象局", "正研级高级工程师", List.of(ExpertField.METEOROLOGY, ExpertField.EMERGENCY),
                    "暴雨、雷电、大风等气象灾害预警解读", Availability.ANYTIME, true, "13605381003");
            expert(TAIAN, "陈建军", "男", "泰安市地震局", "高级工程师", List.of(ExpertField.EARTHQUAKE, ExpertField.EMERGENCY),
                    "防震减灾知识宣讲，地震应急避险演练", Availability.WORKDAYS, true, "13705381004");
            long physics = expert(TAIAN, "赵雅琴", "女", "泰山学院", "副教授", List.of(ExpertField.EDUCATION, ExpertField.INFORMATION),
                    "青少年科学实验，人工智能启蒙", Availability.BY_APPOINTMENT, false, "13805381005");
            expert("泰山区科学技术协会", "孙国栋", "男", "泰山区疾病预防控制中心", "副主任医师", List.of(ExpertField.HEALTH, ExpertField.EMERGENCY),
                    "传染病防控，食品安全", Availability.WORKDAYS, true, "13905381006");
            expert("泰山区科学技术协会", "李明哲", "男", "泰山林业科学研究院", "高级工程师", List.of(ExpertField.ECOLOGY),
                    "森林防火，古树名木保护", Availability.BY_APPOINTMENT, false, "13605381007");
            expert("岱岳区科学技术协会", "周文静", "女", "岱岳区农业农村局", "农业技术推广研究员", List.of(ExpertField.AGRICULTURE),
                    "设施蔬菜栽培，土壤改良", Availability.ANYTIME, false, "13705381008");
            expert("新泰市科学技术协会", "吴海涛", "男", "新泰市人民医院", "主治医师", List.of(ExpertField.HEALTH),
                    "中医药科普，老年健康", Availability.UNAVAILABLE, false, "13805381009");
            expert("肥城市科学技术协会", "郑晓梅", "女", "肥城市应急管理局", "工程师", List.of(ExpertField.EMERGENCY, ExpertField.ENGINEERING),
                    "安全生产，防汛抗旱应急科普", Availability.ANYTIME, true, "13905381010");
            studio(TAIAN, "泰安市果树科普专家工作室", fruit, LocalDate.of(2021, 5, 20), ExpertField.AGRICULTURE,
                    "面向果农开展果树栽培和病虫害防治技术培训，每年进村服务不少于20次");
            studio(TAIAN, "泰山学院青少年科学教育专家工作室", physics, LocalDate.of(2022, 9, 1), ExpertField.EDUCATION,
                    "组织科学实验进校园，培训中小学科技教师");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long expert(String unit, String name, String gender, String employer, String title, List<ExpertField> fields,
            String skills, Availability availability, boolean emergency, String phone) {
        ExpertForm form = new ExpertForm();
        form.setUnitId(organizations.named(unit).or(() -> organizations.named(TAIAN)).orElseThrow().getId());
        form.setName(name);
        form.setGender(gender);
        form.setEmployer(employer);
        form.setTitle(title);
        form.setFields(fields);
        form.setSkills(skills);
        form.setAvailability(availability);
        form.setEmergency(emergency);
        form.setPhone(phone);
        return registry.create(form).getId();
    }

    private void studio(String unit, String name, long lead, LocalDate established, ExpertField field, String description) {
        StudioForm form = new StudioForm();
        form.setUnitId(organizations.named(unit).orElseThrow().getId());
        form.setName(name);
        form.setLeadExpertId(lead);
        form.setEstablishedOn(established);
        form.setField(field);
        form.setDescription(description);
        registry.createStudio(form);
    }
}
