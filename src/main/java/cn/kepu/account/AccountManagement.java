package cn.kepu.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.audit.Changes;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.PhoneMask;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Versions;

/**
 * Managing users within the actor's scope, with the rules that keep power where it belongs: nobody grants a
 * role they do not hold (the security administrator, whose duty it is, excepted), nobody changes their own
 * roles, and the three administrative roles never meet in one account.
 */
@Service
@Transactional
class AccountManagement {

    static final String AUDIT_TYPE = "账号";

    private final Accounts accounts;
    private final DataScope scope;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecondFactors secondFactors;
    private final RecoveryCodeBook recoveryCodes;

    AccountManagement(Accounts accounts, DataScope scope, PasswordPolicy passwords, PasswordEncoder encoder,
            Clock clock, ApplicationEventPublisher events, SecondFactors secondFactors, RecoveryCodeBook recoveryCodes) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.recoveryCodes = recoveryCodes;
        this.scope = scope;
        this.passwords = passwords;
        this.encoder = encoder;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<Account> search(KepuUser actor, String q, Pageable page) {
        Specification<Account> where = visibleTo(actor);
        if (q != null && !q.isBlank()) {
            String like = "%" + q.strip() + "%";
            where = where.and((root, query, cb) -> cb.or(cb.like(root.get("username"), like),
                    cb.like(root.get("displayName"), like)));
        }
        return accounts.findAll(where, page);
    }

    @Transactional(readOnly = true)
    public Account visible(KepuUser actor, long id) {
        return accounts.findOne(visibleTo(actor).and((root, query, cb) -> cb.equal(root.get("id"), id)))
                .orElseThrow(() -> new NotFoundException("用户"));
    }

    public Account create(KepuUser actor, AccountForm form) {
        List<RuleViolation> problems = new ArrayList<>();
        if (form.getUsername() == null || form.getUsername().isBlank()) {
            throw new RuleViolation("username", "请填写登录名");
        }
        String username = form.getUsername().strip();
        if (accounts.existsByUsername(username)) {
            problems.add(new RuleViolation("username", "登录名“" + username + "”已被使用"));
        }
        checkAssignment(actor, form, problems);
        passwords.problems(form.getPassword(), username, null)
                .forEach(p -> problems.add(new RuleViolation("password", p)));
        RuleViolation.throwIfAny(problems);
        String hash = passwords.hash(form.getPassword());
        Account account = accounts.save(new Account(username, form.getDisplayName().strip(), blankToNull(form.getPhone()),
                form.getOrganizationId(), form.getRoles(), hash, clock.instant()));
        account.changeEmail(blankToNull(form.getEmail()));
        passwords.remember(account.getId(), hash);
        events.publishEvent(ActionPerformed.of(AuditAction.CREATE, AUDIT_TYPE, account.getId(), username,
                "姓名：" + account.getDisplayName() + "；角色：" + account.getRoleLabels() + "；单位ID：" + account.getOrganizationId()));
        return account;
    }

