package cn.kepu.account;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.PhoneMask;
import cn.kepu.support.RuleViolation;

/** 用户管理 for system, security and unit administrators, each within their scope. */
@Controller
@RequestMapping("/accounts")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'ORG_ADMIN')")
class AccountController {

    private final AccountManagement management;
    private final OrganizationDirectory organizations;
    private final DataScope scope;

    AccountController(AccountManagement management, OrganizationDirectory organizations, DataScope scope) {
        this.management = management;
        this.organizations = organizations;
        this.scope = scope;
    }

    @GetMapping
    String list(@AuthenticationPrincipal KepuUser actor, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        Page<Account> accounts = management.search(actor, q, PageRequest.of(Math.max(page, 0), 50, Sort.by("username")));
        model.addAttribute("q", q);
        model.addAttribute("accounts", accounts);
        model.addAttribute("unitNames", organizations.byIds(accounts.stream().map(Account::getOrganizationId)
                .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Organization::getId, Organization::getName)));
        model.addAttribute("mask", (Function<String, String>) PhoneMask::mask);
        return htmx != null ? "accounts/list :: rows" : "accounts/list";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal KepuUser actor, Model model) {
        AccountForm form = new AccountForm();
        form.setOrganizationId(actor.organizationId());
        return formPage(actor, form, null, model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal KepuUser actor, @Valid @ModelAttribute("form") AccountForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Account account = management.create(actor, form);
                redirect.addFlashAttribute("message", "已新增用户“" + account.getUsername() + "”，首次登录须修改密码");
                return "redirect:/accounts";
            } catch (RuleViolation e) {
                reject(binding, e);
            }
        }
        return formPage(actor, form, null, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal KepuUser actor, @PathVariable long id, Model model) {
        Account account = management.visible(actor, id);
        return formPage(actor, AccountForm.of(account), account, model);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal KepuUser actor, @PathVariable long id,
            @Valid @ModelAttribute("form") AccountForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Account account = management.visible(actor, id);
        form.setUsername(account.getUsername());
        if (!binding.hasErrors()) {
            try {
                management.update(actor, id, form);
                redirect.addFlashAttribute("message", "已保存用户“" + account.getUsername() + "”");
                return "redirect:/accounts";
            } catch (RuleViolation e) {
                reject(binding, e);
            }
        }
        return formPage(actor, form, account, model);
    }

    @PostMapping("/{id}/disable")
    String disable(@AuthenticationPrincipal KepuUser actor, @PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> management.disable(actor, id), "已停用");
    }

    @PostMapping("/{id}/enable")
    String enable(@AuthenticationPrincipal KepuUser actor, @PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> management.enable(actor, id), "已启用");
    }

    @PostMapping("/{id}/unlock")
    String unlock(@AuthenticationPrincipal KepuUser actor, @PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> management.unlock(actor, id), "已解锁");
    }

    @PostMapping("/{id}/password")
    String resetPassword(@AuthenticationPrincipal KepuUser actor, @PathVariable long id,
            @RequestParam(defaultValue = "") String password, RedirectAttributes redirect) {
        return act(redirect, () -> management.resetPassword(actor, id, password), "已重置密码，用户下次登录须修改");
    }

    @PostMapping("/{id}/second-factor/reset")
    String resetSecondFactor(@AuthenticationPrincipal KepuUser actor, @PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> management.resetSecondFactor(actor, id), "已重置两步验证，用户下次登录时重新绑定验证器");
    }

    private String act(RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", String.join("；", e.problems().stream().map(Throwable::getMessage).toList()));
        }
        return "redirect:/accounts";
    }

    private String formPage(KepuUser actor, AccountForm form, Account account, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("account", account);
        model.addAttribute("secondFactor", account != null && management.hasSecondFactor(account.getId()));
        model.addAttribute("grantable", management.grantable(actor));
        model.addAttribute("roles", Role.values());
        model.addAttribute("rules", management.passwordRules());
        List<Organization> units = organizations.within(scope.of(actor)).stream()
                .filter(Organization::isEnabled).sorted(Comparator.comparing(Organization::getPath)).toList();
        model.addAttribute("units", units);
        return "accounts/form";
    }

    private static void reject(BindingResult binding, RuleViolation e) {
        for (RuleViolation p : e.problems()) {
            if (p.field() != null) {
                binding.rejectValue(p.field(), "rule", p.getMessage());
            } else {
                binding.reject("rule", p.getMessage());
            }
        }
    }
}
