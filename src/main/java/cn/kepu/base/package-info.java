/**
 * 科普教育基地 and 科普示范县/社区/村: the registries of places — 申报, 初审, 认定 with a number and validity, 年度报告
 * counted from the activities a base organized, 复核 (合格/限期整改/摘牌); 示范 sites created against a checklist,
 * evaluated and named; lists, history, .xlsx import and export, reminders, pages and API. A recognized base works as an
 * organization of type EDUCATION_BASE, so plans select it and it organizes activities like any unit.
 */
@ApplicationModule(allowedDependencies = {"activity", "attachment", "audit", "home", "notice", "org", "support"})
package cn.kepu.base;

import org.springframework.modulith.ApplicationModule;
