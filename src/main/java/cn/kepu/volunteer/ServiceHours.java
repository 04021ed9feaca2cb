package cn.kepu.volunteer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.activity.ActivityDeleted;
import cn.kepu.activity.ServedActivities;
import cn.kepu.activity.ServedActivities.Served;
import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;

/**
 * 志愿服务时长: who served at an activity and for how long, recorded by those who may change the activity once it has
 * been approved and has ended; and a volunteer's and a team's hours per year, read from those records. A volunteer's
 * hours at one activity are one record — recording again replaces them.
 */
@Service
@Transactional(readOnly = true)
public class ServiceHours {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    /** A year of service: for a volunteer {@code volunteers} is 1. */
    public record Year(int year, long volunteers, long records, BigDecimal hours) {
    }

    private final ServiceRecords records;
    private final VolunteerRegistry registry;
    private final ServedActivities activities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServiceHours(ServiceRecords records, VolunteerRegistry registry, ServedActivities activities,
            ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.registry = registry;
        this.activities = activities;
        this.events = events;
        this.clock = clock;
    }

    /** The activity as the reader may see it; 404 otherwise. */
    public Served activity(long activityId) {
        return activities.visible(activityId);
    }

    public List<Served> endedActivities() {
        return activities.endedRecently(50);
    }

    public List<ServiceRecord> atActivity(long activityId) {
        activities.visible(activityId);
        return records.findByActivityIdOrderByTeam_NameAscVolunteer_IdAsc(activityId);
    }

    /**
     * Records the hours each of the team's volunteers served at the activity (volunteer id → hours; those left out or
     * blank are not touched). Refused as a whole, with a message per volunteer, when anything is wrong.
     */
    @Transactional
    public List<ServiceRecord> record(long activityId, long teamId, Map<Long, String> hoursByVolunteer) {
        Served activity = activities.visible(activityId);
        VolunteerTeam team = registry.team(teamId);
        if (!activity.mayChange()) {
            throw new RuleViolation("activity", "只有活动的举办单位或其上级科协可以记录志愿服务时长");
        }
        if (!activity.approved()) {
            throw new RuleViolation("activity", "活动尚未审核通过，通过并结束后才能记录志愿服务时长");
        }
        if (!activity.ended()) {
            throw new RuleViolation("activity", "活动尚未结束（" + WHEN.format(activity.endsAt())
                    + "结束），结束后才能记录志愿服务时长");
        }
        List<RuleViolation> problems = new ArrayList<>();
        List<Map.Entry<Volunteer, BigDecimal>> served = new ArrayList<>();
        hoursByVolunteer.forEach((volunteerId, text) -> {
            if (text == null || text.isBlank()) {
                return;
            }
            String field = "hours-" + volunteerId;
            Volunteer volunteer = registry.volunteer(volunteerId);
            if (!volunteer.getTeam().getId().equals(team.getId())) {
                throw new NotFoundException("志愿者");
            }
            BigDecimal hours = parse(text);
            if (hours == null) {
                problems.add(new RuleViolation(field, volunteer.getName() + "的服务时长“" + text.strip() + "”不是数字，请填写小时数，如 3 或 2.5"));
            } else if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(activity.maxHours())) > 0) {
                problems.add(new RuleViolation(field, volunteer.getName() + "的服务时长应大于0且不超过" + activity.maxHours()
                        + "小时（活动自开始至结束的时长）"));
            } else if (hours.scale() > 1 && hours.setScale(1, RoundingMode.DOWN).compareTo(hours) != 0) {
                problems.add(new RuleViolation(field, volunteer.getName() + "的服务时长最多保留一位小数"));
            } else if (volunteer.isErased()) {
                problems.add(new RuleViolation(field, "该志愿者的个人信息已删除，不能再记录服务时长"));
            } else {
                served.add(Map.entry(volunteer, hours));
            }
        });
        if (problems.isEmpty() && served.isEmpty()) {
            problems.add(new RuleViolation("hours", "请至少为一名志愿者填写服务时长"));
        }
        RuleViolation.throwIfAny(problems);
        List<ServiceRecord> saved = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<Volunteer, BigDecimal> entry : served) {
            ServiceRecord record = records.findByActivityIdAndVolunteer_Id(activityId, entry.getKey().getId())
                    .orElseGet(() -> new ServiceRecord(activityId, activity.name(), activity.startsAt().toLocalDate(), team,
                            entry.getKey()));
            record.serve(entry.getValue().setScale(1, RoundingMode.UNNECESSARY), clock.instant(), CurrentUser.username());
            saved.add(records.save(record));
            total = total.add(entry.getValue());
        }
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, "志愿服务记录", activityId, activity.name(),
                team.getName() + "：" + served.size() + "人，共" + total.stripTrailingZeros().toPlainString() + "小时"));
        return saved;
    }

    /** Takes a record back (recorded by mistake). */
    @Transactional
    public void remove(long recordId) {
        ServiceRecord record = records.findById(recordId).orElseThrow(() -> new NotFoundException("服务记录"));
        Served activity = activities.visible(record.getActivityId());
        registry.volunteer(record.getVolunteer().getId());
        if (!activity.mayChange()) {
            throw new RuleViolation("activity", "只有活动的举办单位或其上级科协可以修改志愿服务时长");
        }
        records.delete(record);
        events.publishEvent(ActionPerformed.of(AuditAction.DELETE, "志愿服务记录", activity.id(), activity.name(),
                record.getVolunteer().getName() + " " + record.getHours().toPlainString() + "小时"));
    }

    public List<Year> yearsOf(Volunteer volunteer) {
        return records.yearsOfVolunteer(volunteer.getId()).stream()
                .map(r -> new Year(((Number) r[0]).intValue(), 1, ((Number) r[1]).longValue(), hours(r[2]))).toList();
    }

    public List<Year> yearsOf(VolunteerTeam team) {
        return records.yearsOfTeam(team.getId()).stream().map(r -> new Year(((Number) r[0]).intValue(),
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), hours(r[3]))).toList();
    }

    public List<ServiceRecord> recordsOf(Volunteer volunteer) {
        return records.findByVolunteer_IdOrderByServedOnDescIdDesc(volunteer.getId());
    }

    /** Only activities never approved (or returned) are deleted, but should one with hours go, its records go with it. */
    @EventListener
    @Transactional
    void on(ActivityDeleted deleted) {
        records.deleteByActivity(deleted.activityId());
    }

    private static BigDecimal parse(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal hours(Object sum) {
        return sum == null ? BigDecimal.ZERO : new BigDecimal(sum.toString()).stripTrailingZeros();
    }
}
