package cn.kepu.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.support.Times;

/**
 * The activities volunteers can have served at, for the modules that record 志愿服务时长: one activity as the reader
 * may see it (404 otherwise), and those that have ended, within the reader's scope. Hours are recorded only once an
 * activity has been approved and has ended, so both are said here rather than left to each reader to work out.
 */
@Service
@Transactional(readOnly = true)
public class ServedActivities {

    public record Served(long id, String name, long organizerId, String organizer, LocalDateTime startsAt,
            LocalDateTime endsAt, String campaign, String stateLabel, boolean approved, boolean ended, boolean mayChange) {

        /** The longest a person can have served: the hours from start to end, at least one day's 24 for short ones. */
        public long maxHours() {
            long hours = Duration.between(startsAt, endsAt).toHours() + 1;
            return Math.max(24, hours);
        }
    }

    private final ActivityScope scope;
    private final Activities activities;
    private final Clock clock;
    private final Times times;

    ServedActivities(ActivityScope scope, Activities activities, Clock clock, Times times) {
        this.scope = scope;
        this.activities = activities;
        this.clock = clock;
        this.times = times;
    }

    /** One activity within the reader's scope; any other is answered as one that does not exist. */
    public Served visible(long id) {
        return served(scope.activity(id));
    }

    /** The approved activities within the reader's scope that have ended, the latest first. */
    public List<Served> endedRecently(int limit) {
        LocalDateTime now = now();
        return activities.findAll(scope.visible().and((root, query, cb) -> cb.and(
                root.get("state").in(ActivityState.COUNTING), cb.lessThan(root.get("endsAt"), now))),
                PageRequest.of(0, limit, Sort.by("endsAt").descending().and(Sort.by("id")))).map(this::served).getContent();
    }

    private Served served(Activity a) {
        return new Served(a.getId(), a.getName(), a.getOrganizer().getId(), a.getOrganizer().getName(), a.getStartsAt(),
                a.getEndsAt(), a.getCampaign().getName(), a.getState().label(), a.getState().counts(),
                a.getEndsAt().isBefore(now()), scope.organizes(a));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), times.zone());
    }
}
