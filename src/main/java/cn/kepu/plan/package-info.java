/**
 * 工作计划与任务台账: plans as trees of sections and tasks with responsible units, deadlines and quotas;
 * publishing into assignments (任务分解), progress reports with evidence, the ledger with overdue and at-risk
 * flags, and reminders. Other modules count toward quotas by publishing {@link cn.kepu.plan.ContributionsChanged}.
 */
@ApplicationModule(allowedDependencies = {"attachment", "audit", "home", "notice", "org", "support"})
package cn.kepu.plan;

import org.springframework.modulith.ApplicationModule;
