package cn.kepu.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kepu.support.RuleViolation;

/** 个人中心: one's own details, changing one's password, two-step verification, and personal API tokens. */
@Controller
@RequestMapping("/profile")
class ProfileController {

    private final AccountManagement management;
    private final Accounts accounts;
    private final AccountDetails details;
    private final ApiTokens tokens;
    private final SecondFactorEnrolment secondFactor;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    ProfileController(AccountManagement management, Accounts accounts, AccountDetails details, ApiTokens tokens,
            SecondFactorEnrolment secondFactor) {
        this.management = management;
        this.secondFactor = secondFactor;
        this.accounts = accounts;
        this.details = details;
        this.tokens = tokens;
    }

    @GetMapping
    String profile(@AuthenticationPrincipal KepuUser user, Model model) {
        model.addAttribute("account", accounts.findById(user.accountId()).orElseThrow());
        model.addAttribute("tokens", tokens.of(user));
        model.addAttribute("twoFactor", secondFactor.status(user));
        return "profile/profile";
    }

    @GetMapping("/password")
    String passwordForm(@AuthenticationPrincipal KepuUser user, Model model) {
        model.addAttribute("forced", user.mustChangePassword());
        model.addAttribute("rules", management.passwordRules());
        return "profile/password";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal KepuUser user, @RequestParam String current,
            @RequestParam String next, @RequestParam String confirm, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Account account = management.changeOwnPassword(user, current, next, confirm);
            refreshPrincipal(account, request, response);
            redirect.addFlashAttribute("message", "密码已修改");
            return "redirect:/";
        } catch (RuleViolation e) {
            model.addAttribute("errors", e.problems());
            model.addAttribute("forced", user.mustChangePassword());
            model.addAttribute("rules", management.passwordRules());
            return "profile/password";
        }
    }

    @PostMapping("/tokens")
    String issueToken(@AuthenticationPrincipal KepuUser user, @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("newToken", tokens.issue(user, name));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/profile";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal KepuUser user, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(user, id);
        redirect.addFlashAttribute("message", "令牌已吊销");
        return "redirect:/profile";
    }

    /** The session's principal still says "must change password"; replace it with the account as it is now. */
    private void refreshPrincipal(Account account, HttpServletRequest request, HttpServletResponse response) {
        KepuUser fresh = details.principal(account);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
