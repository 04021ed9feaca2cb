package cn.kepu.supervision;

import java.time.LocalDate;
import java.time.ZoneId;
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
import cn.kepu.plan.LaggingAssignments;
import cn.kepu.plan.LaggingAssignments.Lagging;

/**
 * Two 督办单 of 泰安市科协 in 2022 about tasks of its 2022 checklist: to 岱岳区科协 (replied with measures, accepted) and
 * to 新泰市科协 (unanswered, its reply-by date long passed: 逾期未回复). Entered as the demo users would, after the
 * plans and campaigns, then dated back to 2022.
 */
@Component
@Profile("demo")
@Order(5)
class DemoSupervision implements ApplicationRunner {

    private static final String CHECKLIST = "泰安市科协2022年科普工作任务清单";

    private final SupervisionNotices notices;
    private final NoticeSending sending;
    private final NoticeReplying replying;
    private final NoticeDecision decision;
    private final LaggingAssignments lagging;
    private final OrganizationDirectory organizations;
    private final UserDetailsService users;

    DemoSupervision(SupervisionNotices notices, NoticeSending sending, NoticeReplying replying, NoticeDecision decision,
            LaggingAssignments lagging, OrganizationDirectory organizations, UserDetailsService users) {
        this.notices = notices;
        this.sending = sending;
        this.replying = replying;
        this.decision = decision;
        this.lagging = lagging;
        this.organizations = organizations;
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (notices.count() > 0) {
            return;
        }
        try {
            as("taian");
            SupervisionNotice daiyue = send("督办〔2022〕1号", "岱岳区科学技术协会",
                    "请对照任务清单，于回复期限前报送未完成任务的原因、整改措施和完成时限，并附证明材料。",
                    LocalDate.of(2022, 11, 10), LocalDate.of(2022, 11, 20));
            SupervisionNotice xintai = send("督办〔2022〕2号", "新泰市科学技术协会",
                    "请于回复期限前书面报告未完成原因和整改措施，逾期未回复的将在督查通报中通报。",
                    LocalDate.of(2022, 12, 1), LocalDate.of(2022, 12, 10));
            as("daiyue");
            replying.reply(daiyue.getId(), new ReplyForm("因疫情防控，部分线下活动延期举办，目前已完成计划的八成。",
                    "一是调整活动方式，改为线上线下结合；二是明确专人负责，每周调度进度；三是12月中旬前补齐剩余活动并上传佐证材料。",
                    LocalDate.of(2022, 12, 15)), List.of());
            as("taian");
            decision.accept(daiyue.getId());
            daiyue.getReplies().get(0).backdate(at(LocalDate.of(2022, 11, 18)), at(LocalDate.of(2022, 11, 22)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private SupervisionNotice send(String number, String unitName, String requirements, LocalDate sentOn, LocalDate replyBy) {
        long unit = organizations.named(unitName).orElseThrow().getId();
        NoticeForm form = sending.newForm(unit, null);
        form.setNumber(number);
        form.setRequirements(requirements);
        List<Lagging> tasks = lagging.of(unit).stream().filter(l -> l.planTitle().equals(CHECKLIST)).limit(2).toList();
        tasks.forEach(l -> form.getAssignmentIds().add(l.assignmentId()));
        if (tasks.isEmpty()) {
            form.setMatters("2022年科普工作任务清单中逾期未完成的任务");
        }
        SupervisionNotice notice = sending.send(form);
        notice.backdate(sentOn, replyBy, at(sentOn));
        return notice;
    }

    private static java.time.Instant at(LocalDate day) {
        return day.atTime(9, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
