package cn.kepu.statistics;

import java.util.EnumMap;
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
 * 泰山区科协's 科普统计: 2021 submitted (so 2022's jumps have something to compare with), 2022 a draft partly typed with
 * its activities, participants, bases and volunteers pre-filled from the demo's records; 岱岳区 2022 submitted, so
 * 泰安市's summary adds up two counties.
 */
@Component
@Profile("demo")
@Order(14)
class DemoStatistics implements ApplicationRunner {

    private final StatisticsWork work;
    private final StatisticsForms forms;
    private final OrganizationDirectory organizations;
    private final UserDetailsService users;

    DemoStatistics(StatisticsWork work, StatisticsForms forms, OrganizationDirectory organizations, UserDetailsService users) {
        this.work = work;
        this.forms = forms;
        this.organizations = organizations;
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (forms.count() > 0) {
            return;
        }
        UserDetails user = users.loadUserByUsername("taian");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            long taishan = organizations.named("泰山区科学技术协会").orElseThrow(() -> new IllegalStateException("no demo unit")).getId();
            long daiyue = organizations.named("岱岳区科学技术协会").orElseThrow(() -> new IllegalStateException("no demo unit")).getId();
            work.submit(taishan, 2021, figures("STAFF_FULL", "12", "STAFF_FULL_SENIOR", "7", "STAFF_FULL_WOMEN", "5",
                    "STAFF_PART", "160", "STAFF_PART_RURAL", "90", "FUNDS_RAISED", "180", "FUNDS_GOVERNMENT", "150",
                    "FUNDS_SPECIAL", "80", "FUNDS_SPENT", "175", "SPENT_ACTIVITIES", "120", "POPULATION", "80.3",
                    "LECTURES", "95", "EXHIBITIONS", "20"), Map.of(), null);
            work.save(taishan, 2022, figures("STAFF_FULL", "13", "STAFF_FULL_SENIOR", "8", "STAFF_PART", "172",
                    "FUNDS_RAISED", "210", "FUNDS_GOVERNMENT", "170", "POPULATION", "80.6", "LECTURES", "110"), Map.of(), null);
            work.submit(daiyue, 2022, figures("STAFF_FULL", "9", "STAFF_PART", "140", "STAFF_PART_RURAL", "100",
                    "FUNDS_RAISED", "130", "FUNDS_GOVERNMENT", "110", "FUNDS_SPENT", "126", "POPULATION", "97.5",
                    "LECTURES", "70", "COMPETITIONS", "6"), Map.of(), null);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Map<StatisticsItem, String> figures(String... codeAndValue) {
        Map<StatisticsItem, String> figures = new EnumMap<>(StatisticsItem.class);
        for (int i = 0; i < codeAndValue.length; i += 2) {
            figures.put(StatisticsItem.valueOf(codeAndValue[i]), codeAndValue[i + 1]);
        }
        return figures;
    }
}
