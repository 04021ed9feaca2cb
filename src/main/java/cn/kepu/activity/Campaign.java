package cn.kepu.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import cn.kepu.org.Organization;

/**
 * A campaign an association runs for the units beneath it: when it happens, when units register, the deadlines
 * after it, and its rules — how activities must be named, whether a time outside the event window or a late
 * submission is refused or only marked, and which topics count only when the name says so.
 */
@Entity
class Campaign {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private CampaignKind kind;
    private String theme;
    @ManyToOne(optional = false)
    private Organization organizer;
    private LocalDate eventStart;
    private LocalDate eventEnd;
    private LocalDate registrationStart;
    private LocalDate registrationEnd;
    private LocalDate keyPlanDeadline;
    private LocalDate completionDeadline;
    private LocalDate summaryDeadline;
    private String namingPattern;
    private boolean namingEnforced;
    private boolean windowEnforced;
    private boolean lateRefused;
    private String countingRules;
    private int maxPhotos = 5;
    private Instant createdAt;
    @Version
    private long version;

    protected Campaign() {
    }

    Campaign(Organization organizer, Instant now) {
        this.organizer = organizer;
        this.createdAt = now;
    }

    void apply(CampaignForm f) {
        name = f.getName().strip();
        kind = f.getKind();
        theme = blankToNull(f.getTheme());
        eventStart = f.getEventStart();
        eventEnd = f.getEventEnd();
        registrationStart = f.getRegistrationStart();
        registrationEnd = f.getRegistrationEnd();
        keyPlanDeadline = f.getKeyPlanDeadline();
        completionDeadline = f.getCompletionDeadline();
        summaryDeadline = f.getSummaryDeadline();
        namingPattern = blankToNull(f.getNamingPattern());
        namingEnforced = f.isNamingEnforced();
        windowEnforced = f.isWindowEnforced();
        lateRefused = f.isLateRefused();
        countingRules = blankToNull(f.getCountingRules());
        maxPhotos = f.getMaxPhotos() == null ? 5 : f.getMaxPhotos();
    }

    /**
     * The naming pattern as a rule: {年} is the campaign's year, {主题} or any other {…} is free text.
     * "{年}年泰安市{主题}科普志愿服务活动" accepts "2022年泰安市食品安全进社区科普志愿服务活动".
     */
    public boolean nameFits(String activityName) {
        if (namingPattern == null) {
            return true;
        }
        StringBuilder regex = new StringBuilder();
        Matcher m = Pattern.compile("\\{([^}]*)}").matcher(namingPattern);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(namingPattern.substring(at, m.start())));
            regex.append(m.group(1).equals("年") ? Integer.toString(eventStart.getYear()) : ".+");
            at = m.end();
        }
        regex.append(Pattern.quote(namingPattern.substring(at)));
        return Pattern.compile(regex.toString()).matcher(activityName.strip()).matches();
    }

    /**
     * Topic → the words the name must contain for the activity to count as that topic: "食品安全=食品安全" (one per
     * line). The assessment counts food-safety activities by their names on the platform, so Kepu does too.
     */
    public Map<String, String> countingRuleMap() {
        Map<String, String> rules = new LinkedHashMap<>();
        if (countingRules != null) {
            for (String line : countingRules.split("[\\n;；]")) {
                String[] parts = line.split("[=＝]", 2);
                if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
                    rules.put(parts[0].strip(), parts[1].strip());
                }
            }
        }
        return rules;
    }

    /** The words a topic needs in the name, if the campaign has a rule for it. */
    public Optional<String> keywordFor(String topic) {
        return Optional.ofNullable(countingRuleMap().get(topic));
    }

    public String eventWindowText() {
        return DAY.format(eventStart) + "至" + (eventStart.getYear() == eventEnd.getYear()
                ? DateTimeFormatter.ofPattern("M月d日").format(eventEnd) : DAY.format(eventEnd));
    }

    public String registrationWindowText() {
        return DAY.format(registrationStart) + "至" + DAY.format(registrationEnd);
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public String getTheme() {
        return theme;
    }

    public Organization getOrganizer() {
        return organizer;
    }

    public LocalDate getEventStart() {
        return eventStart;
    }

    public LocalDate getEventEnd() {
        return eventEnd;
    }

    public LocalDate getRegistrationStart() {
        return registrationStart;
    }

    public LocalDate getRegistrationEnd() {
        return registrationEnd;
    }

    public LocalDate getKeyPlanDeadline() {
        return keyPlanDeadline;
    }

    public LocalDate getCompletionDeadline() {
        return completionDeadline;
    }

    public LocalDate getSummaryDeadline() {
        return summaryDeadline;
    }

    public String getNamingPattern() {
        return namingPattern;
    }

    public boolean isNamingEnforced() {
        return namingEnforced;
    }

    public boolean isWindowEnforced() {
        return windowEnforced;
    }

    public boolean isLateRefused() {
        return lateRefused;
    }

    public String getCountingRules() {
        return countingRules;
    }

    public int getMaxPhotos() {
        return maxPhotos;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
