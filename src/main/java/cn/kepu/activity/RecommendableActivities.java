package cn.kepu.activity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.Organization;

/**
 * The activities modules may put forward for an award (推荐评选): a campaign's activities with what a 推荐表 quotes —
 * name, organizer, person in charge, phone, the summary — and whether they may be recommended: approved (已通过) and
 * 信息已完善 (completed with participants, photos and a summary).
 */
@Service
@Transactional(readOnly = true)
public class RecommendableActivities {

    public record Candidate(long id, long campaignId, String campaignName, String name, long organizerId, String organizer,
            String organizerPath, String personInCharge, String phone, String description, String summary, String stateLabel,
            boolean approved, boolean complete) {

        /** What a form's 主要内容 starts from: the plan of the activity, then how it went. */
        public String mainContent() {
            return java.util.stream.Stream.of(description, summary).filter(s -> s != null && !s.isBlank())
                    .collect(java.util.stream.Collectors.joining("\n"));
        }

        public boolean eligible() {
            return approved && complete;
        }

        public boolean within(Organization unit) {
            return organizerPath.startsWith(unit.getPath());
        }
    }

    private final Activities activities;

    RecommendableActivities(Activities activities) {
        this.activities = activities;
    }

    /** The campaign's activities organized by the unit or beneath it, whatever their state, by name. */
    public List<Candidate> within(long campaignId, Organization unit) {
        return activities.findByCampaign_Id(campaignId).stream().filter(a -> a.getOrganizer().isWithin(unit))
                .map(RecommendableActivities::candidate).sorted(Comparator.comparing(Candidate::name)).toList();
    }

    /** One activity, whoever asks: the recommending module checks campaign, subtree and state itself. */
    public Optional<Candidate> find(long id) {
        return activities.findById(id).map(RecommendableActivities::candidate);
    }

    private static Candidate candidate(Activity a) {
        return new Candidate(a.getId(), a.getCampaign().getId(), a.getCampaign().getName(), a.getName(), a.getOrganizer().getId(),
                a.getOrganizer().getName(), a.getOrganizer().getPath(), a.getPersonInCharge(), a.getPhone(), a.getDescription(),
                a.getSummary(), a.getState().label(), a.getState().counts(), a.getState() == ActivityState.COMPLETED);
    }
}