    public Account update(KepuUser actor, long id, AccountForm form) {
        Account account = manageable(actor, id);
        Versions.check(form.getVersion(), account.getVersion(), id, "用户“" + account.getUsername() + "”");
        List<RuleViolation> problems = new ArrayList<>();
        if (account.getId().equals(actor.accountId()) && !account.getRoles().equals(form.getRoles())) {
            problems.add(new RuleViolation("roles", "不能修改自己的角色"));
        }
        if (account.getId().equals(actor.accountId()) && !Objects.equals(account.getOrganizationId(), form.getOrganizationId())) {
            problems.add(new RuleViolation("organizationId", "不能修改自己所属的单位"));
        }
        checkAssignment(actor, form, problems);
        RuleViolation.throwIfAny(problems);
        Changes changes = new Changes().field("姓名", account.getDisplayName(), form.getDisplayName().strip())
                .field("手机", PhoneMask.mask(account.getPhone()), PhoneMask.mask(blankToNull(form.getPhone())))
                .field("邮箱", account.getEmail(), blankToNull(form.getEmail()))
                .field("单位ID", account.getOrganizationId(), form.getOrganizationId())
                .field("角色", account.getRoleLabels(), labels(form.getRoles()));
        account.update(form.getDisplayName().strip(), blankToNull(form.getPhone()), form.getOrganizationId(), form.getRoles());
        account.changeEmail(blankToNull(form.getEmail()));
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, AUDIT_TYPE, id, account.getUsername(), changes.toString()));
        return account;
    }

    public Account disable(KepuUser actor, long id) {
        Account account = manageable(actor, id);
        if (account.getId().equals(actor.accountId())) {
            throw new RuleViolation("不能停用自己的账号");
        }
        account.disable();
        events.publishEvent(ActionPerformed.of(AuditAction.DISABLE, AUDIT_TYPE, id, account.getUsername(), "状态：正常 → 停用"));
        return account;
    }

    public Account enable(KepuUser actor, long id) {
        Account account = manageable(actor, id);
        account.enable();
        events.publishEvent(ActionPerformed.of(AuditAction.ENABLE, AUDIT_TYPE, id, account.getUsername(), "状态：停用 → 正常"));
        return account;
    }

    public Account unlock(KepuUser actor, long id) {
        Account account = manageable(actor, id);
        account.unlock();
        events.publishEvent(ActionPerformed.of(AuditAction.UNLOCK, AUDIT_TYPE, id, account.getUsername(), "解除登录锁定"));
        return account;
    }

    /** An administrator sets a temporary password; the user must replace it at the next login. */
    public Account resetPassword(KepuUser actor, long id, String newPassword) {
        Account account = manageable(actor, id);
        List<RuleViolation> problems = new ArrayList<>();
        passwords.problems(newPassword, account.getUsername(), account.getId())
                .forEach(p -> problems.add(new RuleViolation("password", p)));
        RuleViolation.throwIfAny(problems);
        String hash = passwords.hash(newPassword);
        account.resetPassword(hash, clock.instant());
        passwords.remember(account.getId(), hash);
        events.publishEvent(ActionPerformed.of(AuditAction.PASSWORD_RESET, AUDIT_TYPE, id, account.getUsername(),
                "管理员重置密码，下次登录须修改"));
        return account;
    }

    @Transactional(readOnly = true)
    public boolean hasSecondFactor(long id) {
        return secondFactors.existsByAccountId(id);
    }

    /**
     * For a user who lost both the phone and the recovery codes: the authenticator is removed, and at the next login
     * the user binds a new one (a role that requires it) or logs in with the password. Not for oneself: that would
     * step around 个人中心, where a required second factor cannot be switched off.
     */
    public Account resetSecondFactor(KepuUser actor, long id) {
        Account account = manageable(actor, id);
        if (account.getId().equals(actor.accountId())) {
            throw new RuleViolation("不能重置自己的两步验证；更换手机请在个人中心“更换验证器”");
        }
        SecondFactor factor = secondFactors.findByAccountId(id)
                .orElseThrow(() -> new RuleViolation("用户“" + account.getUsername() + "”没有启用两步验证"));
        secondFactors.delete(factor);
        recoveryCodes.discard(id);
        events.publishEvent(ActionPerformed.of(AuditAction.SECOND_FACTOR_DISABLE, AUDIT_TYPE, id, account.getUsername(),
                "管理员重置两步验证（验证器和恢复码作废），用户下次登录重新绑定"));
        return account;
    }

    /** The user changes their own password, proving the current one. */
    public Account changeOwnPassword(KepuUser user, String current, String next, String confirm) {
        Account account = accounts.findById(user.accountId()).orElseThrow(() -> new NotFoundException("用户"));
        List<RuleViolation> problems = new ArrayList<>();
        if (current == null || !encoder.matches(current, account.getPasswordHash())) {
            problems.add(new RuleViolation("current", "当前密码不正确"));
        }
        if (next == null || !next.equals(confirm)) {
            problems.add(new RuleViolation("confirm", "两次输入的新密码不一致"));
        }
        passwords.problems(next, account.getUsername(), account.getId())
                .forEach(p -> problems.add(new RuleViolation("next", p)));
        RuleViolation.throwIfAny(problems);
        String hash = passwords.hash(next);
        account.changePassword(hash, clock.instant());
        passwords.remember(account.getId(), hash);
        events.publishEvent(ActionPerformed.of(AuditAction.PASSWORD_CHANGE, AUDIT_TYPE, account.getId(),
                account.getUsername(), "本人修改密码"));
        return account;
    }

    /** Roles the actor may hand out. */
    Set<Role> grantable(KepuUser actor) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (actor.roles().contains(Role.SECURITY_ADMIN) || actor.holds(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    String passwordRules() {
        return passwords.description();
    }

    private Account manageable(KepuUser actor, long id) {
        Account account = visible(actor, id);
        if (!grantable(actor).containsAll(account.getRoles())) {
            throw new AccessDeniedException("无权管理拥有更高权限的账号");
        }
        return account;
    }

    private void checkAssignment(KepuUser actor, AccountForm form, List<RuleViolation> problems) {
        if (form.getDisplayName() == null || form.getDisplayName().isBlank()) {
            problems.add(new RuleViolation("displayName", "请填写姓名"));
            form.setDisplayName("");
        }
        Set<Role> roles = form.getRoles();
        if (roles.isEmpty()) {
            problems.add(new RuleViolation("roles", "请至少选择一个角色"));
        }
        Set<Role> notHeld = EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
        notHeld.removeAll(grantable(actor));
        if (!notHeld.isEmpty()) {
            problems.add(new RuleViolation("roles", "您不能授予自己没有的角色：" + labels(notHeld)));
        }
        long separated = roles.stream().filter(Role.SEPARATED::contains).count();
        if (separated > 1 || (roles.contains(Role.AUDITOR) && roles.size() > 1)) {
            problems.add(new RuleViolation("roles", "系统管理员、安全管理员、审计员须由不同账号担任，审计员不能兼任其他角色"));
        }
        if (form.getOrganizationId() == null) {
            if (roles.stream().anyMatch(Role.BUSINESS::contains)) {
                problems.add(new RuleViolation("organizationId", "请选择所属单位"));
            }
        } else {
            try {
                Organization unit = scope.visible(form.getOrganizationId());
                if (!unit.isEnabled()) {
                    problems.add(new RuleViolation("organizationId", "单位“" + unit.getName() + "”已停用"));
                }
            } catch (NotFoundException e) {
                problems.add(new RuleViolation("organizationId", "所选单位不存在，或不在您的数据权限范围内"));
            }
        }
        String email = blankToNull(form.getEmail());
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new RuleViolation("email", "邮箱格式不正确，如 name@example.cn"));
        }
        String phone = blankToNull(form.getPhone());
        if (phone != null && !phone.matches("1[3-9]\\d{9}")) {
            problems.add(new RuleViolation("phone", "手机号应为11位，以1开头"));
        }
    }

    private Specification<Account> visibleTo(KepuUser actor) {
        if (actor.seesEverything()) {
            return (root, query, cb) -> cb.conjunction();
        }
        if (!actor.holds(Role.ORG_ADMIN)) {
            return (root, query, cb) -> cb.equal(root.get("id"), actor.accountId());
        }
        return scope.of(actor).onOrganizationId("organizationId");
    }

    private static String labels(Set<Role> roles) {
        return String.join("、", roles.stream().sorted().map(Role::label).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
