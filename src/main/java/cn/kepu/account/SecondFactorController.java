package cn.kepu.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kepu.support.RuleViolation;

/**
 * 个人中心 › 两步验证: binding an authenticator app (QR code or the key typed in, confirmed with a code), the
 * recovery codes shown once, renewing them, switching the second step off.
 */
@Controller
@RequestMapping("/profile/two-factor")
class SecondFactorController {

    private final SecondFactorEnrolment enrolment;
    private final SecondFactorSession passage;
    private final SecondFactorPolicy policy;

    SecondFactorController(SecondFactorEnrolment enrolment, SecondFactorSession passage, SecondFactorPolicy policy) {
        this.enrolment = enrolment;
        this.passage = passage;
        this.policy = policy;
    }

    @GetMapping("/enrol")
    String enrolPage(@AuthenticationPrincipal KepuUser user, HttpServletRequest request, Model model) {
        return enrolView(user, request, model);
    }

    @PostMapping("/enrol")
    String confirm(@AuthenticationPrincipal KepuUser user, @RequestParam(defaultValue = "") String code,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        HttpSession session = request.getSession();
        if (!(session.getAttribute(SecondFactorSession.PENDING_SECRET) instanceof String secret)) {
            return "redirect:" + SecondFactorGate.ENROL_PAGE;
        }
        boolean forced = forced(user, request);
        try {
            List<String> codes = enrolment.confirm(user, secret, code);
            session.removeAttribute(SecondFactorSession.PENDING_SECRET);
            String target = passage.passed(request, user);
            redirect.addFlashAttribute("recoveryCodes", codes);
            redirect.addFlashAttribute("message", "两步验证已启用：以后登录时，输入密码后还需输入验证器中的6位验证码");
            redirect.addFlashAttribute("next", forced ? target : "/profile");
            return "redirect:/profile/two-factor/codes";
        } catch (RuleViolation e) {
            model.addAttribute("codeError", e.getMessage());
            return enrolView(user, request, model);
        }
    }

    /** The recovery codes, only right after they were made: a reload finds them gone. */
    @GetMapping("/codes")
    String codes(Model model) {
        return model.containsAttribute("recoveryCodes") ? "profile/recovery-codes" : "redirect:/profile";
    }

    @PostMapping("/recovery-codes")
    String renew(@AuthenticationPrincipal KepuUser user, @RequestParam(defaultValue = "") String proof,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("recoveryCodes", enrolment.renewRecoveryCodes(user, proof));
            redirect.addFlashAttribute("message", "已生成新的恢复码，原来的恢复码全部作废");
            redirect.addFlashAttribute("next", "/profile");
            return "redirect:/profile/two-factor/codes";
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/profile";
        }
    }

    @PostMapping("/disable")
    String disable(@AuthenticationPrincipal KepuUser user, @RequestParam(defaultValue = "") String proof,
            RedirectAttributes redirect) {
        try {
            enrolment.disable(user, proof);
            redirect.addFlashAttribute("message", "两步验证已停用，恢复码已作废");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/profile";
    }

    /** The same key until it is confirmed, so reloading the page does not invalidate a QR code already scanned. */
    private String enrolView(KepuUser user, HttpServletRequest request, Model model) {
        HttpSession session = request.getSession();
        String secret = session.getAttribute(SecondFactorSession.PENDING_SECRET) instanceof String pending ? pending
                : Totp.base32(Totp.newSecret());
        session.setAttribute(SecondFactorSession.PENDING_SECRET, secret);
        model.addAttribute("qr", QrCodes.svgDataUri(QrCodes.otpauthUri(user.username(), secret)));
        model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("username", user.username());
        model.addAttribute("issuer", QrCodes.ISSUER);
        model.addAttribute("forced", forced(user, request));
        model.addAttribute("reason", policy.reason(user));
        model.addAttribute("replacing", enrolment.enrolled(user.accountId()));
        return "profile/two-factor-enrol";
    }

    private boolean forced(KepuUser user, HttpServletRequest request) {
        return passage.of(request, user) == SecondFactorSession.Step.ENROL;
    }
}
