package cn.kepu.account;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            @RequestParam(required = false) String expired, HttpSession session, Model model) {
        if (error != null) {
            model.addAttribute("error", session.getAttribute(LoginFailureHandler.MESSAGE));
            model.addAttribute("username", session.getAttribute(LoginFailureHandler.USERNAME));
            session.removeAttribute(LoginFailureHandler.MESSAGE);
            session.removeAttribute(LoginFailureHandler.USERNAME);
        }
        if (logout != null) {
            model.addAttribute("info", "您已安全退出");
        }
        if (expired != null) {
            model.addAttribute("info", "长时间未操作，登录已过期，请重新登录");
        }
        return "login";
    }
}
