package cn.kepu.volunteer;

import static cn.kepu.volunteer.VolunteerSheet.BIRTH_DATE;
import static cn.kepu.volunteer.VolunteerSheet.BIRTH_YEAR;
import static cn.kepu.volunteer.VolunteerSheet.CONSENT;
import static cn.kepu.volunteer.VolunteerSheet.FIELD;
import static cn.kepu.volunteer.VolunteerSheet.GENDER;
import static cn.kepu.volunteer.VolunteerSheet.ID_NUMBER;
import static cn.kepu.volunteer.VolunteerSheet.ID_TYPE;
import static cn.kepu.volunteer.VolunteerSheet.NAME;
import static cn.kepu.volunteer.VolunteerSheet.PHONE;
import static cn.kepu.volunteer.VolunteerSheet.SKILLS;
import static cn.kepu.volunteer.VolunteerSheet.TEAM;
import static cn.kepu.volunteer.VolunteerSheet.TEAM_UNIT;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.support.PersonalDataCipher;
import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.org.DataScope;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.ImportProblem;
import cn.kepu.support.ImportRejected;
import cn.kepu.support.PhoneNumber;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Workbooks;
import cn.kepu.support.XlsxTable;
import cn.kepu.support.XlsxUpload;

/**
 * Volunteers from the national platform's sheet ({@link VolunteerSheet}): every row checked — the ID-card number by
 * GB 11643, the phone, the field, the team within the user's data scope, the consent date — and every number compared
 * with the other rows and, by its keyed hash, with every volunteer already registered. All rows are stored, sealed, or
 * none, and each problem is named by row and column.
 */
@Component
class VolunteerImport {

    private static final int HASH_CHUNK = 500;
    private static final int FLUSH_EVERY = 500;

    private final VolunteerTeams teams;
    private final Volunteers volunteers;
    private final DataScope scope;
    private final PersonalDataCipher cipher;
    private final Workbooks workbooks;
    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VolunteerImport(VolunteerTeams teams, Volunteers volunteers, DataScope scope, PersonalDataCipher cipher, Workbooks workbooks,
            NamedParameterJdbcTemplate jdbc, EntityManager entities, ApplicationEventPublisher events, Clock clock) {
        this.teams = teams;
        this.volunteers = volunteers;
        this.scope = scope;
        this.cipher = cipher;
        this.workbooks = workbooks;
        this.jdbc = jdbc;
        this.entities = entities;
        this.events = events;
        this.clock = clock;
    }

    /** What an import stored, for the page: how many, and in which teams. */
    public record Imported(int count, Map<String, Integer> byTeam) {
    }

    byte[] template() {
        return XlsxTable.of("志愿者", "科技志愿者导入模板（列与全国科技志愿服务平台的志愿者登记表一致；带*为必填；证件类型为居民身份证；"
                        + "所属服务队填写您权限范围内服务队的名称，同名时填写服务队管理单位；同意授权日期为本人同意收集个人信息的日期，如2026-03-01）",
                VolunteerSheet.headers())
                .widths(VolunteerSheet.WIDTHS)
                .dropdown(1, List.of("男", "女"), 2000)
                .dropdown(3, List.of(VolunteerSheet.ID_CARD), 2000)
                .dropdown(6, VolunteerSheet.fieldLabels(), 2000)
                .toBytes();
    }

    private record Planned(int row, VolunteerTeam team, String name, String gender, IdCardNumber idCard, String hash,
            String phone, ServiceField field, String skills, LocalDate consentOn) {
    }

