package cn.kepu.works;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.support.RuleViolation;

/**
 * 分组评审: a call with tens of thousands of works gives each accepted work to a few experts of its panel — in turn,
 * so the load is even, and never to one with a conflict (回避) — and an expert's sheet lists only the works given to
 * them, a page at a time. A call nobody distributed keeps the small-contest way: every expert scores every accepted
 * work.
 */
@Service
@Transactional
public class ReviewGroups {

    static final int SHEET_PAGE = 100;
    static final int DEFAULT_PER_WORK = 5;

    private final WorkCatalog catalog;
    private final Works works;
    private final WorkAssignments assignments;
    private final ApplicationEventPublisher events;

    ReviewGroups(WorkCatalog catalog, Works works, WorkAssignments assignments, ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.works = works;
        this.assignments = assignments;
        this.events = events;
    }

    /**
     * Gives each accepted work not yet given to anyone {@code perWork} experts of the panel, taking them in turn and
     * passing over those with a conflict; answers how many works were given out.
     */
    public int distribute(long callId, int perWork) {
        WorkCall call = catalog.call(callId);
        if (!catalog.reviews(call)) {
            throw new RuleViolation("perWork", "只有发布征集通知的" + call.getIssuer().getName() + "可以分配评审");
        }
        List<PanelExpert> panel = call.getPanel();
        if (perWork < 1 || perWork > panel.size()) {
            throw new RuleViolation("perWork", "每件作品的评审专家数应在1到评审专家组人数（" + panel.size() + "人）之间");
        }
        Set<Long> given = new HashSet<>(assignments.assignedWorks(callId));
        List<WorkAssignment> made = new ArrayList<>();
        int next = 0;
        int works = 0;
        for (Object[] w : this.works.acceptedForGroups(callId)) {
            long workId = (Long) w[0];
            if (given.contains(workId)) {
                continue;
            }
            int picked = 0;
            for (int tried = 0; tried < panel.size() && picked < perWork; tried++) {
                PanelExpert expert = panel.get((next + tried) % panel.size());
                if (WorkReview.conflict((String) w[1], (String) w[2], expert).isEmpty()) {
                    made.add(new WorkAssignment(callId, workId, expert.expertId()));
                    picked++;
                }
            }
            next = (next + perWork) % panel.size();
            works++;
        }
        assignments.saveAll(made);
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, CallManagement.AUDIT_TYPE, call.getId(), call.getTitle(),
                "分组评审：" + works + "件作品，每件" + perWork + "位专家"));
        return works;
    }

    /** Whether the call's works are given out to groups (else every expert scores every accepted work). */
    @Transactional(readOnly = true)
    public boolean grouped(long callId) {
        return assignments.existsByCallId(callId);
    }

    /** A page of the expert's sheet: the works given to them, or every accepted work of a call not grouped. */
    @Transactional(readOnly = true)
    public Page<Work> sheet(long callId, long expertId, int page) {
        PageRequest p = PageRequest.of(Math.max(page, 0), SHEET_PAGE);
        return grouped(callId) ? assignments.sheet(callId, expertId, p)
                : works.findByCall_IdAndStateOrderByCategoryAscIdAsc(callId, WorkState.ACCEPTED, p);
    }

    /** Which of these works the expert may score: null when the call is not grouped (any of them). */
    @Transactional(readOnly = true)
    Set<Long> givenTo(long callId, long expertId, Collection<Long> workIds) {
        if (!grouped(callId)) {
            return null;
        }
        return workIds.isEmpty() ? Set.of() : assignments.givenTo(expertId, workIds);
    }
}
