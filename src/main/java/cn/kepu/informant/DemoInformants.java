package cn.kepu.informant;

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
 * Tai'an's six counties' new informants of 2022, month by month, entered by 泰安市科协 as the demo user would — so the
 * 2022 checklist's task 10 shows progress from counts: 泰山区 3120 of 3000 (met), 岱岳区 1650 of 2000 (November and
 * December not yet entered), 新泰市 2850 of 3000, 肥城市 2040 of 2000, 宁阳县 1180 of 1500, 东平县 1500 of 1500.
 */
@Component
@Profile("demo")
@Order(5)
class DemoInformants implements ApplicationRunner {

    static final String[] UNITS = {"泰山区科学技术协会", "岱岳区科学技术协会", "新泰市科学技术协会", "肥城市科学技术协会",
            "宁阳县科学技术协会", "东平县科学技术协会"};
    /** Per county, January to December; null where the month is not entered. */
    static final Integer[][] MONTHS = {
            {180, 200, 260, 300, 280, 260, 240, 250, 330, 300, 270, 250},
            {120, 130, 160, 180, 170, 150, 170, 190, 200, 180, null, null},
            {150, 180, 220, 260, 250, 230, 240, 260, 300, 290, 250, 220},
            {120, 140, 160, 170, 180, 170, 160, 170, 210, 200, 190, 170},
            {60, 70, 90, 100, 110, 100, 90, 100, 130, 120, 110, 100},
            {90, 100, 120, 130, 140, 120, 120, 130, 150, 140, 130, 130},
    };

    private final InformantCounts informants;
    private final MonthlyCounts counts;
    private final OrganizationDirectory organizations;
    private final UserDetailsService users;

    DemoInformants(InformantCounts informants, MonthlyCounts counts, OrganizationDirectory organizations, UserDetailsService users) {
        this.informants = informants;
        this.counts = counts;
        this.organizations = organizations;
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (counts.count() > 0) {
            return;
        }
        UserDetails user = users.loadUserByUsername("taian");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            java.util.List<InformantCounts.Checked> rows = new java.util.ArrayList<>();
            for (int u = 0; u < UNITS.length; u++) {
                var unit = organizations.named(UNITS[u]).orElseThrow(() -> new IllegalStateException("no demo unit"));
                for (int m = 0; m < 12; m++) {
                    if (MONTHS[u][m] != null) {
                        rows.add(new InformantCounts.Checked(unit, 2022, m + 1, MONTHS[u][m], null, "科普中国APP后台统计"));
                    }
                }
            }
            informants.storeAll(rows);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