    /** Registers every volunteer of the sheet, or — when any row is wrong — none, naming each wrong cell. */
    @Transactional
    public Imported importVolunteers(byte[] content) {
        XlsxUpload upload = workbooks.open(content, "科技志愿者导入模板", VolunteerSheet.REQUIRED, VolunteerSheet.OPTIONAL);
        try {
            List<Integer> rows = upload.dataRows();
            if (rows.isEmpty()) {
                throw new RuleViolation("file", "文件中没有数据行");
            }
            Map<String, List<VolunteerTeam>> teamsByName = teams.findAll(scope.current().on(root -> root.join("unit"))).stream()
                    .collect(Collectors.groupingBy(VolunteerTeam::getName));
            List<ImportProblem> problems = new ArrayList<>();
            List<Planned> planned = new ArrayList<>();
            Map<String, Integer> rowOfHash = new HashMap<>();
            LocalDate today = LocalDate.now(clock);
            for (int row : rows) {
                Planned p = plan(upload, row, teamsByName, rowOfHash, today, problems);
                if (p != null) {
                    planned.add(p);
                }
            }
            registeredAlready(rowOfHash, problems);
            if (!problems.isEmpty()) {
                problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
                throw new ImportRejected(problems, upload.marked(problems));
            }
            Map<String, Integer> byTeam = new LinkedHashMap<>();
            String by = CurrentUser.username();
            int n = 0;
            for (Planned p : planned) {
                Volunteer v = new Volunteer(p.team(), p.name(), p.gender(), p.field(), p.skills(), p.consentOn(), clock.instant(), by);
                v.identify(p.idCard(), cipher);
                v.reachAt(p.phone(), cipher);
                volunteers.save(v);
                byTeam.merge(p.team().getName(), 1, Integer::sum);
                if (++n % FLUSH_EVERY == 0) {
                    entities.flush();
                    entities.clear();
                }
            }
            entities.flush();
            events.publishEvent(ActionPerformed.of(AuditAction.IMPORT, "志愿者", null, "科技志愿者导入", "导入" + planned.size()
                    + "名志愿者（身份证号码、手机号码加密存储）：" + byTeam.entrySet().stream().limit(50)
                            .map(e -> e.getKey() + e.getValue() + "人").collect(Collectors.joining("、"))));
            return new Imported(planned.size(), byTeam);
        } finally {
            upload.close();
        }
    }

