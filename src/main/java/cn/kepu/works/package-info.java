/**
 * 科普创作大赛 / 科普讲解大赛: an association (city, or a county for its own) issues a call (征集通知) with categories
 * (科普图书、短视频、动漫、挂图、讲解), each with its accepted formats and size or a link; units submit works for their
 * authors and individuals submit on a public page without an account (phone sealed, limits per address and day);
 * the issuer checks each work (形式审查), assigns a panel from the expert registry whose scores it enters per expert
 * (0–100, conflict of interest refused, {@link cn.kepu.support.PanelMean}), decides the awards by category and
 * publishes them (公示) with a Word list; awarded works form the public 作品库 — never with a phone.
 */
@ApplicationModule(allowedDependencies = {"attachment", "audit", "expert", "home", "notice", "org", "support"})
package cn.kepu.works;

import org.springframework.modulith.ApplicationModule;
