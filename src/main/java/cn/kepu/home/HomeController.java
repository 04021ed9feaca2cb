package cn.kepu.home;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.kepu.account.KepuUser;
import cn.kepu.account.Role;
import cn.kepu.org.DataScope;
import cn.kepu.org.OrganizationDirectory;

/** 工作台: where a person lands after login, with the work that waits for them gathered from every module. */
@Controller
class HomeController {

    private final DataScope scope;
    private final OrganizationDirectory organizations;
    private final List<WorkSource> sources;

    HomeController(DataScope scope, OrganizationDirectory organizations, List<WorkSource> sources) {
        this.scope = scope;
        this.organizations = organizations;
        this.sources = sources;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal KepuUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roles", String.join("、", user.roles().stream().sorted().map(Role::label).toList()));
        scope.ownUnit().ifPresent(unit -> model.addAttribute("unit", unit));
        if (!user.roles().contains(Role.AUDITOR)) {
            model.addAttribute("unitsInScope", organizations.countWithin(scope.current()));
            model.addAttribute("work", work());
        }
        return "home";
    }

    /**
     * Every source's items by section name ({@code work['TODO']} in the page); deadlines soonest first, the rest as
     * their module ordered them.
     */
    private Map<String, List<WorkItem>> work() {
        Map<WorkItem.Kind, List<WorkItem>> work = sources.stream().flatMap(s -> s.items().stream())
                .collect(Collectors.groupingBy(WorkItem::kind, () -> new EnumMap<>(WorkItem.Kind.class), Collectors.toList()));
        work.computeIfPresent(WorkItem.Kind.DEADLINE, (kind, items) -> items.stream()
                .sorted(Comparator.comparing(WorkItem::due)).limit(12).toList());
        Map<String, List<WorkItem>> byName = new LinkedHashMap<>();
        work.forEach((kind, items) -> byName.put(kind.name(), items));
        return byName;
    }
}
