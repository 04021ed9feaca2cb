package cn.kepu.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The code page between the password and the application, for accounts with an authenticator. */
@Controller
class SecondFactorLoginController {

    private final SecondFactorSession passage;
    private final SecondFactorCheck check;
    private final SecurityPolicy policy;

    SecondFactorLoginController(SecondFactorSession passage, SecondFactorCheck check, SecurityPolicy policy) {
        this.passage = passage;
        this.check = check;
        this.policy = policy;
    }

    @GetMapping(SecondFactorGate.CODE_PAGE)
    String page(@AuthenticationPrincipal KepuUser user, HttpServletRequest request) {
        SecondFactorSession.Step step = passage.of(request, user);
        return step == SecondFactorSession.Step.CODE ? "login-code" : elsewhere(step, request);
    }

    @PostMapping(SecondFactorGate.CODE_PAGE)
    String verify(@AuthenticationPrincipal KepuUser user, @RequestParam(defaultValue = "") String code, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        SecondFactorSession.Step step = passage.of(request, user);
        if (step != SecondFactorSession.Step.CODE) {
            return elsewhere(step, request);
        }
        SecondFactorCheck.Outcome outcome = check.verify(user, code);
        String tries = "。连续" + policy.lockout().maxFailures() + "次输入错误，账号将被锁定"
                + policy.lockout().duration().toMinutes() + "分钟";
        switch (outcome.result()) {
            case PASSED -> {
                return "redirect:" + passage.passed(request, user);
            }
            case RECOVERY_USED -> {
                String target = passage.passed(request, user);
                redirect.addFlashAttribute("message", "您已使用一个恢复码登录，还剩" + outcome.recoveryCodesLeft()
                        + "个。如手机丢失或更换，请在个人中心“更换验证器”并重新生成恢复码");
                return "redirect:" + target;
            }
            case REUSED -> model.addAttribute("error", "这个验证码已经用过，请等验证器显示下一个验证码（每30秒更新）再输入" + tries);
            case LOCKED -> {
                // Locked now: the half-logged-in session ends, and the login page says why.
                new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
                request.getSession(true).setAttribute(LoginFailureHandler.MESSAGE, "连续" + policy.lockout().maxFailures()
                        + "次输入错误，账号已锁定" + policy.lockout().duration().toMinutes() + "分钟");
                request.getSession().setAttribute(LoginFailureHandler.USERNAME, user.username());
                return "redirect:/login?error";
            }
            case NOT_ENROLLED -> {
                // The authenticator was removed meanwhile (another session): judge the account again.
                return elsewhere(passage.begin(request, user, passage.target(request)), request);
            }
            default -> model.addAttribute("error",
                    (RecoveryCodeBook.looksLikeOne(code) ? "恢复码不正确或已经用过" : "验证码不正确") + tries);
        }
        return "login-code";
    }

    private String elsewhere(SecondFactorSession.Step step, HttpServletRequest request) {
        return switch (step) {
            case ENROL -> "redirect:" + SecondFactorGate.ENROL_PAGE;
            case CODE -> "redirect:" + SecondFactorGate.CODE_PAGE;
            case PASSED -> "redirect:" + passage.target(request);
        };
    }
}
