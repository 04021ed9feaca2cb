package cn.kepu.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

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
 * 泰安市科协's 信息报送 of 2022 from the six counties, partly adopted by the city, partly returned — so the checklist's
 * task 12 (各县市区科协不低于20条) shows 泰山区 done with 23 adopted and 岱岳区 at 9 — and the current year's so far
 * (泰山区 18, 岱岳区 3 of 20). Three of 岱岳区's items were sent in January 2023, the case its objection to the 2022
 * assessment is about. Runs before the assessments freeze their scores (order 5).
 */
@Component
@Profile("demo")
@Order(5)
class DemoNews implements ApplicationRunner {

    /** Unit, who submits for it, items submitted in 2022, adopted, returned. */
    record County(String unit, String user, int submitted, int adopted, int returned, int thisYear, int thisYearAdopted) {
    }

    static final List<County> COUNTIES = List.of(
            new County("泰山区科学技术协会", "taishan", 27, 23, 2, 21, 18),
            new County("岱岳区科学技术协会", "daiyue", 13, 9, 2, 5, 3),
            new County("新泰市科学技术协会", "taian", 24, 19, 1, 0, 0),
            new County("肥城市科学技术协会", "taian", 22, 17, 2, 0, 0),
            new County("宁阳县科学技术协会", "taian", 15, 11, 1, 0, 0),
            new County("东平县科学技术协会", "taian", 18, 12, 2, 0, 0));

    static final String[] SUBJECTS = {
            "开展“全国科普日”进社区活动", "举办青少年科技创新大赛", "科技志愿者走进新时代文明实践站", "开展食品安全科普宣传",
            "组织“科技工作者日”座谈会", "开展防灾减灾科普进校园", "举办农村实用技术培训班", "开展应急科普宣传周活动",
            "科普大篷车走进乡村学校", "举办老年人防范电信诈骗科普讲座", "开展“节约用水”主题科普", "举办科学家精神报告会",
            "组织科普专家送科技下乡", "开展气象科普进社区", "举办“科普之春”启动仪式", "开展心理健康科普讲座",
            "组织中小学生走进科普教育基地", "开展安全生产科普宣传", "举办农民科学素质网络知识竞赛", "开展“双减”科普课后服务",
            "开展健康生活方式科普", "举办科技馆研学活动", "开展垃圾分类科普宣传", "举办科普讲解大赛选拔赛",
            "开展地震科普知识宣传", "组织科普惠农技术服务", "开展“科普中国”信息员培训", "举办航天科普展览"};
    static final String[] REASONS = {"内容过于简略，请补充活动时间、地点、参与人数和成效后重新报送",
            "稿件与已采用信息重复，请突出本次活动的特色", "照片不清晰，请更换现场照片"};

    private final NewsDesk desk;
    private final NewsItems items;
    private final OrganizationDirectory organizations;
    private final UserDetailsService users;
    private final Clock clock;

    DemoNews(NewsDesk desk, NewsItems items, OrganizationDirectory organizations, UserDetailsService users, Clock clock) {
        this.desk = desk;
        this.items = items;
        this.organizations = organizations;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (items.count() > 0) {
            return;
        }
        try {
            LocalDate today = LocalDate.now(clock);
            for (County c : COUNTIES) {
                year(c, LocalDate.of(2022, 1, 10), LocalDate.of(2022, 12, 20), c.submitted(), c.adopted(), c.returned(), 0);
                if (c.thisYear() > 0 && today.getYear() > 2022) {
                    LocalDate from = LocalDate.of(today.getYear(), 1, 5);
                    LocalDate to = today.minusDays(1).isBefore(from) ? from : today.minusDays(1);
                    year(c, from, to, c.thisYear(), c.thisYearAdopted(), 1, 7);
                }
            }
            // 岱岳区's three items of January 2023: adopted, but outside the 2022 assessment.
            for (int i = 0; i < 3; i++) {
                NewsItem item = submit("daiyue", "岱岳区科学技术协会", "岱岳区科协" + SUBJECTS[(i * 5 + 3) % SUBJECTS.length] + "（年末专题）",
                        LocalDate.of(2023, 1, 4 + i));
                as("taian");
                desk.adopt(item.getId(), Set.of(Channel.OWN_SITE), item.getVersion());
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** {@code n} items spread over the days, the first {@code adopted} adopted, the next {@code returned} returned. */
    private void year(County c, LocalDate from, LocalDate to, int n, int adopted, int returned, int offset) {
        long days = Math.max(0, ChronoUnit.DAYS.between(from, to));
        String place = organizations.named(c.unit()).orElseThrow().getShortName().replace("科协", "");
        for (int i = 0; i < n; i++) {
            LocalDate on = from.plusDays(days * i / Math.max(1, n - 1));
            String title = place + "科协" + SUBJECTS[(i + offset + c.unit().length()) % SUBJECTS.length]
                    + (i >= SUBJECTS.length ? "（" + (i / SUBJECTS.length + 1) + "）" : "");
            NewsItem item = submit(c.user(), c.unit(), title, on);
            as("taian");
            if (i < adopted) {
                desk.adopt(item.getId(), channels(i), item.getVersion());
            } else if (i < adopted + returned) {
                desk.giveBack(item.getId(), REASONS[i % REASONS.length], item.getVersion());
            }
        }
    }

    private NewsItem submit(String user, String unit, String title, LocalDate on) {
        as(user);
        NewsForm form = new NewsForm();
        form.setUnitId(organizations.named(unit).orElseThrow().getId());
        form.setTitle(title);
        form.setBody(on.getMonthValue() + "月" + on.getDayOfMonth() + "日，" + title + "。活动邀请科普专家现场讲解、互动答疑，发放科普宣传资料，"
                + "吸引了周边群众和学生积极参与，进一步营造了讲科学、爱科学、学科学、用科学的良好氛围。");
        form.setLinks("https://www.example.cn/kxxw/" + on.getYear() + "/" + Math.abs(title.hashCode() % 100000) + ".html");
        return desk.submit(form, List.of(), on);
    }

    private static Set<Channel> channels(int i) {
        return switch (i % 7) {
            case 0 -> Set.of(Channel.OWN_SITE, Channel.CITY_MEDIA);
            case 3 -> Set.of(Channel.OWN_SITE, Channel.PROVINCE_MEDIA);
            case 5 -> Set.of(Channel.OWN_WECHAT, Channel.KEPU_CHINA);
            default -> Set.of(i % 2 == 0 ? Channel.OWN_SITE : Channel.OWN_WECHAT);
        };
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
