package cn.kepu.base;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

import cn.kepu.org.CreditCode;
import cn.kepu.org.OrganizationDirectory;

/**
 * Tai'an's bases, entered as the demo users would: 泰山地质公园科普教育基地 (recognized five years ago, its 复核 due within
 * the month, with annual reports), 泰安市气象科普教育基地, 泰安市科技馆 and 泰山区科普教育基地 — linked to the units the
 * demo tree already has — and 泰安市徂徕山森林科普教育基地 waiting for 初审; a demonstration community being created and a
 * demonstration village named.
 */
@Component
@Profile("demo")
@Order(8)
class DemoBases implements ApplicationRunner {

    private final EducationBases bases;
    private final BaseApplying applying;
    private final BaseScreening screening;
    private final BaseRecognition recognition;
    private final AnnualReporting reporting;
    private final SiteCreating creating;
    private final SiteEvaluation evaluation;
    private final OrganizationDirectory organizations;
    private final UserDetailsService users;
    private final Clock clock;

    DemoBases(EducationBases bases, BaseApplying applying, BaseScreening screening, BaseRecognition recognition,
            AnnualReporting reporting, SiteCreating creating, SiteEvaluation evaluation, OrganizationDirectory organizations,
            UserDetailsService users, Clock clock) {
        this.bases = bases;
        this.applying = applying;
        this.screening = screening;
        this.recognition = recognition;
        this.reporting = reporting;
        this.creating = creating;
        this.evaluation = evaluation;
        this.organizations = organizations;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (bases.count() > 0) {
            return;
        }
        try {
            as("taian");
            LocalDate today = LocalDate.now(clock);
            // Five years less a month ago: its validity ends within the month, so its 复核 is due.
            LocalDate geoparkFrom = today.minusYears(5).plusDays(25);
            EducationBase geopark = recognized(base("泰山地质公园科普教育基地", BaseLevel.CITY, BaseKind.NATURE, "泰安市科学技术协会",
                    "泰山风景名胜区管理委员会", "11370900MB28573", "370902", "泰安市泰山区红门路泰山地质公园",
                    "每日 8:00-17:30", "地质、生态、泰山岩群", 3000, "朱琳", "0538-8066077",
                    "以泰山世界地质公园为依托，开展地质遗迹科普研学、青少年野外考察和生态保护宣传。"),
                    "泰科协基地〔" + geoparkFrom.getYear() + "〕1号", geoparkFrom);
            for (int year = geoparkFrom.getYear() + 1; year < today.getYear(); year++) {
                int n = year - geoparkFrom.getYear();
                // What the base typed: its own open days and study tours as well as the campaign activities Kepu counted.
                int counted = (int) reporting.counted(geopark, year);
                reporting.report(geopark.getId(), new ReportForm(year, 52000 + 4100 * n, counted + 36 + 4 * n, 18 + n, 3 + n % 3,
                        year + "年接待研学团队" + (120 + 10 * n) + "批次，更新地质遗迹解说牌，开展“泰山石的故事”系列科普活动。"));
            }
            EducationBase weather = recognized(base("泰安市气象科普教育基地", BaseLevel.CITY, BaseKind.RESEARCH, "泰安市科学技术协会",
                    "泰安市气象局", "11370900MB12807", "370911", "泰安市岱岳区长城路气象科普馆", "周一至周五 9:00-16:30（预约）",
                    "气象、防灾减灾、应急科普", 300, "马骏", "0538-8221121", "气象观测场、防灾减灾体验区和天气预报演播室向公众开放。"),
                    "泰科协基地〔2024〕2号", LocalDate.of(2024, 3, 1));
            reporting.report(weather.getId(), new ReportForm(2024, 8600, null, 9, 2, "开展“3·23世界气象日”开放活动和防灾减灾进校园。"));
            if (today.getYear() > 2025) {
                reporting.report(weather.getId(), new ReportForm(2025, 9400, null, 9, 4, "新增台风与暴雨体验装置，全年接待学生团体86批次。"));
            }
            recognized(base("泰安市科技馆", BaseLevel.CITY, BaseKind.VENUE, "泰安市科学技术协会", "泰安市科技馆",
                    "12370900MB28471", "370902", "泰安市泰山区东岳大街科技馆", "周二至周日 9:00-17:00", "科学探索、机器人、航天",
                    2000, "赵敏", "0538-8227710", "市级综合性科技馆，常设展厅六个，面向青少年开展科学教育。"),
                    "泰科协基地〔2022〕3号", LocalDate.of(2022, 5, 18));
            as("taishan");
            recognized(base("泰山区科普教育基地（泰山区青少年科技活动中心）", BaseLevel.COUNTY, BaseKind.VENUE, "泰山区科学技术协会",
                    "泰山区青少年科技活动中心", "12370902MB15563", "370902", "泰安市泰山区财源大街青少年宫三楼", "周末及寒暑假 9:00-17:00",
                    "青少年科技创新、科学实验", 200, "孙丽", null, null),
                    "泰区科协基地〔2023〕1号", LocalDate.of(2023, 9, 1));
            as("taian");
            applying.apply(form("泰安市徂徕山森林科普教育基地", BaseLevel.CITY, BaseKind.NATURE, "泰安市科学技术协会",
                    "泰安市徂徕山林场", "12370900MB07735", "370911", "泰安市岱岳区徂徕镇徂徕山林场", "每日 8:00-17:00",
                    "森林生态、植物识别", 800, "刘松", "13853812345", "国有林场，建有森林科普步道和自然教育中心。"), List.of());

            as("taishan");
            long taishan = organizations.named("泰山区科学技术协会").orElseThrow().getId();
            DemonstrationSite community = creating.start(site("泰山区财源街道东岳大街社区", SiteKind.COMMUNITY, taishan, "370902",
                    today.minusMonths(4)));
            creating.check(community.getId(), Map.of(0, true, 1, true, 2, true, 3, false),
                    Map.of(0, "街道科普工作领导小组已成立，社区配备兼职科普员2名", 1, "社区党群服务中心二楼科普活动室80平方米",
                            2, "东岳大街沿线科普画廊12块", 3, "今年已开展4次，计划下半年再办2次"));
            as("taian");
            long daiyue = organizations.named("岱岳区科学技术协会").orElseThrow().getId();
            DemonstrationSite village = creating.start(site("岱岳区道朗镇里峪村", SiteKind.VILLAGE, daiyue, "370911",
                    LocalDate.of(2023, 3, 1)));
            java.util.Map<Integer, Boolean> all = new java.util.HashMap<>();
            for (int i = 0; i < village.getCriteria().size(); i++) {
                all.put(i, true);
            }
            creating.check(village.getId(), all, Map.of(3, "樱桃种植合作社带动全村增收"));
            creating.submit(village.getId());
            evaluation.name(village.getId(), new RecognitionForm("泰科协字〔2024〕15号", LocalDate.of(2024, 5, 20),
                    LocalDate.of(2024, 6, 1), LocalDate.of(2027, 5, 31)), "六项标准全部达标，樱桃科技小院示范带动作用明显。");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private EducationBase recognized(EducationBase base, String number, LocalDate from) {
        screening.pass(base.getId(), "材料齐全，符合申报条件");
        return recognition.recognize(base.getId(), new RecognitionForm(number, from, from, from.plusYears(5).minusDays(1)));
    }

    private EducationBase base(String name, BaseLevel level, BaseKind kind, String parent, String operator, String code17,
            String region, String address, String hours, String themes, Integer capacity, String contact, String phone, String intro) {
        return applying.apply(form(name, level, kind, parent, operator, code17, region, address, hours, themes, capacity, contact, phone,
                intro), List.of());
    }

    private BaseForm form(String name, BaseLevel level, BaseKind kind, String parent, String operator, String code17, String region,
            String address, String hours, String themes, Integer capacity, String contact, String phone, String intro) {
        BaseForm f = new BaseForm();
        f.setName(name);
        f.setLevel(level);
        f.setKind(kind);
        f.setParentId(organizations.named(parent).orElseThrow().getId());
        f.setOperatorName(operator);
        f.setOperatorCreditCode(CreditCode.complete(padded(code17)).value());
        f.setRegionCode(region);
        f.setAddress(address);
        f.setOpenHours(hours);
        f.setThemes(themes);
        f.setCapacity(capacity);
        f.setContactPerson(contact);
        f.setContactPhone(phone);
        f.setIntroduction(intro);
        return f;
    }

    /** Seventeen characters of the code's alphabet from the demo's shorter stems. */
    private static String padded(String stem) {
        return (stem + "00000000000000000").substring(0, 17);
    }

    private static SiteForm site(String name, SiteKind kind, long parentId, String region, LocalDate started) {
        SiteForm f = new SiteForm();
        f.setName(name);
        f.setKind(kind);
        f.setParentId(parentId);
        f.setRegionCode(region);
        f.setStartedOn(started);
        f.setContactPerson(kind == SiteKind.COMMUNITY ? "王芳" : "李长河");
        return f;
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
