package cn.kepu.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.Organization;

/**
 * Units' assignments that are overdue or at risk of it — not done, and past due or due within {@value #SOON} days —
 * with the task, the deadline and the issuing association: what 督办 picks its matters from. A read model over the
 * ledger, within the reader's data scope, so another module never reads the plan's tables.
 */
@Service
@Transactional(readOnly = true)
public class LaggingAssignments {

    /** Due within this many days and not done counts as at risk here. */
    public static final int SOON = 7;

    /** One unit's open assignment that is overdue ({@code overdue}) or due soon. */
    public record Lagging(long assignmentId, long taskId, String taskNumber, String taskTitle, long planId, String planTitle,
            long issuerId, String issuerName, long organizationId, String organizationName, LocalDate dueOn,
            String deadlineText, long daysLeft, boolean overdue) {

        /** "泰安市科协2022年科普工作任务清单 第1项 全国科普日活动（完成时限：2022年7-10月）": what does not change with the day. */
        public String title() {
            return planTitle + " 第" + taskNumber + "项 " + taskTitle + "（完成时限：" + deadlineText + "）";
        }

        /** The title with how late it is today: "…（完成时限：2022年7-10月，已逾期30天）". */
        public String label() {
            return title().substring(0, title().length() - 1) + "，"
                    + (overdue ? "已逾期" + (-daysLeft) + "天" : daysLeft == 0 ? "今天到期" : "还剩" + daysLeft + "天") + "）";
        }
    }

    private final Ledger ledger;
    private final WorkPlans plans;

    LaggingAssignments(Ledger ledger, WorkPlans plans) {
        this.ledger = ledger;
        this.plans = plans;
    }

    /** The unit's own lagging assignments (not those of the units beneath it), overdue first. */
    public List<Lagging> of(long organizationId) {
        return lagging(new LedgerFilter(null, null, organizationId, null, null)).stream()
                .filter(l -> l.organizationId() == organizationId).toList();
    }

    /** Every lagging assignment of the units strictly beneath {@code issuer}, overdue first. */
    public List<Lagging> beneath(Organization issuer) {
        return lagging(new LedgerFilter(null, null, issuer.getId(), null, null)).stream()
                .filter(l -> l.organizationId() != issuer.getId()).toList();
    }

    private List<Lagging> lagging(LedgerFilter filter) {
        List<LedgerRow> rows = ledger.rows(filter).stream()
                .filter(r -> r.level() > 0 && r.assignmentId() != null && r.state() != AssignmentState.DONE
                        && r.dueOn() != null && r.daysLeft() != null && (r.overdue() || r.daysLeft() <= SOON))
                .toList();
        Map<Long, WorkPlan> byId = new HashMap<>();
        plans.findAllById(rows.stream().map(LedgerRow::planId).distinct().toList()).forEach(p -> byId.put(p.getId(), p));
        return rows.stream().map(r -> {
            Organization issuer = byId.get(r.planId()).getIssuer();
            return new Lagging(r.assignmentId(), r.taskId(), r.taskNumber(), r.taskTitle(), r.planId(), r.planTitle(),
                    issuer.getId(), issuer.getName(), r.organizationId(), r.organizationName(), r.dueOn(), r.deadlineText(),
                    r.daysLeft(), r.overdue());
        }).sorted((a, b) -> a.overdue() != b.overdue() ? (a.overdue() ? -1 : 1) : a.dueOn().compareTo(b.dueOn())).toList();
    }
}
