package cn.kepu.works;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

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
import cn.kepu.expert.Expert;
import cn.kepu.expert.ExpertRegistry;
import cn.kepu.org.OrganizationDirectory;

/**
 * 第二届泰安市科普创作大赛 by 泰安市科学技术协会: works in 短视频 (links), 挂图 (pictures) and 科普图书 (PDF) from the six
 * counties, accepted, scored by five experts of the demo registry, awarded by category and in 公示 — entered as the
 * system administrator would, the call's dates moved back after the works came in. Invented works and authors.
 */
@Component
@Profile("demo")
@Order(16)
class DemoWorks implements ApplicationRunner {

    static final String TITLE = "第二届泰安市科普创作大赛";
    static final String TAIAN = "泰安市科学技术协会";
    static final String[] PANEL = {"张宪法", "王立红", "刘振华", "陈建军", "赵雅琴"};

    /** County, category, title, authors, author's unit, phone. */
    static final String[][] WORKS = {
            {"泰山区科学技术协会", "VIDEO", "泰山古树会说话", "刘晓燕、王浩", "泰山区实验学校", "13953810001"},
            {"岱岳区科学技术协会", "VIDEO", "大棚里的节水密码", "周明", "岱岳区农业技术推广站", "13953810002"},
            {"新泰市科学技术协会", "VIDEO", "一分钟学会心肺复苏", "吴佳", "新泰市第二人民医院", "13953810003"},
            {"肥城市科学技术协会", "VIDEO", "肥城桃的一生", "郑凯", "肥城市融媒体中心", "13953810004"},
            {"宁阳县科学技术协会", "POSTER", "防范电信诈骗十招", "冯雪", "宁阳县第一中学", "13953810005"},
            {"东平县科学技术协会", "POSTER", "东平湖湿地鸟类图鉴", "陈思远", "东平县湿地保护中心", "13953810006"},
            {"泰山区科学技术协会", "POSTER", "垃圾分类我先行", "孙悦", "泰山区东岳大街小学", "13953810007"},
            {"岱岳区科学技术协会", "POSTER", "秸秆变废为宝", "李强", "岱岳区满庄镇农技站", "13953810008"},
            {"新泰市科学技术协会", "BOOK", "煤海深处的科学", "吴振华", "新泰市矿山安全培训中心", "13953810009"},
            {"肥城市科学技术协会", "BOOK", "给孩子的节气科学", "郑丽", "肥城市实验小学", "13953810010"},
            {"宁阳县科学技术协会", "BOOK", "蟋蟀王国探秘", "冯立新", "宁阳县文化馆", "13953810011"},
            {"东平县科学技术协会", "BOOK", "老年人防跌倒手册", "陈慧", "东平县人民医院", "13953810012"},
    };
    /** Each work's five scores, in the panel's order. */
    static final double[][] SCORES = {
            {92, 88.5, 90, 86, 95}, {85, 83, 88, 80, 79.5}, {94, 91, 93.5, 90, 89}, {78, 82, 80, 75, 84},
            {88, 86, 90, 91, 85}, {93, 95, 92.5, 90, 96}, {80, 78, 83, 79, 81}, {75, 77, 72, 70, 79},
            {86, 84, 88, 85, 90}, {91, 93, 89, 92, 94}, {82, 80, 85, 79, 83}, {78, 80, 76, 74, 81},
    };

    private final CallManagement management;
    private final WorkSubmission submission;
    private final WorkReview review;
    private final WorkCalls calls;
    private final Works works;
    private final ExpertRegistry experts;
    private final OrganizationDirectory organizations;
    private final UserDetailsService users;
    private final Clock clock;

