package cn.kepu.project;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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

import cn.kepu.attachment.Upload;
import cn.kepu.org.OrganizationDirectory;

/**
 * 泰安市科协's call for this year's 基层科普行动计划 projects, to which 泰山区科协 (accepted: 验收合格) and 岱岳区科协 (its
 * mid-term report in, awaiting acceptance) applied — entered as the demo users would, then the call dated back to spring.
 */
@Component
@Profile("demo")
@Order(9)
class DemoProjects implements ApplicationRunner {

    static final String CALL = "年泰安市基层科普行动计划项目申报";
    static final byte[] SUMMARY_PDF = ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private final ProjectCalls calls;
    private final CallOpening opening;
    private final ProjectApplication application;
    private final ProjectReview review;
    private final ProjectReporting reporting;
    private final OrganizationDirectory organizations;
    private final UserDetailsService users;
    private final Clock clock;

    DemoProjects(ProjectCalls calls, CallOpening opening, ProjectApplication application, ProjectReview review,
            ProjectReporting reporting, OrganizationDirectory organizations, UserDetailsService users, Clock clock) {
        this.calls = calls;
        this.opening = opening;
        this.application = application;
        this.review = review;
        this.reporting = reporting;
        this.organizations = organizations;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (calls.count() > 0) {
            return;
        }
        try {
            LocalDate today = LocalDate.now(clock);
            as("taian");
            CallForm c = new CallForm();
            c.setTitle(today.getYear() + CALL);
            c.setKind(ProjectKind.GRASSROOTS);
            c.setYear(today.getYear());
            c.setDeadline(today.plusDays(30));
            c.setBudget("100");
            c.setDescription("各县市区（功能区）科协结合本地实际，围绕应急科普、乡村振兴、社区科普等申报项目；每单位限报2项，"
                    + "单个项目申报经费不超过20万元。立项项目须按期提交中期报告，年底前完成验收。");
            c.setMidtermDue(today.plusDays(60));
            c.setAcceptanceDue(today.plusDays(120));
            ProjectCall call = opening.open(c);

            as("taishan");
            Project taishan = application.apply(call.getId(), form("泰山区科学技术协会", "泰山区社区应急科普进万家",
                    "在辖区20个社区开展应急避险、防灾减灾科普讲座和疏散演练，发放科普读本，培训社区科普宣传员。",
                    "讲座40场、演练20场，受众8000人次；培训社区科普宣传员60名。", "12.5",
                    "宣传资料印制", "4.5", "专家讲课费", "6", "演练器材", "2"));
            as("daiyue");
            Project daiyue = application.apply(call.getId(), form("岱岳区科学技术协会", "岱岳区科普惠农田间课堂",
                    "组织农技专家深入10个镇街开展田间课堂，推广小麦、玉米绿色高产技术和农产品质量安全知识。",
                    "田间课堂30场，培训农民3000人次；编印技术明白纸5000份。", "8",
                    "专家劳务费", "4.8", "技术资料印制", "2.2", "场地与交通", "1"));

            as("taian");
            review.score(taishan.getId(), new BigDecimal("88"));
            review.score(daiyue.getId(), new BigDecimal("85.5"));
            review.decide(taishan.getId(), true, "10", "项目设计合理，同意立项；经费核减2.5万元。");
            review.decide(daiyue.getId(), true, "8", "同意立项。");

            as("taishan");
            reporting.reportMidterm(taishan.getId(), "已在12个社区完成讲座24场、演练10场，受众4600人次；已使用经费5.2万元，进度符合计划。");
            reporting.attachEvidence(taishan.getId(), List.of(new Upload("泰山区社区应急科普进万家项目总结.pdf", SUMMARY_PDF)));
            as("taian");
            review.accept(taishan.getId(), true, "完成全部建设内容，资料齐全，验收合格。");

            as("daiyue");
            reporting.reportMidterm(daiyue.getId(), "已开展田间课堂16场，培训农民1700人次；已使用经费3.9万元。");

            call.backdate(today.minusDays(240), today.minusDays(60), today.plusDays(25));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private ProjectForm form(String applicant, String name, String content, String outputs, String budget, String... lines) {
        ProjectForm f = new ProjectForm();
        f.setApplicantId(organizations.named(applicant).orElseThrow().getId());
        f.setName(name);
        f.setContent(content);
        f.setExpectedOutputs(outputs);
        f.setBudget(budget);
        for (int i = 0; i < lines.length; i += 2) {
            f.line(lines[i], lines[i + 1]);
        }
        return f;
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
