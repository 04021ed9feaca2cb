package cn.kepu.plan;

import java.util.List;

/**
 * A task as {@link PlanManagement#readTask} read it: its words and {@link Deadline}, its lead and responsible parties
 * resolved to organizations or unit selectors within the plan's issuer, its quotas' terms. Opaque to other modules:
 * they hand it back to {@link PlanManagement#saveTask(long, TaskDraft)}, which stores it without reading text again.
 */
public record TaskDraft(long planId, Task.Content content, PlanSection section, List<PartyNames.Party> lead,
        List<PartyNames.Party> responsible, List<Quota.Terms> quotas, Long parentTaskId) {
}
