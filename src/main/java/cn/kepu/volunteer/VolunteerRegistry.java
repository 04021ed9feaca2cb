package cn.kepu.volunteer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.support.PersonalDataCipher;
import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.PhoneNumber;
import cn.kepu.support.RuleViolation;

/**
 * 科技志愿服务队 and volunteers within the current user's data scope: a team or volunteer outside it is answered as
 * one that does not exist. Full ID-card numbers and phones leave this class only through {@link #reveal}, for those
 * who may read a unit's phones unmasked ({@link DataScope#showsPhoneOf}), and every such view is audited.
 */
@Service
@Transactional(readOnly = true)
public class VolunteerRegistry {

    static final int PAGE_SIZE = 20;

    private final VolunteerTeams teams;
    private final Volunteers volunteers;
    private final DataScope scope;
    private final OrganizationDirectory directory;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final VolunteerCounts counts;

    VolunteerRegistry(VolunteerTeams teams, Volunteers volunteers, DataScope scope, OrganizationDirectory directory,
            PersonalDataCipher cipher, ApplicationEventPublisher events, Clock clock, VolunteerCounts counts) {
        this.counts = counts;
        this.teams = teams;
        this.volunteers = volunteers;
        this.scope = scope;
        this.directory = directory;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    /** The filter of the volunteer list; blank parts do not filter. */
    public record Filter(String name, Long teamId, ServiceField field, String skill, String idCard) {
    }

    /** The full values, for the one audited unmasked view. */
    public record Revealed(String idCard, String phone) {
    }

    @Transactional
    public VolunteerTeam createTeam(TeamForm form) {
        Organization unit = checked(form, null);
        String name = strip(form.getName());
        VolunteerTeam team = teams.save(new VolunteerTeam(unit, name, form.getField(), strip(form.getLeaderName()),
                strip(form.getLeaderPhone()), clock.instant(), CurrentUser.username()));
        events.publishEvent(ActionPerformed.of(AuditAction.CREATE, "志愿服务队", team.getId(), name, "管理单位：" + unit.getName()));
        return team;
    }

    /** A team's form checked whole; the managing unit it names, within scope, where no other team has its name. */
    private Organization checked(TeamForm form, Long teamId) {
        List<RuleViolation> problems = new ArrayList<>();
        String name = strip(form.getName());
        if (name == null) {
            problems.add(new RuleViolation("name", "请填写服务队名称"));
        }
        if (form.getField() == null) {
            problems.add(new RuleViolation("field", "请选择服务领域"));
        }
        if (form.getUnitId() == null) {
            problems.add(new RuleViolation("unitId", "请选择管理单位"));
        }
        String phone = strip(form.getLeaderPhone());
        if (phone != null && !PhoneNumber.isValid(phone)) {
            problems.add(new RuleViolation("leaderPhone", PhoneNumber.PROBLEM));
        }
        RuleViolation.throwIfAny(problems);
        Organization unit = scope.visible(form.getUnitId());
        teams.findByUnitIdAndName(unit.getId(), name).filter(other -> !other.getId().equals(teamId)).ifPresent(other -> {
            throw new RuleViolation("name", unit.getName() + "已有名为“" + name + "”的服务队");
        });
        return unit;
    }

    /** 修改服务队: name, field and leader; the managing unit may move within the scope. */
    @Transactional
    public VolunteerTeam changeTeam(long id, TeamForm form) {
        VolunteerTeam team = team(id);
        Organization unit = checked(form, id);
        String name = strip(form.getName());
        String phone = strip(form.getLeaderPhone());
        team.change(unit, name, form.getField(), strip(form.getLeaderName()), phone != null ? phone : team.getLeaderPhone());
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, "志愿服务队", team.getId(), name, "管理单位：" + unit.getName()));
        return team;
    }

    public Page<VolunteerTeam> teams(String name, ServiceField field, int page) {
        return teams(name, field, page, PAGE_SIZE);
    }

    public Page<VolunteerTeam> teams(String name, ServiceField field, int page, int size) {
        Specification<VolunteerTeam> spec = scope.current().on(root -> root.join("unit"));
        if (strip(name) != null) {
            spec = spec.and((root, query, cb) -> cb.like(root.get("name"), "%" + name.strip() + "%"));
        }
        if (field != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("field"), field));
        }
        return teams.findAll(spec, PageRequest.of(Math.max(page, 0), size, Sort.by("name", "id")));
    }

    public VolunteerTeam team(long id) {
        return teams.findById(id).filter(t -> scope.current().covers(t.getUnit()))
                .orElseThrow(() -> new NotFoundException("志愿服务队"));
    }

    /** 登记: consent is required, the ID-card number must be valid and not yet registered in any team. */
    @Transactional
    public Volunteer register(VolunteerForm form) {
        List<RuleViolation> problems = new ArrayList<>();
        String name = strip(form.getName());
        if (name == null) {
            problems.add(new RuleViolation("name", "请填写姓名"));
        }
        if (form.getTeamId() == null) {
            problems.add(new RuleViolation("teamId", "请选择所属服务队"));
        }
        if (form.getField() == null) {
            problems.add(new RuleViolation("field", "请选择服务领域"));
        }
        if (form.getConsentOn() == null) {
            problems.add(new RuleViolation("consentOn", "请填写本人同意收集个人信息的日期：未经同意不得登记"));
        } else if (form.getConsentOn().isAfter(java.time.LocalDate.now(clock))) {
            problems.add(new RuleViolation("consentOn", "同意日期不能晚于今天"));
        }
        Personal personal = Personal.read(form, true, problems);
        IdCardNumber idCard = personal.idCard();
        String phone = personal.phone();
        RuleViolation.throwIfAny(problems);
        VolunteerTeam team = team(form.getTeamId());
        volunteers.findByIdCardHash(cipher.hash(idCard.value())).ifPresent(existing -> {
            throw new RuleViolation("idCard", "该身份证号码已在“" + existing.getTeam().getName() + "”登记，不能重复登记");
        });
        Volunteer volunteer = new Volunteer(team, name, strip(form.getGender()), form.getField(), strip(form.getSkills()),
                form.getConsentOn(), clock.instant(), CurrentUser.username());
        volunteer.identify(idCard, cipher);
        volunteer.reachAt(phone, cipher);
        volunteers.save(volunteer);
        events.publishEvent(ActionPerformed.of(AuditAction.CREATE, "志愿者", volunteer.getId(), name,
                "服务队：" + team.getName()));
        return volunteer;
    }

    /**
     * 修改志愿者: team, name, gender, field, skills; a new ID-card number or phone replaces the sealed one only when
     * typed (the form never shows them in full, so blank means unchanged).
     */
    @Transactional
    public Volunteer change(long id, VolunteerForm form) {
        Volunteer volunteer = volunteer(id);
        if (volunteer.isErased()) {
            throw new RuleViolation("name", "该志愿者的个人信息已应本人要求删除，不能再修改");
        }
        List<RuleViolation> problems = new ArrayList<>();
        String name = strip(form.getName());
        if (name == null) {
            problems.add(new RuleViolation("name", "请填写姓名"));
        }
        if (form.getTeamId() == null) {
            problems.add(new RuleViolation("teamId", "请选择所属服务队"));
        }
        if (form.getField() == null) {
            problems.add(new RuleViolation("field", "请选择服务领域"));
        }
        Personal personal = Personal.read(form, false, problems);
        IdCardNumber idCard = personal.idCard();
        String phone = personal.phone();
        RuleViolation.throwIfAny(problems);
        VolunteerTeam team = team(form.getTeamId());
        if (idCard != null) {
            volunteers.findByIdCardHash(cipher.hash(idCard.value())).filter(other -> !other.getId().equals(id))
                    .ifPresent(existing -> {
                        throw new RuleViolation("idCard", "该身份证号码已在“" + existing.getTeam().getName() + "”登记，不能重复登记");
                    });
            volunteer.identify(idCard, cipher);
        }
        if (phone != null) {
            volunteer.reachAt(phone, cipher);
        }
        volunteer.change(team, name, strip(form.getGender()), form.getField(), strip(form.getSkills()));
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, "志愿者", volunteer.getId(), name,
                "服务队：" + team.getName() + (idCard != null ? "；更换身份证号码" : "") + (phone != null ? "；更换手机号码" : "")));
        return volunteer;
    }

    public Page<Volunteer> volunteers(Filter filter, int page) {
        Specification<Volunteer> spec = scope.current().on(root -> root.join("team").join("unit"));
        if (strip(filter.name()) != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("name"), VolunteerSearch.name(filter.name())));
        }
        if (filter.teamId() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("team").get("id"), filter.teamId()));
        }
        if (filter.field() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("field"), filter.field()));
        }
        if (strip(filter.skill()) != null) {
            spec = spec.and((root, query, cb) -> cb.like(root.get("skills"), VolunteerSearch.skillPattern(filter.skill()),
                    VolunteerSearch.ESCAPE));
        }
        if (strip(filter.idCard()) != null) {
            String hash = cipher.hash(filter.idCard().strip().toUpperCase(java.util.Locale.ROOT));
            spec = spec.and((root, query, cb) -> cb.equal(root.get("idCardHash"), hash));
        }
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("id").descending());
        if (strip(filter.skill()) != null) {
            return countedUpToCap(spec, filter, request);
        }
        return volunteers.findAll(spec, request);
    }

    /** A skill search: the page, and its matches counted up to {@link VolunteerSearch#COUNT_CAP} + 1. */
    private Page<Volunteer> countedUpToCap(Specification<Volunteer> spec, Filter filter, PageRequest request) {
        List<Volunteer> content = volunteers.findBy(spec, query -> query.slice(request)).getContent();
        return new org.springframework.data.domain.PageImpl<>(content, request, counts.capped(filter));
    }

    public Volunteer volunteer(long id) {
        return volunteers.findById(id).filter(v -> scope.current().covers(v.getTeam().getUnit()))
                .orElseThrow(() -> new NotFoundException("志愿者"));
    }

    /** How many volunteers the team has (not counting those erased). */
    /**
     * The volunteers registered (not erased) in the teams the unit manages itself, whoever reads (the caller checks the
     * reader may see the unit): what its yearly 科普统计 pre-fills.
     */
    public long registeredIn(long unitId) {
        return volunteers.countByTeam_Unit_IdAndErasedAtIsNull(unitId);
    }

    /** Team id → its registered (not erased) volunteers, for one page of teams in one query; a team without any is absent. */
    public Map<Long, Long> sizesOf(Collection<VolunteerTeam> teams) {
        if (teams.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> sizes = new HashMap<>();
        for (Object[] row : volunteers.sizesOf(teams.stream().map(VolunteerTeam::getId).toList())) {
            sizes.put((Long) row[0], (Long) row[1]);
        }
        return sizes;
    }

    /** The units the current user may put a team under: enabled and within their scope, in tree order. */
    public List<Organization> unitChoices() {
        return directory.within(scope.current()).stream().filter(Organization::isEnabled)
                .sorted(java.util.Comparator.comparing(Organization::getPath)).toList();
    }

    /** The team's volunteers who can still serve (not erased), by name. */
    public List<Volunteer> membersOf(VolunteerTeam team) {
        return volunteers.findByTeam_IdAndErasedAtIsNullOrderByNameAscIdAsc(team(team.getId()).getId());
    }

    /** Whether the current user may see this volunteer's full ID-card number and phone. */
    public boolean mayReveal(Volunteer volunteer) {
        return !volunteer.isErased() && scope.showsPhoneOf(volunteer.getTeam().getUnit());
    }

    /** 显示完整信息: decrypted for those permitted, and written to the audit log (who, which volunteer). */
    @Transactional
    public Revealed reveal(long id) {
        Volunteer volunteer = volunteer(id);
        if (!mayReveal(volunteer)) {
            throw new AccessDeniedException("无权查看志愿者的完整个人信息");
        }
        events.publishEvent(ActionPerformed.of(AuditAction.REVEAL, "志愿者", volunteer.getId(), volunteer.getName(),
                "查看完整身份证号码和手机号码"));
        return new Revealed(cipher.decrypt(volunteer.getIdCardSealed()), cipher.decrypt(volunteer.getPhoneSealed()));
    }

    /** 删除个人信息 on the volunteer's request: the record stays (team, field) without anything that identifies them. */
    @Transactional
    public Volunteer erase(long id) {
        Volunteer volunteer = volunteer(id);
        if (volunteer.isErased()) {
            return volunteer;
        }
        // Anyone who may change the volunteer may erase: erasure only ever removes data. The audit entry names the
        // record by its number only, or the log would keep the name that was erased.
        volunteer.erase(clock.instant());
        events.publishEvent(ActionPerformed.of(AuditAction.ERASE, "志愿者", volunteer.getId(), "志愿者" + volunteer.getId(),
                "应本人要求删除姓名、手机号码、身份证号码、出生年份；保留服务队和服务领域"));
        return volunteer;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The ID-card number and phone as typed on the form, checked: a problem is added under its field and the value is
     * null. Registering requires the number; changing keeps the sealed one when the box is left blank.
     */
    private record Personal(IdCardNumber idCard, String phone) {

        static Personal read(VolunteerForm form, boolean idCardRequired, List<RuleViolation> problems) {
            IdCardNumber idCard = null;
            String idText = strip(form.getIdCard());
            if (idText == null) {
                if (idCardRequired) {
                    problems.add(new RuleViolation("idCard", "请填写身份证号码"));
                }
            } else {
                String problem = IdCardNumber.problemWith(idText.toUpperCase(java.util.Locale.ROOT));
                if (problem != null) {
                    problems.add(new RuleViolation("idCard", problem));
                } else {
                    idCard = IdCardNumber.parse(idText);
                }
            }
            String phone = strip(form.getPhone());
            if (phone != null && !PhoneNumber.isValid(phone)) {
                problems.add(new RuleViolation("phone", PhoneNumber.PROBLEM));
                phone = null;
            }
            return new Personal(idCard, phone);
        }
    }
}
