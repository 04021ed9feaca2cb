package cn.kepu.mobile;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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

import cn.kepu.org.OrgLevel;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.OrganizationForm;
import cn.kepu.org.OrganizationManagement;
import cn.kepu.org.UnitType;

/**
 * 岱岳区科协's 科普大篷车 with its 2022 tour done (participants, no photos) and this year's stops planned — one of them
 * past its day and still planned, so the workbench shows 待完成的巡展. The demo tree has no township associations under
 * 岱岳区's seventeen towns and sub-districts are made as township associations beneath it, and each stop names the one
 * it reached, so the coverage page shows 2022 reaching six of them and this year's stops planned.
 */
@Component
@Profile("demo")
@Order(15)
class DemoMobile implements ApplicationRunner {

    static final String DAIYUE = "岱岳区科学技术协会";
    static final String VEHICLE = "岱岳区科普大篷车1号";

    /** 2022: date, place, kind, host, participants. */
    static final String[][] DONE_2022 = {
            {"2022-03-18", "天平街道天平中学", "SCHOOL", "天平街道办事处", "420"},
            {"2022-04-22", "粥店街道东湖社区", "COMMUNITY", "粥店街道办事处", "260"},
            {"2022-05-20", "山口镇中心小学", "SCHOOL", "山口镇人民政府", "380"},
            {"2022-06-17", "满庄镇政府广场", "TOWNSHIP", "满庄镇人民政府", "510"},
            {"2022-09-16", "马庄镇大集", "TOWNSHIP", "马庄镇人民政府", "650"},
            {"2022-10-21", "道朗镇二奇楼村", "OTHER", "道朗镇人民政府", "230"},
    };

    private final MobileSchedule schedule;
    private final MobileResources resources;
    private final OrganizationDirectory organizations;
    private final OrganizationManagement units;
    private final UserDetailsService users;

    DemoMobile(MobileSchedule schedule, MobileResources resources, OrganizationDirectory organizations, OrganizationManagement units,
            UserDetailsService users) {
        this.units = units;
        this.schedule = schedule;
        this.resources = resources;
        this.organizations = organizations;
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (resources.count() > 0) {
            return;
        }
        UserDetails admin = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            long daiyue = organizations.named(DAIYUE).orElseThrow(() -> new IllegalStateException("no demo unit")).getId();
            towns = townships(daiyue);
            ResourceForm vehicle = new ResourceForm();
            vehicle.setOrganizationId(daiyue);
            vehicle.setName(VEHICLE);
            vehicle.setKind(ResourceKind.VEHICLE.name());
            vehicle.setNote("中国科协配发，车载展品20件，可开展科普讲座和科学实验秀");
            long truck = schedule.createResource(vehicle).getId();
            ResourceForm boards = new ResourceForm();
            boards.setOrganizationId(daiyue);
            boards.setName("“科技创新 强国之路”巡展展板");
            boards.setKind(ResourceKind.BOARDS.name());
            boards.setNote("展板30块");
            schedule.createResource(boards);

            for (String[] d : DONE_2022) {
                MobileVisit v = schedule.schedule(visit(truck, d[0], d[1], d[2], d[3]));
                schedule.complete(v.getId(), d[4], "科普大篷车进" + d[1] + "，展品演示和科普讲座", List.of());
            }
            LocalDate today = schedule.today();
            schedule.schedule(visit(truck, today.minusDays(10).toString(), "夏张镇中心小学", "SCHOOL", "夏张镇人民政府"));
            LocalDate end = LocalDate.of(today.getYear(), 12, 31);
            String[][] planned = {{"北集坡街道社区广场", "COMMUNITY", "北集坡街道办事处"}, {"范镇大集", "TOWNSHIP", "范镇人民政府"},
                    {"黄前镇中学", "SCHOOL", "黄前镇人民政府"}};
            for (int i = 0; i < planned.length; i++) {
                LocalDate day = today.plusDays(7L * (i + 1));
                if (day.isAfter(end)) {
                    day = end; // late in December: the rest of the year's stops fall on its last day
                }
                schedule.schedule(visit(truck, day.toString(), planned[i][0], planned[i][1], planned[i][2]));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** 岱岳区's 17 towns and sub-districts (乡镇、街道), as township associations beneath its 科协. */
    static final String[] TOWNSHIPS = {"粥店街道", "天平街道", "北集坡街道", "山口镇", "祝阳镇", "范镇", "角峪镇", "徂徕镇",
            "满庄镇", "夏张镇", "道朗镇", "黄前镇", "大汶口镇", "马庄镇", "房村镇", "良庄镇", "下港镇"};

    /** The township associations beneath 岱岳区, made once (the coverage page reads them), by town name. */
    private Map<String, Long> townships(long daiyue) {
        Map<String, Long> made = new LinkedHashMap<>();
        for (String town : TOWNSHIPS) {
            String name = "岱岳区" + town + "科学技术协会";
            Organization unit = organizations.named(name).orElseGet(() -> {
                OrganizationForm f = new OrganizationForm();
                f.setName(name);
                f.setShortName(town + "科协");
                f.setUnitType(UnitType.ASSOCIATION);
                f.setLevel(OrgLevel.TOWNSHIP);
                f.setParentId(daiyue);
                return units.create(f);
            });
            made.put(town, unit.getId());
        }
        return made;
    }

    /** The township a place lies in, by the town its name starts with ("满庄镇政府广场" → 满庄镇). */
    private static Long townshipOf(Map<String, Long> townships, String place) {
        return townships.entrySet().stream().filter(t -> place.startsWith(t.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private Map<String, Long> towns = Map.of();

    private VisitForm visit(long resource, String date, String place, String kind, String host) {
        VisitForm f = new VisitForm();
        f.setTownshipId(townshipOf(towns, place));
        f.setResourceId(resource);
        f.setVisitDate(date);
        f.setPlace(place);
        f.setPlaceKind(kind);
        f.setHostUnit(host);
        return f;
    }
}
