package cn.kepu.activity;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import cn.kepu.org.DataScope;
import cn.kepu.org.Scope;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.NotFoundException;

/**
 * The activities a user may see: those organized within their subtree, and those their subtree reviews (a county
 * association reviews a city base's activity held in the county). Reporters see their own unit's only.
 */
@Component
class ActivityScope {

    private final DataScope scope;
    private final Activities activities;

    ActivityScope(DataScope scope, Activities activities) {
        this.scope = scope;
        this.activities = activities;
    }

    Specification<Activity> visible() {
        Scope current = scope.current();
        Specification<Activity> organized = current.on(root -> root.join("organizer"));
        if (current.onlyOrganizationId() != null) {
            return organized;
        }
        return organized.or(current.on(root -> root.join("reviewer")));
    }

    Activity activity(long id) {
        return activities.findOne(visible().and((root, query, cb) -> cb.equal(root.get("id"), id)))
                .orElseThrow(() -> new NotFoundException("活动"));
    }

    /** Whether the current user may change the activity: its organizer is within scope. */
    boolean organizes(Activity activity) {
        return scope.current().covers(activity.getOrganizer());
    }

    /**
     * Whether the current user may review it: its reviewer is within scope, they are not a reporter, and they did not
     * submit it themselves — another reviewer of the unit, or the association above, does.
     */
    boolean reviews(Activity activity) {
        Scope current = scope.current();
        return current.onlyOrganizationId() == null && current.covers(activity.getReviewer()) && !submittedByMe(activity);
    }

    static boolean submittedByMe(Activity activity) {
        return CurrentUser.username().equals(activity.getSubmittedBy());
    }
}