    DemoWorks(CallManagement management, WorkSubmission submission, WorkReview review, WorkCalls calls, Works works,
            ExpertRegistry experts, OrganizationDirectory organizations, UserDetailsService users,
            Clock clock) {
        this.clock = clock;
        this.management = management;
        this.submission = submission;
        this.review = review;
        this.calls = calls;
        this.works = works;
        this.experts = experts;
        this.organizations = organizations;
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (calls.count() > 0) {
            return;
        }
        UserDetails admin = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            long taian = organizations.named(TAIAN).orElseThrow(() -> new IllegalStateException("no demo unit")).getId();
            LocalDate today = LocalDate.now(clock);
            CallForm form = CallForm.blank().choose(WorkCategory.VIDEO).choose(WorkCategory.POSTER).choose(WorkCategory.BOOK);
            form.setIssuerId(taian);
            form.setTitle(TITLE);
            form.setYear(today.getYear());
            form.setOpensOn(today.minusDays(1));
            form.setClosesOn(today.plusDays(1));
            form.setRules("""
                    一、征集对象：泰安市各县（市、区）科普工作者、教师、学生和科普爱好者。
                    二、作品要求：主题鲜明、科学准确、通俗易懂，须为原创，未在其他比赛中获奖。
                    三、评审：形式审查后由专家组评审，5位及以上专家评分时去掉一个最高分和一个最低分取平均分。
                    四、奖项：各类别分设一等奖、二等奖、三等奖和优秀奖，获奖名单在本平台公示。""");
            WorkCall call = management.open(form);
            List<Work> submitted = new ArrayList<>();
            for (int i = 0; i < WORKS.length; i++) {
                String[] w = WORKS[i];
                SubmissionForm f = new SubmissionForm();
                f.setSubmittingUnitId(organizations.named(w[0]).orElseThrow().getId());
                f.setCategory(WorkCategory.valueOf(w[1]));
                f.setTitle(w[2]);
                f.setAuthors(w[3]);
                f.setAuthorUnit(w[4]);
                f.setPhone(w[5]);
                f.setSummary("“" + w[2] + "”由" + w[4] + "创作，面向公众普及相关科学知识。");
                f.setOriginal(true);
                f.setConsent(true);
                Upload file = null;
                if (f.getCategory() == WorkCategory.VIDEO) {
                    f.setLink("https://www.example.com/kepu/video/" + (i + 1));
                } else if (f.getCategory() == WorkCategory.POSTER) {
                    file = new Upload(w[2] + ".png", poster(i));
                } else {
                    file = new Upload(w[2] + ".pdf", pdf(w[2]));
                }
                submitted.add(submission.submitForUnit(call.getId(), f, file));
            }
            call = calls.findById(call.getId()).orElseThrow();
            call.backdate(today.minusDays(75), today.minusDays(15));
            calls.saveAndFlush(call);
            for (String name : PANEL) {
                Expert e = experts.experts(new ExpertRegistry.Filter(name, null, null, null, false, null), 0, 5).getContent()
                        .stream().filter(x -> x.getName().equals(name)).findFirst().orElseThrow();
                review.assign(call.getId(), e.getId());
            }
            call = calls.findById(call.getId()).orElseThrow();
            for (int i = 0; i < submitted.size(); i++) {
                long id = submitted.get(i).getId();
                review.check(id, true, null);
                for (int p = 0; p < PANEL.length; p++) {
                    review.score(id, call.getPanel().get(p).expertId(), BigDecimal.valueOf(SCORES[i][p]).setScale(1));
                }
            }
            // By category, the best first: 一等奖, 二等奖, 三等奖, then 优秀奖.
            Map<Long, Award> awards = new LinkedHashMap<>();
            for (WorkCategory c : List.of(WorkCategory.VIDEO, WorkCategory.POSTER, WorkCategory.BOOK)) {
                List<Work> ranked = works.findByCall_IdOrderByCategoryAscIdAsc(call.getId()).stream().filter(w -> w.getCategory() == c)
                        .sorted(Comparator.comparing((Work w) -> w.meanScore().orElse(BigDecimal.ZERO)).reversed()).toList();
                for (int r = 0; r < ranked.size(); r++) {
                    awards.put(ranked.get(r).getId(), Award.values()[Math.min(r, Award.values().length - 1)]);
                }
            }
            review.award(call.getId(), awards);
            review.publish(call.getId());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A small picture standing for a poster: bands of colour. */
    static byte[] poster(int seed) {
        BufferedImage image = new BufferedImage(300, 420, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Color[] colours = {new Color(0x1f6f8b), new Color(0x99a8b2), new Color(0xe6d5b8), new Color(0xe45826)};
        for (int band = 0; band < 6; band++) {
            g.setColor(colours[(band + seed) % colours.length]);
            g.fillRect(0, band * 70, 300, 70);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf(String title) {
        return ("%PDF-1.4\n% " + title + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }
}
