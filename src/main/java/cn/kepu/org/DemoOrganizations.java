package cn.kepu.org;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo tree of the seeds: 山东省科协 → 泰安市科协 with its departments, affiliates, six county associations,
 * two functional zones and the units around them; and 陕西省科协 → 渭南市科协 with two counties. Loaded once,
 * on an empty database, in the demo profile only.
 */
@Component
@Profile("demo")
@Order(1)
class DemoOrganizations implements ApplicationRunner {

    private final Organizations organizations;
    private final Regions regions;
    private final OrganizationManagement management;
    private int serial;

    DemoOrganizations(Organizations organizations, Regions regions, OrganizationManagement management) {
        this.organizations = organizations;
        this.regions = regions;
        this.management = management;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organizations.count() > 0) {
            return;
        }
        Organization shandong = add(null, "山东省科学技术协会", "山东省科协", UnitType.ASSOCIATION, OrgLevel.PROVINCE, "370000", "王明");
        Organization taian = add(shandong, "泰安市科学技术协会", "泰安市科协", UnitType.ASSOCIATION, OrgLevel.CITY, "370900", "李华");
        for (String department : new String[] {"科普部", "学会部", "人才联络部", "办公室", "机关党委"}) {
            add(taian, department, null, UnitType.INTERNAL_DEPARTMENT, OrgLevel.CITY, "370900", null);
        }
        add(taian, "泰安市科技馆", "市科技馆", UnitType.AFFILIATE, OrgLevel.CITY, "370900", "赵敏");
        add(taian, "泰安市科技创新服务中心", "市科技创新服务中心", UnitType.AFFILIATE, OrgLevel.CITY, "370900", "钱进");

        Organization taishan = add(taian, "泰山区科学技术协会", "泰山区科协", UnitType.ASSOCIATION, OrgLevel.COUNTY, "370902", "孙丽");
        add(taian, "岱岳区科学技术协会", "岱岳区科协", UnitType.ASSOCIATION, OrgLevel.COUNTY, "370911", "周强");
        add(taian, "新泰市科学技术协会", "新泰市科协", UnitType.ASSOCIATION, OrgLevel.COUNTY, "370982", "吴刚");
        add(taian, "肥城市科学技术协会", "肥城市科协", UnitType.ASSOCIATION, OrgLevel.COUNTY, "370983", "郑洁");
        add(taian, "宁阳县科学技术协会", "宁阳县科协", UnitType.ASSOCIATION, OrgLevel.COUNTY, "370921", "冯涛");
        add(taian, "东平县科学技术协会", "东平县科协", UnitType.ASSOCIATION, OrgLevel.COUNTY, "370923", "陈静");
        add(taian, "泰安高新技术产业开发区科学技术协会", "高新区科协", UnitType.ASSOCIATION, OrgLevel.COUNTY, null, "褚亮");
        add(taian, "泰安旅游经济开发区科学技术协会", "旅游经济开发区科协", UnitType.ASSOCIATION, OrgLevel.COUNTY, null, "卫东");

        add(taian, "泰安市农学会", null, UnitType.SOCIETY, OrgLevel.CITY, "370900", "蒋平");
        add(taian, "泰安市医学会", null, UnitType.SOCIETY, OrgLevel.CITY, "370900", "沈玉");
        add(taian, "泰安市气象学会", null, UnitType.SOCIETY, OrgLevel.CITY, "370900", null);
        add(taian, "山东农业大学科学技术协会", "山东农业大学科协", UnitType.UNIVERSITY_ASSOCIATION, OrgLevel.CITY, "370902", "韩雪");
        add(taian, "泰山学院科学技术协会", "泰山学院科协", UnitType.UNIVERSITY_ASSOCIATION, OrgLevel.CITY, "370902", null);
        add(taian, "泰开集团科学技术协会", "泰开集团科协", UnitType.ENTERPRISE_ASSOCIATION, OrgLevel.CITY, "370902", "杨帆");
        add(taian, "泰山地质公园科普教育基地", null, UnitType.EDUCATION_BASE, OrgLevel.CITY, "370902", "朱琳");
        add(taian, "泰安市气象科普教育基地", null, UnitType.EDUCATION_BASE, OrgLevel.CITY, "370911", null);
        add(taian, "泰安市科普项目示范单位（岱岳区道朗镇）", null, UnitType.DEMONSTRATION_UNIT, OrgLevel.TOWNSHIP, "370911", null);

        add(taishan, "泰山区新时代文明实践农业科技志愿服务队", "农业科技志愿服务队", UnitType.VOLUNTEER_TEAM, OrgLevel.COUNTY, "370902", "秦川");
        add(taishan, "泰山区科普教育基地（泰山区青少年科技活动中心）", null, UnitType.EDUCATION_BASE, OrgLevel.COUNTY, "370902", null);
        for (String member : new String[] {"区委宣传部", "区科学技术局", "区教育和体育局", "区农业农村局", "区卫生健康局",
                "区人力资源和社会保障局", "区工业和信息化局", "区应急管理局", "区文化和旅游局", "区融媒体中心", "区自然资源局",
                "区水利局", "区住房和城乡建设局", "区气象局", "区发展和改革局", "区财政局", "区林业保护发展中心", "区妇联"}) {
            add(taishan, "泰山" + member, member, UnitType.MEMBER_UNIT, OrgLevel.COUNTY, "370902", null);
        }
        add(taishan, "共青团泰山区委", "团区委", UnitType.MEMBER_UNIT, OrgLevel.COUNTY, "370902", null);
        add(taishan, "泰安市生态环境局泰山分局", "市生态环境局泰山分局", UnitType.MEMBER_UNIT, OrgLevel.COUNTY, "370902", null);

        Organization shaanxi = add(null, "陕西省科学技术协会", "陕西省科协", UnitType.ASSOCIATION, OrgLevel.PROVINCE, "610000", "许诺");
        Organization weinan = add(shaanxi, "渭南市科学技术协会", "渭南市科协", UnitType.ASSOCIATION, OrgLevel.CITY, "610500", "何方");
        add(weinan, "科普部", null, UnitType.INTERNAL_DEPARTMENT, OrgLevel.CITY, "610500", null);
        add(weinan, "临渭区科学技术协会", "临渭区科协", UnitType.ASSOCIATION, OrgLevel.COUNTY, "610502", "吕梁");
        add(weinan, "华州区科学技术协会", "华州区科协", UnitType.ASSOCIATION, OrgLevel.COUNTY, "610503", "施展");
        add(weinan, "渭南市科技馆", null, UnitType.AFFILIATE, OrgLevel.CITY, "610500", null);
    }

    private Organization add(Organization parent, String name, String shortName, UnitType type, OrgLevel level,
            String regionCode, String contact) {
        Region region = regionCode == null ? null : regions.findById(regionCode).orElseThrow();
        serial++;
        boolean association = type == UnitType.ASSOCIATION || type == UnitType.SOCIETY;
        String creditCode = association && regionCode != null
                ? CreditCode.complete("51" + regionCode + String.format("MJ%07d", serial)).value() : null;
        String phone = contact == null ? null : String.format("1380538%04d", serial);
        return management.insert(parent, new Organization.Details(name, shortName, type, level, region, creditCode,
                contact, phone));
    }
}
