package cn.kepu.expert;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import cn.kepu.org.Organization;
import cn.kepu.support.PhoneMask;
import cn.kepu.support.PersonalDataCipher;

/**
 * 专家库中的一位专家, managed by a unit (whose subtree's users see them). The phone is held only sealed and masked;
 * {@link ExpertRegistry#reveal} decrypts it, audited.
 */
@Entity
public class Expert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    private Organization unit;
    private String name;
    private String gender;
    private String employer;
    private String title;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expert_field", joinColumns = @JoinColumn(name = "expert_id"))
    @Column(name = "field")
    @Enumerated(EnumType.STRING)
    private Set<ExpertField> fields = EnumSet.noneOf(ExpertField.class);
    private String skills;
    @Enumerated(EnumType.STRING)
    private Availability availability;
    private boolean emergency;
    private String phoneSealed;
    private String phoneMasked;
    private Instant createdAt;
    private String createdBy;
    @Version
    private long version;

    protected Expert() {
    }

    Expert(Organization unit, Instant createdAt, String createdBy) {
        this.unit = unit;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void describe(Organization unit, ExpertForm.Checked details) {
        this.unit = unit;
        this.name = details.name();
        this.gender = details.gender();
        this.employer = details.employer();
        this.title = details.title();
        this.fields.clear();
        this.fields.addAll(details.fields());
        this.skills = details.skills();
        this.availability = details.availability();
        this.emergency = details.emergency();
    }

    void reachAt(String phone, PersonalDataCipher cipher) {
        this.phoneSealed = phone == null || phone.isBlank() ? null : cipher.encrypt(phone.strip());
        this.phoneMasked = phone == null || phone.isBlank() ? null : PhoneMask.mask(phone.strip());
    }

    public Long getId() {
        return id;
    }

    public Organization getUnit() {
        return unit;
    }

    public String getName() {
        return name;
    }

    public String getGender() {
        return gender;
    }

    public String getEmployer() {
        return employer;
    }

    public String getTitle() {
        return title;
    }

    /** The fields in their fixed order. */
    public List<ExpertField> getFields() {
        return fields.stream().sorted(Comparator.naturalOrder()).toList();
    }

    /** "农业、应急科普". */
    public String getFieldLabels() {
        return getFields().stream().map(ExpertField::label).collect(Collectors.joining("、"));
    }

    public String getSkills() {
        return skills;
    }

    public Availability getAvailability() {
        return availability;
    }

    public boolean isEmergency() {
        return emergency;
    }

    public String getPhoneMasked() {
        return phoneMasked;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    String getPhoneSealed() {
        return phoneSealed;
    }
}
