package cn.kepu.plan;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;

/**
 * 我的任务: my unit's assignments as cards a phone shows whole — overdue first, then by deadline — each one tap from
 * its progress form. The ledger is for looking across units; this is for doing one's own part.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class MyTasksController {

    private final Ledger ledger;
    private final DataScope scope;

    MyTasksController(Ledger ledger, DataScope scope) {
        this.ledger = ledger;
        this.scope = scope;
    }

    @GetMapping("/my-tasks")
    String myTasks(Model model) {
        Organization unit = scope.ownUnit().orElse(null);
        List<LedgerRow> rows = unit == null ? List.of() : PlanWork.mine(ledger, unit).stream()
                .sorted(Comparator.comparing((LedgerRow r) -> r.state() == AssignmentState.DONE)
                        .thenComparing(r -> !r.overdue())
                        .thenComparing(LedgerRow::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        model.addAttribute("unit", unit);
        model.addAttribute("rows", rows);
        return "plans/my-tasks";
    }
}
