package cn.kepu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Demo;
import cn.kepu.support.ImportProblem;
import cn.kepu.support.ImportRejected;
import cn.kepu.support.KepuTest;
import cn.kepu.support.Users;
import cn.kepu.support.XlsxTable;

@KepuTest
class VolunteerSheetTests {

    @Autowired
    VolunteerImport importing;
    @Autowired
    VolunteerExport exporting;
    @Autowired
    VolunteerRegistry registry;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logOut() {
        Users.nobody();
    }

    VolunteerTeam team(String unit) {
        TeamForm form = new TeamForm();
        form.setUnitId(organizations.named(unit).orElseThrow().getId());
        form.setName(Demo.unique("科技志愿服务队"));
        form.setField(ServiceField.HEALTH);
        return registry.createTeam(form);
    }

    /** One row in the national platform's columns. */
    static Object[] row(String name, String idCard, String phone, String team) {
        String gender = (idCard.charAt(16) - '0') % 2 == 1 ? "男" : "女";
        return new Object[] {name, gender, idCard.substring(6, 10), "居民身份证", idCard, phone, "医疗卫生", "健康讲座，慢病管理",
            team, "", "2026-03-01"};
    }

    static byte[] sheet(Object[]... rows) {
        XlsxTable table = XlsxTable.of("志愿者", "科技志愿者", VolunteerSheet.headers());
        for (Object[] r : rows) {
            table.row(r);
        }
        return table.toBytes();
    }

    long count(VolunteerTeam team) {
        return jdbc.queryForObject("select count(*) from volunteer where team_id = ?", Long.class, team.getId());
    }

