package cn.kepu.plan;

import java.util.List;

/**
 * A task read and checked, ready to store: its words and {@link Deadline}, its lead and responsible parties resolved
 * within the plan's issuer, its quotas' terms — from the task form ({@link PlanManagement#readTask}), a plan sheet or
 * another module's {@link PlanDraft}; {@link PlanManagement#saveTask(long, TaskDraft)} stores it without reading text.
 */
record TaskDraft(long planId, Task.Content content, PlanSection section, List<Party> lead,
        List<Party> responsible, List<Quota.Terms> quotas, Long parentTaskId) {
}
