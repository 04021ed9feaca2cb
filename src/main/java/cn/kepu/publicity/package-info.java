/**
 * 信息报送: the 宣传信息 (news items) units submit — title, text, photos, the activity reported, where it was
 * published — reviewed by the association offices above them (采用 with the channels it was used in, or 退回 with a
 * reason), the offices' points per channel, and the 信息采用情况通报 ranking units by adopted items and points.
 * <b>The counting rule</b> ({@link cn.kepu.publicity.NewsCounting}): an adopted item counts 1, in the year it was
 * submitted, toward every 新闻稿件 quota of a published plan assigned to its unit or a unit above it; un-adopted, it
 * leaves.
 */
@ApplicationModule(allowedDependencies = {"activity", "attachment", "audit", "home", "org", "plan", "support"})
package cn.kepu.publicity;

import org.springframework.modulith.ApplicationModule;
