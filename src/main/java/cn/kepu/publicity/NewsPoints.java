package cn.kepu.publicity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.org.Organization;
import cn.kepu.support.RuleViolation;

/**
 * Each office's points per channel (赋分标准): what an item it adopts earns for each channel it was used in. A channel
 * the office has not set earns {@link Channel#defaultPoints()}. Changing the table affects items adopted afterwards;
 * those adopted before keep the points they earned, so a published 通报 stays true.
 */
@Service
@Transactional(readOnly = true)
public class NewsPoints {

    static final BigDecimal MAX = new BigDecimal("100");

    private final NewsPointsEntries entries;
    private final ApplicationEventPublisher events;

    NewsPoints(NewsPointsEntries entries, ApplicationEventPublisher events) {
        this.entries = entries;
        this.events = events;
    }

    /** The office's points for every channel (an office of none — the system administrator — has the defaults). */
    public Map<Channel, BigDecimal> of(Organization office) {
        Map<Channel, BigDecimal> points = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            points.put(c, c.defaultPoints());
        }
        if (office != null) {
            entries.findByOfficeId(office.getId()).forEach(e -> points.put(e.getChannel(), e.getPoints()));
        }
        return points;
    }

    /** Sets the office's points from what was typed per channel; every value checked first, none saved if one is wrong. */
    @Transactional
    public void set(Organization office, Map<Channel, String> typed) {
        List<RuleViolation> problems = new ArrayList<>();
        Map<Channel, BigDecimal> read = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            String t = typed.getOrDefault(c, "").trim();
            try {
                BigDecimal p = new BigDecimal(t);
                if (p.signum() < 0 || p.compareTo(MAX) > 0 || p.scale() > 1) {
                    throw new NumberFormatException();
                }
                read.put(c, p);
            } catch (NumberFormatException e) {
                problems.add(new RuleViolation(c.name(), c.label() + "的分值应为0到100之间的数，最多一位小数" + (t.isEmpty() ? "" : "，“" + t + "”不是")));
            }
        }
        RuleViolation.throwIfAny(problems);
        Map<Channel, NewsPointsEntry> existing = new EnumMap<>(Channel.class);
        entries.findByOfficeId(office.getId()).forEach(e -> existing.put(e.getChannel(), e));
        read.forEach((c, p) -> {
            NewsPointsEntry e = existing.get(c);
            if (e == null) {
                entries.save(new NewsPointsEntry(office.getId(), c, p));
            } else {
                e.setPoints(p);
            }
        });
        StringBuilder summary = new StringBuilder();
        read.forEach((c, p) -> summary.append(summary.length() == 0 ? "" : "；").append(c.label()).append(' ').append(p.toPlainString()));
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, NewsDesk.AUDIT_TYPE + "赋分标准", office.getId(), office.getName(),
                summary.toString()));
    }
}
