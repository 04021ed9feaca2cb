package cn.kepu.activity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import cn.kepu.org.Organization;
import cn.kepu.org.Region;

/**
 * A registered activity: who holds it, when and where, whom it is for; its review; and afterwards what it
 * achieved. Topics and target groups are kept as '|'-delimited text so that counting them is one scan.
 */
@Entity
@EntityListeners(TallyMarks.class)
class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    private Campaign campaign;
    @ManyToOne(optional = false)
    private Organization organizer;
    @ManyToOne(optional = false)
    private Organization reviewer;
    private String name;
    private String coOrganizers;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    @ManyToOne
    @JoinColumn(name = "region_code")
    private Region region;
    private String address;
    private String onlineUrl;
    private String personInCharge;
    private String phone;
    private String topics = "|";
    private String countedTopics = "|";
    private int photoCount;
    private String targetGroups = "|";
    private boolean keyActivity;
    private Integer expectedParticipants;
    private Integer actualParticipants;
    private Integer volunteers;
    private String description;
    private String summary;
    @Enumerated(EnumType.STRING)
    private ActivityState state = ActivityState.DRAFT;
    private boolean late;
    private boolean outsideWindow;
    private String reviewComment;
    private String reviewedBy;
    private Instant reviewedAt;
    private Instant submittedAt;
    private Instant completedAt;
    private String createdBy;
    @ElementCollection(fetch = FetchType.EAGER) // shown with the activity after its transaction; batched in lists
    @CollectionTable(name = "activity_decision", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    private List<Decision> decisions = new ArrayList<>();
    /** Who last submitted it for review; that person does not review it. */
    private String submittedBy;
    private Instant createdAt;
    // Pages render after the transaction (no open-in-view): the links come with the activity, a page's in one query.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "activity_link", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    private List<ActivityLink> links = new ArrayList<>();
    @Version
    private long version;

    protected Activity() {
    }

    Activity(Campaign campaign, Organization organizer, String createdBy, Instant now) {
        this.campaign = campaign;
        this.organizer = organizer;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** The registration's fields, as checked by {@link ActivityRules}. */
    void apply(ActivityForm f, Region region, Organization reviewer) {
        this.reviewer = reviewer;
        this.name = f.getName().strip();
        this.coOrganizers = blankToNull(f.getCoOrganizers());
        this.startsAt = f.getStartsAt();
        this.endsAt = f.getEndsAt();
        this.region = region;
        this.address = blankToNull(f.getAddress());
        this.onlineUrl = blankToNull(f.getOnlineUrl());
        this.personInCharge = f.getPersonInCharge().strip();
        this.phone = f.getPhone().strip().replace(" ", "");
        this.topics = joined(f.getTopics());
        this.targetGroups = joined(f.getTargetGroups());
        this.keyActivity = f.isKeyActivity();
        this.expectedParticipants = f.getExpectedParticipants();
        this.volunteers = f.getVolunteers();
        this.description = blankToNull(f.getDescription());
        this.countedTopics = joined(countedUnder(campaign));
    }

    /** Derives the counted topics again, after the campaign's counting rules changed. */
    void recountTopics() {
        this.countedTopics = joined(countedUnder(campaign));
    }

    /** The topics this activity counts as: a tagged topic, unless the campaign's rule asks for words the name lacks. */
    List<String> countedUnder(Campaign c) {
        Set<String> counted = new LinkedHashSet<>();
        for (String topic : getTopics()) {
            if (c.keywordFor(topic).map(name::contains).orElse(true)) {
                counted.add(topic);
            }
        }
        // The assessment counts by name: "…食品安全…" counts as 食品安全 even when the tag was forgotten.
        c.countingRuleMap().forEach((topic, words) -> {
            if (name.contains(words)) {
                counted.add(topic);
            }
        });
        return List.copyOf(counted);
    }

    void submit(Instant now, boolean late, String by) {
        this.state = ActivityState.SUBMITTED;
        this.submittedAt = now;
        this.submittedBy = by;
        this.late = this.late || late;
    }

    void review(boolean approved, String comment, String by, Instant now) {
        decide(approved ? "通过" : "退回", comment, by, now);
        judge(approved, comment, by, now);
    }

    private void judge(boolean approved, String comment, String by, Instant now) {
        this.state = approved ? ActivityState.APPROVED : ActivityState.RETURNED;
        this.reviewComment = blankToNull(comment);
        this.reviewedBy = by;
        this.reviewedAt = now;
    }

    /** The reviewer takes an approval back (counted by mistake, found wrong later): back to the organizer to fix. */
    void withdrawApproval(String reason, String by, Instant now) {
        decide("撤销通过", reason, by, now);
        judge(false, reason, by, now);
    }

    private void decide(String decision, String comment, String by, Instant now) {
        decisions.add(new Decision(decision, blankToNull(comment), by, now));
    }

    void markOutsideWindow(boolean outside) {
        this.outsideWindow = outside;
    }

    void complete(Integer actualParticipants, Integer volunteers, String summary, List<ActivityLink> links, Instant now,
            boolean late) {
        this.actualParticipants = actualParticipants;
        if (volunteers != null) {
            this.volunteers = volunteers;
        }
        this.summary = blankToNull(summary);
        this.links.clear();
        this.links.addAll(links);
        this.state = ActivityState.COMPLETED;
        this.completedAt = now;
        this.late = this.late || late;
    }

    /** Whether the evidence the campaign asks for afterwards is all there: photos, a summary, participants. */
    /** 材料齐全: photos, a summary and the number of participants are there. */
    public boolean hasCompleteEvidence() {
        return photoCount > 0 && summary != null && actualParticipants != null;
    }

    void countPhotos(long photos) {
        this.photoCount = (int) photos;
    }

    public int getPhotoCount() {
        return photoCount;
    }

    /** "预计100人，实际120人，志愿者8人", with only the figures there are. */
    public String peopleText() {
        List<String> parts = new ArrayList<>();
        if (expectedParticipants != null) {
            parts.add("预计" + expectedParticipants + "人");
        }
        if (actualParticipants != null) {
            parts.add("实际" + actualParticipants + "人");
        }
        if (volunteers != null) {
            parts.add("志愿者" + volunteers + "人");
        }
        return parts.isEmpty() ? "—" : String.join("，", parts);
    }

    public String place() {
        return place(region == null ? null : region.getName(), address, onlineUrl);
    }

    /**
     * Where, as a person writes it: the region before the address, unless the address names it already ("泰山区财源街道…",
     * "泰安市泰山区…") — it reached the pages, the calendar and the stamped summary sheet as "泰山区泰山区…".
     */
    static String place(String regionName, String address, String onlineUrl) {
        String at = address == null ? "" : address.strip();
        String in = regionName == null ? "" : regionName;
        String where = in.isEmpty() || at.contains(in) ? at : in + at;
        return where.isEmpty() ? (onlineUrl == null ? "" : "线上") : where;
    }

    static String joined(List<String> items) {
        Set<String> clean = new LinkedHashSet<>();
        if (items != null) {
            for (String item : items) {
                if (item != null && !item.isBlank()) {
                    clean.add(item.strip().replace("|", ""));
                }
            }
        }
        return "|" + String.join("|", clean) + (clean.isEmpty() ? "" : "|");
    }

    static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split("\\|")).filter(s -> !s.isBlank()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Organization getOrganizer() {
        return organizer;
    }

    public Organization getReviewer() {
        return reviewer;
    }

    public String getName() {
        return name;
    }

    public String getCoOrganizers() {
        return coOrganizers;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public Region getRegion() {
        return region;
    }

    public String getAddress() {
        return address;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public String getPersonInCharge() {
        return personInCharge;
    }

    public String getPhone() {
        return phone;
    }

    public List<String> getTopics() {
        return split(topics);
    }

    public List<String> getCountedTopics() {
        return split(countedTopics);
    }

    public List<String> getTargetGroups() {
        return split(targetGroups);
    }

    public boolean isKeyActivity() {
        return keyActivity;
    }

    public Integer getExpectedParticipants() {
        return expectedParticipants;
    }

    public Integer getActualParticipants() {
        return actualParticipants;
    }

    public Integer getVolunteers() {
        return volunteers;
    }

    public String getDescription() {
        return description;
    }

    public String getSummary() {
        return summary;
    }

    public ActivityState getState() {
        return state;
    }

    public boolean isLate() {
        return late;
    }

    public boolean isOutsideWindow() {
        return outsideWindow;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<ActivityLink> getLinks() {
        return links;
    }

    public long getVersion() {
        return version;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    /** Every review decision, oldest first. */
    public List<Decision> getDecisions() {
        return decisions;
    }
}