    private Planned plan(XlsxUpload upload, int row, Map<String, List<VolunteerTeam>> teamsByName, Map<String, Integer> rowOfHash,
            LocalDate today, List<ImportProblem> problems) {
        int before = problems.size();
        String name = upload.text(row, NAME);
        if (name.isEmpty()) {
            problems.add(new ImportProblem(row, NAME, "必填"));
        } else if (name.length() > 50) {
            problems.add(new ImportProblem(row, NAME, "姓名不能超过50个字"));
        }

        String idType = upload.text(row, ID_TYPE);
        if (!idType.isEmpty() && !idType.equals(VolunteerSheet.ID_CARD) && !idType.equals("身份证")) {
            problems.add(new ImportProblem(row, ID_TYPE, "“" + idType + "”：目前只能导入居民身份证登记的志愿者"));
        }
        IdCardNumber idCard = null;
        String hash = null;
        String idText = upload.text(row, ID_NUMBER).replace(" ", "").toUpperCase(Locale.ROOT);
        if (idText.isEmpty()) {
            problems.add(new ImportProblem(row, ID_NUMBER, "必填"));
        } else if (idText.contains("*")) {
            problems.add(new ImportProblem(row, ID_NUMBER, "证件号码已打码（" + idText + "），请填写完整号码：打码的导出文件不能再导入"));
        } else {
            String problem = IdCardNumber.problemWith(idText);
            if (problem != null) {
                problems.add(new ImportProblem(row, ID_NUMBER, problem));
            } else {
                idCard = IdCardNumber.parse(idText);
                hash = cipher.hash(idCard.value());
                Integer earlier = rowOfHash.putIfAbsent(hash, row);
                if (earlier != null) {
                    problems.add(new ImportProblem(row, ID_NUMBER, "与第" + earlier + "行的证件号码相同，同一人只能登记一次"));
                }
            }
        }

        String gender = null;
        String genderText = upload.text(row, GENDER);
        if (!genderText.isEmpty()) {
            gender = VolunteerSheet.normalizeGender(genderText);
            if (gender == null) {
                problems.add(new ImportProblem(row, GENDER, "“" + genderText + "”应为男或女"));
            } else if (idCard != null && !gender.equals(VolunteerSheet.genderOf(idCard))) {
                problems.add(new ImportProblem(row, GENDER, "与证件号码不符：证件号码第17位表示" + VolunteerSheet.genderOf(idCard)));
            }
        } else if (idCard != null) {
            gender = VolunteerSheet.genderOf(idCard);
        }
        String birthYear = upload.text(row, BIRTH_YEAR).replaceAll("\\.0+$", "").replace("年", "");
        if (!birthYear.isEmpty() && idCard != null && !birthYear.equals(String.valueOf(idCard.birthYear()))) {
            problems.add(new ImportProblem(row, BIRTH_YEAR, "“" + birthYear + "”与证件号码中的出生年份" + idCard.birthYear() + "不符"));
        }
        List<ImportProblem> dateProblems = new ArrayList<>();
        LocalDate birthDate = VolunteerSheet.date(upload, row, BIRTH_DATE, dateProblems);
        problems.addAll(dateProblems);
        if (birthDate != null && idCard != null
                && !birthDate.equals(LocalDate.parse(idCard.value().substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE))) {
            problems.add(new ImportProblem(row, BIRTH_DATE, "与证件号码中的出生日期" + idCard.value().substring(6, 14) + "不符"));
        }

        String phone = upload.text(row, PHONE).replace(" ", "");
        if (phone.contains("*")) {
            problems.add(new ImportProblem(row, PHONE, "手机号码已打码（" + phone + "），请填写完整号码"));
        } else if (!phone.isEmpty() && !PhoneNumber.isValid(phone)) {
            problems.add(new ImportProblem(row, PHONE, "“" + phone + "”不是有效的手机号码：" + PhoneNumber.PROBLEM));
        }

        String fieldText = upload.text(row, FIELD);
        Optional<ServiceField> field = VolunteerSheet.field(fieldText);
        if (field.isEmpty()) {
            problems.add(new ImportProblem(row, FIELD, fieldText.isEmpty() ? "必填"
                    : "“" + fieldText + "”不是服务领域，应为" + String.join("、", VolunteerSheet.fieldLabels()) + "之一"));
        }
        String skills = upload.text(row, SKILLS);
        if (skills.length() > 500) {
            problems.add(new ImportProblem(row, SKILLS, "专业特长不能超过500个字"));
        }

        VolunteerTeam team = null;
        String teamName = upload.text(row, TEAM);
        String unitName = upload.text(row, TEAM_UNIT);
        if (teamName.isEmpty()) {
            problems.add(new ImportProblem(row, TEAM, "必填"));
        } else {
            List<VolunteerTeam> matches = teamsByName.getOrDefault(teamName, List.of()).stream()
                    .filter(t -> unitName.isEmpty() || t.getUnit().getName().equals(unitName)).toList();
            if (matches.size() == 1) {
                team = matches.get(0);
            } else if (matches.isEmpty()) {
                problems.add(new ImportProblem(row, TEAM, "找不到服务队“" + teamName + "”" + (unitName.isEmpty() ? "" : "（管理单位" + unitName + "）")
                        + "：应为您权限范围内已建立的服务队"));
            } else {
                problems.add(new ImportProblem(row, TEAM, "有" + matches.size() + "个服务队名为“" + teamName + "”，请在“"
                        + TEAM_UNIT + "”列填写管理单位"));
            }
        }

        LocalDate consentOn = VolunteerSheet.date(upload, row, CONSENT, problems);
        if (consentOn == null && upload.text(row, CONSENT).isEmpty()) {
            problems.add(new ImportProblem(row, CONSENT, "必填：未经本人同意不得登记"));
        } else if (consentOn != null && consentOn.isAfter(today)) {
            problems.add(new ImportProblem(row, CONSENT, "同意授权日期" + consentOn + "晚于今天"));
        }
        return problems.size() == before
                ? new Planned(row, team, name, gender, idCard, hash, phone.isEmpty() ? null : phone, field.get(),
                        skills.isEmpty() ? null : skills, consentOn)
                : null;
    }

    /** Numbers of the file already registered, found by their keyed hash a chunk at a time. */
    private void registeredAlready(Map<String, Integer> rowOfHash, List<ImportProblem> problems) {
        List<String> hashes = new ArrayList<>(rowOfHash.keySet());
        for (int from = 0; from < hashes.size(); from += HASH_CHUNK) {
            List<String> chunk = hashes.subList(from, Math.min(hashes.size(), from + HASH_CHUNK));
            jdbc.query("select id_card_hash from volunteer where id_card_hash in (:hashes)", Map.of("hashes", chunk), rs -> {
                        // Any team, also one outside the user's scope: which one is not said.
                        problems.add(new ImportProblem(rowOfHash.get(rs.getString(1)), ID_NUMBER,
                                "该证件号码已登记为志愿者，不能重复登记"));
                    });
        }
    }
}