    static List<List<String>> cells(byte[] workbook) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = XlsxTable.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < VolunteerSheet.COLUMNS.size(); c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    @DisplayName("导入全国平台格式的表格：全部登记，数据库中没有明文身份证号码和手机号码，可按身份证号码查找")
    void importsAGoodSheetSealed() {
        Users.as(users, "taian");
        VolunteerTeam team = team(Demo.TAIAN);
        String first = VolunteerTests.freshIdCard();
        String second = VolunteerTests.freshIdCard();
        String third = VolunteerTests.freshIdCard();

        VolunteerImport.Imported imported = importing.importVolunteers(sheet(row("周海燕", first, "13605380005", team.getName()),
                row("吴建华", second, "13605380006", team.getName()), row("郑小红", third, "", team.getName())));

        assertThat(imported.count()).isEqualTo(3);
        assertThat(imported.byTeam()).containsEntry(team.getName(), 3);
        List<Map<String, Object>> stored = jdbc.queryForList("select * from volunteer where team_id = ?", team.getId());
        assertThat(stored).hasSize(3);
        for (Map<String, Object> row : stored) {
            assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value))
                    .doesNotContain(first).doesNotContain(second).doesNotContain(third)
                    .doesNotContain(first.substring(6, 17)).doesNotContain("13605380005").doesNotContain("13605380006"));
            assertThat(String.valueOf(row.get("id_card_sealed"))).isNotBlank();
            assertThat(String.valueOf(row.get("id_card_hash"))).hasSize(64);
        }
        assertThat(jdbc.queryForObject("select count(*) from volunteer where id_card_sealed like ? or id_card_masked = ?", Long.class,
                "%" + second + "%", second)).isZero();
        assertThat(registry.volunteers(new VolunteerRegistry.Filter(null, null, null, null, second), 0).getContent())
                .extracting(Volunteer::getName, Volunteer::getIdCardMasked, Volunteer::getGender)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("吴建华", IdCardNumber.mask(second),
                        VolunteerSheet.genderOf(IdCardNumber.parse(second))));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'IMPORT' and object_type = '志愿者' "
                + "and summary like ?", Long.class, "导入3名志愿者%" + team.getName() + "3人%")).isEqualTo(1);
    }

    @Test
    @DisplayName("校验位错误、文件内重复、与已登记的重复：一条也不导入，按行和列指出")
    void aBadRowStoresNothing() {
        Users.as(users, "taian");
        VolunteerTeam team = team(Demo.TAIAN);
        String registered = VolunteerTests.freshIdCard();
        importing.importVolunteers(sheet(row("张明远", registered, "13805380001", team.getName())));
        VolunteerTeam empty = team(Demo.TAIAN);
        String good = VolunteerTests.freshIdCard();
        String twice = VolunteerTests.freshIdCard();
        String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');

        assertThatThrownBy(() -> importing.importVolunteers(sheet(
                row("李秀兰", good, "13805380002", empty.getName()),
                row("赵志刚", wrongCheck, "13905380003", empty.getName()),
                row("孙丽娜", twice, "13905380004", empty.getName()),
                row("孙丽娜", twice, "13905380004", empty.getName()),
                row("张明远", registered, "13805380001", empty.getName()))))
                .isInstanceOfSatisfying(ImportRejected.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("文件中有3处错误，未导入任何数据");
                    assertThat(e.problems()).containsExactly(
                            new ImportProblem(4, "证件号码", "身份证号码校验位不正确，请核对"),
                            new ImportProblem(6, "证件号码", "与第5行的证件号码相同，同一人只能登记一次"),
                            new ImportProblem(7, "证件号码", "该证件号码已登记为志愿者，不能重复登记"));
                    assertThat(e.markedWorkbook()).isNotEmpty();
                });
        assertThat(count(empty)).as("全部不导入").isZero();
        assertThat(count(team)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from volunteer where name = '李秀兰' and team_id = ?", Long.class,
                empty.getId())).isZero();
    }

    @Test
    @DisplayName("其他列：手机号码、服务领域、同意授权日期（不能晚于今天）、性别与证件号码不符，各自指出行和列")
    void otherColumnsAreChecked() {
        Users.as(users, "taian");
        VolunteerTeam team = team(Demo.TAIAN);
        String id = VolunteerTests.freshIdCard();
        Object[] bad = row("王芳", id, "1380538", team.getName());
        bad[1] = VolunteerSheet.genderOf(IdCardNumber.parse(id)).equals("男") ? "女" : "男";
        bad[6] = "天文";
        bad[10] = "2099-01-01";
        Object[] noConsent = row("王强", VolunteerTests.freshIdCard(), "13805380009", team.getName());
        noConsent[10] = "";
        assertThatThrownBy(() -> importing.importVolunteers(sheet(bad, noConsent)))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::row, ImportProblem::column)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "性别"), org.assertj.core.groups.Tuple.tuple(3, "手机号码"),
                                org.assertj.core.groups.Tuple.tuple(3, "服务领域"), org.assertj.core.groups.Tuple.tuple(3, "同意授权日期"),
                                org.assertj.core.groups.Tuple.tuple(4, "同意授权日期")));
        assertThat(count(team)).isZero();
    }

    @Test
    @DisplayName("县级用户不能导入到其他县的服务队：按行指出找不到该服务队，不导入")
    void aCountyUserCannotImportIntoAnotherCountysTeam() {
        Users.as(users, "admin");
        VolunteerTeam daiyue = team(Demo.DAIYUE);
        Users.as(users, "taishan");
        VolunteerTeam own = team(Demo.TAISHAN);
        assertThatThrownBy(() -> importing.importVolunteers(sheet(
                row("刘淑芬", VolunteerTests.freshIdCard(), "13605383456", own.getName()),
                row("陈立新", VolunteerTests.freshIdCard(), "13905382345", daiyue.getName()))))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.problems()).containsExactly(
                        new ImportProblem(4, "所属服务队", "找不到服务队“" + daiyue.getName() + "”：应为您权限范围内已建立的服务队")));
        assertThat(count(own)).isZero();
        assertThat(count(daiyue)).isZero();
    }

    @Test
    @DisplayName("导出→导入往返：有权限者导出完整信息（审计记录条数），删除个人信息后导入同一文件，恢复相同的志愿者")
    void exportThenImportRoundTrips() throws IOException {
        Users.as(users, "taishan");
        VolunteerTeam team = team(Demo.TAISHAN);
        String first = VolunteerTests.freshIdCard();
        String second = VolunteerTests.freshIdCard();
        importing.importVolunteers(sheet(row("周海燕", first, "13605380005", team.getName()),
                row("吴建华", second, "13605380006", team.getName())));

        VolunteerExport.Exported exported = exporting.export(new VolunteerRegistry.Filter(null, team.getId(), null, null, null), true);
        assertThat(exported.rows()).isEqualTo(2);
        assertThat(exported.unmasked()).isEqualTo(2);
        List<List<String>> cells = cells(exported.workbook());
        assertThat(cells).extracting(r -> r.get(0), r -> r.get(4), r -> r.get(5), r -> r.get(8), r -> r.get(10)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("周海燕", first, "13605380005", team.getName(), "2026-03-01"),
                org.assertj.core.groups.Tuple.tuple("吴建华", second, "13605380006", team.getName(), "2026-03-01"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and object_type = '志愿者' "
                + "and username = 'taishan' and summary like ?", Long.class, "导出2名志愿者，其中2名含完整身份证号码和手机号码%"))
                .isEqualTo(1);

        for (Volunteer v : registry.volunteers(new VolunteerRegistry.Filter(null, team.getId(), null, null, null), 0)) {
            registry.erase(v.getId());
        }
        VolunteerImport.Imported again = importing.importVolunteers(exported.workbook());
        assertThat(again.count()).isEqualTo(2);
        List<Volunteer> back = registry.volunteers(new VolunteerRegistry.Filter(null, null, null, null, first), 0).getContent();
        assertThat(back).hasSize(1);
        Volunteer v = back.get(0);
        assertThat(v.getName()).isEqualTo("周海燕");
        assertThat(v.getSkills()).isEqualTo("健康讲座，慢病管理");
        assertThat(v.getField()).isEqualTo(ServiceField.HEALTH);
        assertThat(v.getBirthYear()).isEqualTo(Integer.parseInt(first.substring(6, 10)));
        assertThat(registry.reveal(v.getId())).isEqualTo(new VolunteerRegistry.Revealed(first, "13605380005"));
        assertThat(cells(exporting.export(new VolunteerRegistry.Filter(null, team.getId(), null, null, null), true).workbook()))
                .as("已删除个人信息的记录不导出").hasSize(2);
    }

    @Test
    @DisplayName("无权查看完整信息的工作人员导出时打码（也记入审计），打码的文件不能再导入")
    void staffExportsMasked() throws IOException {
        Users.as(users, "taishan");
        VolunteerTeam team = team(Demo.TAISHAN);
        String id = VolunteerTests.freshIdCard();
        importing.importVolunteers(sheet(row("赵志刚", id, "13905380003", team.getName())));

        Users.as(users, "taian");
        VolunteerExport.Exported exported = exporting.export(new VolunteerRegistry.Filter(null, team.getId(), null, null, null), true);
        assertThat(exported.unmasked()).isZero();
        List<List<String>> cells = cells(exported.workbook());
        assertThat(cells).hasSize(1);
        assertThat(cells.get(0).get(4)).isEqualTo(IdCardNumber.mask(id));
        assertThat(cells.get(0).get(5)).isEqualTo("139****0003");
        assertThat(String.join("|", cells.get(0))).doesNotContain(id).doesNotContain("13905380003");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and object_type = '志愿者' "
                + "and username = 'taian' and summary like ?", Long.class, "导出1名志愿者，身份证号码和手机号码均已打码%")).isGreaterThanOrEqualTo(1);

        Users.as(users, "taishan");
        VolunteerExport.Exported own = exporting.export(new VolunteerRegistry.Filter(null, team.getId(), null, null, null), false);
        assertThat(own.unmasked()).as("未要求完整信息时打码").isZero();
        assertThat(cells(own.workbook()).get(0).get(4)).isEqualTo(IdCardNumber.mask(id));

        registry.erase(registry.volunteers(new VolunteerRegistry.Filter(null, team.getId(), null, null, null), 0).getContent().get(0).getId());
        assertThatThrownBy(() -> importing.importVolunteers(exported.workbook()))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.problems()).extracting(ImportProblem::column, ImportProblem::message)
                        .contains(org.assertj.core.groups.Tuple.tuple("证件号码", "证件号码已打码（" + IdCardNumber.mask(id) + "），请填写完整号码：打码的导出文件不能再导入")));
    }
}
