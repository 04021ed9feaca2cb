package cn.kepu.expert;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.UnitType;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Versions;
import cn.kepu.support.PersonalDataCipher;

/**
 * 专家库 and 科普专家工作室 within the current user's data scope: an expert or studio outside it is answered as one
 * that does not exist. Only staff and above may use it at all ({@link #requireSearchRight}): a reporter asking is
 * told so in Chinese. Full phones leave this class only through {@link #reveal} and the export, for those who may
 * read a unit's phones unmasked ({@link DataScope#showsPhoneOf}), and both are audited.
 */
@Service
@Transactional(readOnly = true)
public class ExpertRegistry {

    static final int PAGE_SIZE = 20;
    private static final Set<String> SEARCHERS = Set.of("ROLE_SYSTEM_ADMIN", "ROLE_ORG_ADMIN", "ROLE_STAFF");

    private final Experts experts;
    private final ExpertStudios studios;
    private final DataScope scope;
    private final OrganizationDirectory organizations;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpertRegistry(Experts experts, ExpertStudios studios, DataScope scope, OrganizationDirectory organizations,
            PersonalDataCipher cipher, ApplicationEventPublisher events, Clock clock) {
        this.experts = experts;
        this.studios = studios;
        this.scope = scope;
        this.organizations = organizations;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The filter of 找专家; blank parts do not filter. {@code unitId} is a managing unit: its experts and those of
     * the units beneath it.
     */
    public record Filter(String name, ExpertField field, String skill, Availability availability, boolean emergencyOnly,
            Long unitId) {

        public static Filter none() {
            return new Filter(null, null, null, null, false, null);
        }
    }

    /**
     * The right to search experts: staff (工作人员), unit administrators and system administrators. Reporters
     * (填报员) only fill in their own unit's figures and may not browse people's contact data; security
     * administrators and auditors have no business data.
     */
    public boolean maySearch() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(SEARCHERS::contains);
    }

    void requireSearchRight() {
        if (!maySearch()) {
            throw new ExpertSearchRefused();
        }
    }

    /** The managing units the current user may file experts under: the associations within the scope. */
    public List<Organization> units() {
        requireSearchRight();
        return organizations.within(scope.current()).stream()
                .filter(o -> o.isEnabled() && o.getUnitType() == UnitType.ASSOCIATION)
                .sorted(Comparator.comparing(Organization::getPath)).toList();
    }

    @Transactional
    public Expert create(ExpertForm form) {
        requireSearchRight();
        List<RuleViolation> problems = new ArrayList<>();
        ExpertForm.Checked details = form.check(problems);
        RuleViolation.throwIfAny(problems);
        Organization unit = scope.visible(form.getUnitId());
        if (experts.existsByUnit_IdAndNameAndEmployer(unit.getId(), details.name(), details.employer())) {
            throw new RuleViolation("name", unit.getName() + "的专家库中已有" + details.employer() + "的“" + details.name() + "”");
        }
        Expert expert = store(unit, details);
        events.publishEvent(ActionPerformed.of(AuditAction.CREATE, "专家", expert.getId(), expert.getName(),
                "工作单位：" + expert.getEmployer() + "；管理单位：" + unit.getName() + "；领域：" + expert.getFieldLabels()));
        return expert;
    }

    /** Stores a checked expert (create and import). */
    Expert store(Organization unit, ExpertForm.Checked details) {
        Expert expert = new Expert(unit, clock.instant(), CurrentUser.username());
        expert.describe(unit, details);
        expert.reachAt(details.phone(), cipher);
        return experts.saveAndFlush(expert);
    }

