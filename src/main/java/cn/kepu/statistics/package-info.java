/**
 * 年度科普统计: each association's yearly form in the national 科普统计调查's main tables, pre-filled where Kepu knows
 * the number (its approved activities and their participants, the bases it manages, its teams' volunteers — read
 * through {@code activity.ActivityFigures}, {@code base.BaseCatalog} and {@code volunteer.VolunteerRegistry}), checked
 * (parts not above totals, jumps over ±50% against last year explained), submitted and frozen, returned by the unit
 * above; the submitted forms added up the tree with 人均科普经费; .xlsx in the survey's tables; the API.
 */
@ApplicationModule(allowedDependencies = {"activity", "audit", "base", "literacy", "org", "support", "volunteer"})
package cn.kepu.statistics;

import org.springframework.modulith.ApplicationModule;
