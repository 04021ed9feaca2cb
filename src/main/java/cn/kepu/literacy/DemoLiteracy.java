package cn.kepu.literacy;

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
 * The national rates as the 中国公民科学素质抽样调查 published them (sources in docs/literacy.md) and 泰山区's own 测评
 * 2022—2024 climbing toward its 2025 target of 18% — demo figures, said so in their source — with breakdowns for 2024,
 * so the Taishan plan's 18% quota shows 17.3% measured in 2024 and the trend reaching 18.4% by 2025.
 */
@Component
@Profile("demo")
@Order(13)
class DemoLiteracy implements ApplicationRunner {

    /** Year, rate, the survey that published it. */
    static final String[][] NATIONAL = {
            {"2010", "3.27", "第八次中国公民科学素养调查（中国科协2010年11月发布）"},
            {"2015", "6.20", "第九次中国公民科学素质调查（中国科协2015年9月发布）"},
            {"2020", "10.56", "第十一次中国公民科学素质抽样调查（中国科协2021年1月发布）"},
            {"2022", "12.93", "第十二次中国公民科学素质抽样调查（中国科协2023年发布，纳入国家统计公报）"},
            {"2023", "14.14", "第十三次中国公民科学素质抽样调查（中国科协与国家统计局，2024年发布）"},
            {"2024", "15.37", "第十四次中国公民科学素质抽样调查（中国科协2025年5月27日发布）"},
    };
    static final String TAISHAN = "泰山区科学技术协会";
    static final String[][] TAISHAN_RATES = {
            {"2022", "15.2", "1200"}, {"2023", "16.4", "1200"}, {"2024", "17.3", "1500"},
    };

    private final LiteracyRegistry registry;
    private final LiteracyRates rates;
    private final OrganizationDirectory organizations;
    private final UserDetailsService users;

    DemoLiteracy(LiteracyRegistry registry, LiteracyRates rates, OrganizationDirectory organizations, UserDetailsService users) {
        this.registry = registry;
        this.rates = rates;
        this.organizations = organizations;
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (rates.count() > 0) {
            return;
        }
        UserDetails admin = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            for (String[] n : NATIONAL) {
                registry.enter(form(0L, n[0], n[1], null, n[2], List.of()));
            }
            long taishan = organizations.named(TAISHAN).orElseThrow(() -> new IllegalStateException("no demo unit")).getId();
            for (String[] t : TAISHAN_RATES) {
                List<RateForm.Row> groups = !t[0].equals("2024") ? List.of() : List.of(
                        new RateForm.Row("性别", "男性", "18.6"), new RateForm.Row("性别", "女性", "16.0"),
                        new RateForm.Row("城乡", "城镇居民", "20.1"), new RateForm.Row("城乡", "农村居民", "12.8"),
                        new RateForm.Row("年龄段", "18—39岁", "24.5"), new RateForm.Row("年龄段", "40—54岁", "14.2"),
                        new RateForm.Row("年龄段", "55—69岁", "7.9"), new RateForm.Row("重点人群", "农民", "9.6"));
                registry.enter(form(taishan, t[0], t[1], t[2], "泰山区公民科学素质测评（演示数据）", groups));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static RateForm form(long region, String year, String rate, String sample, String source, List<RateForm.Row> groups) {
        RateForm form = new RateForm();
        form.setRegionId(region);
        form.setSurveyYear(year);
        form.setRate(rate);
        form.setSampleSize(sample);
        form.setSourceName(source);
        form.setRows(new java.util.ArrayList<>(groups));
        return form;
    }
}
