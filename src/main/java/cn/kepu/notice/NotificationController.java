package cn.kepu.notice;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The bell's count (loaded by htmx into the navigation bar) and the list of the unit's notifications. */
@Controller
@RequestMapping("/notifications")
@PreAuthorize("isAuthenticated()")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String list(Model model) {
        List<Notification> latest = notifications.mine(100);
        model.addAttribute("notifications", latest);
        model.addAttribute("read", notifications.readIds(latest));
        notifications.markRead(latest);
        return "notifications/list";
    }

    @GetMapping("/unread")
    @ResponseBody
    String unread() {
        long count = notifications.unread();
        return count == 0 ? "" : count > 99 ? "99+" : Long.toString(count);
    }
}