    /**
     * 修改: names the version it was read at. A blank phone keeps the stored one — the form never shows it in full —
     * unless {@code clearPhone}.
     */
    @Transactional
    public Expert update(long id, ExpertForm form) {
        Expert expert = expert(id);
        List<RuleViolation> problems = new ArrayList<>();
        ExpertForm.Checked details = form.check(problems);
        RuleViolation.throwIfAny(problems);
        Versions.check(form.getVersion(), expert.getVersion(), id, "专家“" + expert.getName() + "”");
        Organization unit = scope.visible(form.getUnitId());
        if (experts.existsByUnit_IdAndNameAndEmployerAndIdNot(unit.getId(), details.name(), details.employer(), id)) {
            throw new RuleViolation("name", unit.getName() + "的专家库中已有" + details.employer() + "的“" + details.name() + "”");
        }
        String before = summary(expert);
        expert.describe(unit, details);
        if (details.phone() != null) {
            expert.reachAt(details.phone(), cipher);
        }
        experts.saveAndFlush(expert);
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, "专家", expert.getId(), expert.getName(),
                before + " → " + summary(expert)));
        return expert;
    }

    private static String summary(Expert e) {
        return e.getName() + "，" + e.getEmployer() + "，" + (e.getTitle() == null ? "" : e.getTitle() + "，") + e.getFieldLabels()
                + "，" + e.getAvailability().label() + (e.isEmergency() ? "，应急科普" : "") + "，" + e.getUnit().getName();
    }

    /** 找专家: those within the scope matching the filter, the readily available first, then by name. */
    public Page<Expert> experts(Filter filter, int page) {
        return experts(filter, page, PAGE_SIZE);
    }

    public Page<Expert> experts(Filter filter, int page, int size) {
        requireSearchRight();
        return experts.findAll(matching(filter), PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100), Sort.unsorted()));
    }

    /** Every expert the filter finds (exports). */
    List<Expert> all(Filter filter) {
        requireSearchRight();
        return experts.findAll(matching(filter));
    }

    private Specification<Expert> matching(Filter filter) {
        Specification<Expert> spec = scope.current().on(root -> root.join("unit"));
        if (ExpertForm.strip(filter.name()) != null) {
            String name = "%" + filter.name().strip() + "%";
            spec = spec.and((root, query, cb) -> cb.or(cb.like(root.get("name"), name), cb.like(root.get("employer"), name)));
        }
        if (filter.field() != null) {
            spec = spec.and((root, query, cb) -> {
                Subquery<Long> having = query.subquery(Long.class);
                Root<Expert> other = having.from(Expert.class);
                Join<Expert, ExpertField> field = other.join("fields");
                having.select(other.get("id")).where(cb.equal(field, filter.field()));
                return root.get("id").in(having);
            });
        }
        if (ExpertForm.strip(filter.skill()) != null) {
            String skill = "%" + filter.skill().strip() + "%";
            spec = spec.and((root, query, cb) -> cb.or(cb.like(root.get("skills"), skill), cb.like(root.get("title"), skill)));
        }
        if (filter.availability() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("availability"), filter.availability()));
        }
        if (filter.emergencyOnly()) {
            spec = spec.and((root, query, cb) -> cb.isTrue(root.get("emergency")));
        }
        if (filter.unitId() != null) {
            Organization unit = scope.visible(filter.unitId());
            spec = spec.and((root, query, cb) -> cb.like(root.get("unit").get("path"), unit.getPath() + "%"));
        }
        return spec.and((root, query, cb) -> {
            // Available first: the order of Availability, then name. Not on the count query.
            if (query.getResultType() != Long.class && query.getResultType() != long.class) {
                Expression<Integer> rank = cb.<Integer>selectCase()
                        .when(cb.equal(root.get("availability"), Availability.ANYTIME), 0)
                        .when(cb.equal(root.get("availability"), Availability.WORKDAYS), 1)
                        .when(cb.equal(root.get("availability"), Availability.BY_APPOINTMENT), 2)
                        .otherwise(3);
                query.orderBy(cb.asc(rank), cb.asc(root.get("name")), cb.asc(root.get("id")));
            }
            return null;
        });
    }

    public Expert expert(long id) {
        requireSearchRight();
        return experts.findById(id).filter(e -> scope.current().covers(e.getUnit()))
                .orElseThrow(() -> new NotFoundException("专家"));
    }

    /** Whether the current user may see this expert's full phone: administrators of the managing unit or above. */
    public boolean mayReveal(Expert expert) {
        return expert.getPhoneMasked() != null && scope.showsPhoneOf(expert.getUnit());
    }

    /** 显示完整号码: decrypted for those permitted, and written to the audit log (who, which expert). */
    @Transactional
    public String reveal(long id) {
        Expert expert = expert(id);
        if (!mayReveal(expert)) {
            throw new AccessDeniedException("无权查看专家的完整手机号码");
        }
        events.publishEvent(ActionPerformed.of(AuditAction.REVEAL, "专家", expert.getId(), expert.getName(),
                "查看完整联系电话"));
        return cipher.decrypt(expert.getPhoneSealed());
    }

    /** The phone as the current user may see it in an export: in full where permitted, masked otherwise. */
    String exportedPhone(Expert expert) {
        if (expert.getPhoneSealed() == null) {
            return "";
        }
        return scope.showsPhoneOf(expert.getUnit()) ? cipher.decrypt(expert.getPhoneSealed()) : expert.getPhoneMasked();
    }

    // 科普专家工作室

    public Page<ExpertStudio> studios(String name, ExpertField field, int page) {
        requireSearchRight();
        Specification<ExpertStudio> spec = scope.current().on(root -> root.join("unit"));
        if (ExpertForm.strip(name) != null) {
            spec = spec.and((root, query, cb) -> cb.like(root.get("name"), "%" + name.strip() + "%"));
        }
        if (field != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("field"), field));
        }
        return studios.findAll(spec, PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("name", "id")));
    }

    public ExpertStudio studio(long id) {
        requireSearchRight();
        return studios.findById(id).filter(s -> scope.current().covers(s.getUnit()))
                .orElseThrow(() -> new NotFoundException("科普专家工作室"));
    }

    public List<ExpertStudio> studiosLedBy(Expert expert) {
        return studios.findByLeadExpert_Id(expert.getId()).stream().filter(s -> scope.current().covers(s.getUnit())).toList();
    }

    /** Who may lead a studio: the experts within the scope, by name. */
    public List<Expert> leadCandidates() {
        requireSearchRight();
        return experts.findAll(scope.current().<Expert>on(root -> root.join("unit")), Sort.by("name", "id"));
    }

    @Transactional
    public ExpertStudio createStudio(StudioForm form) {
        requireSearchRight();
        ExpertStudio studio = new ExpertStudio(clock.instant(), CurrentUser.username());
        describe(studio, form, null);
        studios.saveAndFlush(studio);
        events.publishEvent(ActionPerformed.of(AuditAction.CREATE, "科普专家工作室", studio.getId(), studio.getName(),
                "领衔专家：" + studio.getLeadExpert().getName() + "；管理单位：" + studio.getUnit().getName()));
        return studio;
    }

    @Transactional
    public ExpertStudio updateStudio(long id, StudioForm form) {
        ExpertStudio studio = studio(id);
        String before = studio.getName() + "，领衔专家" + studio.getLeadExpert().getName();
        describe(studio, form, studio);
        studios.saveAndFlush(studio);
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, "科普专家工作室", studio.getId(), studio.getName(),
                before + " → " + studio.getName() + "，领衔专家" + studio.getLeadExpert().getName()));
        return studio;
    }

    private void describe(ExpertStudio studio, StudioForm form, ExpertStudio existing) {
        List<RuleViolation> problems = new ArrayList<>();
        String name = ExpertForm.strip(form.getName());
        if (name == null) {
            problems.add(new RuleViolation("name", "请填写工作室名称"));
        } else if (name.length() > 100) {
            problems.add(new RuleViolation("name", "工作室名称不能超过100个字"));
        }
        if (form.getUnitId() == null) {
            problems.add(new RuleViolation("unitId", "请选择管理单位"));
        }
        if (form.getLeadExpertId() == null) {
            problems.add(new RuleViolation("leadExpertId", "请选择领衔专家"));
        }
        if (form.getField() == null) {
            problems.add(new RuleViolation("field", "请选择工作室的专业领域"));
        }
        if (form.getEstablishedOn() != null && form.getEstablishedOn().isAfter(java.time.LocalDate.now(clock))) {
            problems.add(new RuleViolation("establishedOn", "成立日期不能晚于今天"));
        }
        String description = ExpertForm.strip(form.getDescription());
        if (description != null && description.length() > 1000) {
            problems.add(new RuleViolation("description", "简介不能超过1000个字"));
        }
        RuleViolation.throwIfAny(problems);
        if (existing != null) {
            Versions.check(form.getVersion(), existing.getVersion(), existing.getId(), "科普专家工作室“" + existing.getName() + "”");
        }
        Organization unit = scope.visible(form.getUnitId());
        Expert lead = experts.findById(form.getLeadExpertId()).filter(e -> scope.current().covers(e.getUnit()))
                .orElseThrow(() -> new RuleViolation("leadExpertId", "找不到所选的领衔专家，或不在您的数据权限范围内"));
        boolean taken = existing == null ? studios.existsByUnit_IdAndName(unit.getId(), name)
                : studios.existsByUnit_IdAndNameAndIdNot(unit.getId(), name, existing.getId());
        if (taken) {
            throw new RuleViolation("name", unit.getName() + "已有名为“" + name + "”的科普专家工作室");
        }
        studio.describe(unit, name, lead, form.getEstablishedOn(), form.getField(), description);
    }

    /** "农业、医疗卫生" for messages and templates. */
    static String labels(Set<ExpertField> fields) {
        return fields.stream().sorted().map(ExpertField::label).collect(Collectors.joining("、"));
    }
}
