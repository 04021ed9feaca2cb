package cn.kepu.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.kepu.plan.Deadline;

/**
 * By when a task is due, found in its text in any form the plans module's {@link Deadline} reads ("5月底前", "第三季度",
 * "2022年7-10月", "全年开展"); the year comes from the document when the date has none.
 */
final class DeadlinePhrases {

    private static final Pattern DATE = Pattern.compile(
            "(?:(?:自|从)?即日起至)?(?:\\d{4}年(?:度)?)?(?:\\d{1,2}[-—–~至])?\\d{1,2}月份?(?:\\d{1,2}[日号]?)?(?:上旬|中旬|下旬|底|末|初)?"
                    + "(?:(?:至|到|-|—|–|－)(?:\\d{4}年)?(?:\\d{1,2}月份?)?(?:\\d{1,2}[日号])?(?:上旬|中旬|下旬|底|末)?)?"
                    + "(?:前|以前|之前)?"
                    + "|\\d{4}年(?:底|年底)(?:前)?|年底前|(?<![\\p{IsHan}])年底|年内|\\d{4}[-—–]\\d{4}年|每季度末"
                    + "|(?:\\d{4}年)?第[一二三四1-4](?:、[一二三四1-4])*季度(?:底|末)?|(?:\\d{4}年)?[上下]半年(?:底|末)?|(?<![\\p{IsHan}])年中(?=完成|前)"
                    // "全年开展…" sets the year as the time; "贯穿全年的…" does not.
                    + "|(?<![\\p{IsHan}])全年|全年(?=实施|开展|完成|推进|进行|举办)");

    private DeadlinePhrases() {
    }

    /** The latest deadline the text names, in any form the plans module reads. */
    static Proposal.Deadline latest(String text, int from, int to) {
        Matcher m = DATE.matcher(text);
        Deadline best = null;
        boolean wholeYear = false;
        while (m.find()) {
            String candidate = m.group();
            if (candidate.isEmpty()) {
                continue;
            }
            if (candidate.equals("全年")) {
                // "全年开展…" is the time only when nothing else says when; beside "12月底前完成" it is a quota's period.
                wholeYear = true;
                continue;
            }
            try {
                Deadline d = Deadline.parse(candidate, from, to);
                if (d.end() != null && (best == null || d.end().isAfter(best.end()))) {
                    best = d;
                }
            } catch (RuntimeException unreadable) {
                // a date-like fragment that is not a deadline ("2021、2022年度"): ignore
            }
        }
        if (best == null && wholeYear) {
            best = Deadline.parse("全年", from, to);
        }
        return best == null ? null : new Proposal.Deadline(best.text(), best.start(), best.end());
    }
}
