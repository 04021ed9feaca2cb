package cn.kepu.home;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.kepu.account.KepuUser;
import cn.kepu.account.Role;
import cn.kepu.org.DataScope;
import cn.kepu.org.OrganizationDirectory;

@Controller
class HomeController {

    private final DataScope scope;
    private final OrganizationDirectory organizations;

    HomeController(DataScope scope, OrganizationDirectory organizations) {
        this.scope = scope;
        this.organizations = organizations;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal KepuUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roles", String.join("、", user.roles().stream().sorted().map(Role::label).toList()));
        scope.ownUnit().ifPresent(unit -> model.addAttribute("unit", unit));
        if (!user.roles().contains(Role.AUDITOR)) {
            model.addAttribute("unitsInScope", organizations.countWithin(scope.current()));
        }
        return "home";
    }
}
