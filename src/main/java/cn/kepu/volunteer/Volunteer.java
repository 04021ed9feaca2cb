package cn.kepu.volunteer;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import cn.kepu.support.PersonalDataCipher;

/**
 * 科技志愿者. The ID-card number and the phone are held only sealed (see {@link PersonalDataCipher}) and as their
 * masked forms; nothing in this class returns them in full — {@link VolunteerRegistry#reveal} decrypts, audited.
 */
@Entity
public class Volunteer {

    static final String ERASED_NAME = "已注销志愿者";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    private VolunteerTeam team;
    private String name;
    private String gender;
    private Integer birthYear;
    private String phoneSealed;
    private String phoneMasked;
    private String idCardSealed;
    private String idCardHash;
    private String idCardMasked;
    @Enumerated(EnumType.STRING)
    private ServiceField field;
    private String skills;
    private LocalDate consentOn;
    private Instant erasedAt;
    private Instant createdAt;
    private String createdBy;
    @Version
    private long version;

    protected Volunteer() {
    }

    Volunteer(VolunteerTeam team, String name, String gender, ServiceField field, String skills, LocalDate consentOn,
            Instant createdAt, String createdBy) {
        this.team = team;
        this.name = name;
        this.gender = gender;
        this.field = field;
        this.skills = skills;
        this.consentOn = consentOn;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void identify(IdCardNumber idCard, PersonalDataCipher cipher) {
        this.idCardSealed = cipher.encrypt(idCard.value());
        this.idCardHash = cipher.hash(idCard.value());
        this.idCardMasked = idCard.masked();
        this.birthYear = idCard.birthYear();
    }

    void reachAt(String phone, PersonalDataCipher cipher) {
        this.phoneSealed = phone == null || phone.isBlank() ? null : cipher.encrypt(phone.strip());
        this.phoneMasked = phone == null || phone.isBlank() ? null : cn.kepu.support.PhoneMask.mask(phone);
    }

    void change(VolunteerTeam team, String name, String gender, ServiceField field, String skills) {
        this.team = team;
        this.name = name;
        this.gender = gender;
        this.field = field;
        this.skills = skills;
    }

    /** 删除个人信息: only the team, the field and the record itself remain. */
    void erase(Instant at) {
        name = ERASED_NAME;
        gender = null;
        birthYear = null;
        phoneSealed = null;
        phoneMasked = null;
        idCardSealed = null;
        idCardHash = null;
        idCardMasked = null;
        skills = null;
        erasedAt = at;
    }

    public Long getId() {
        return id;
    }

    public VolunteerTeam getTeam() {
        return team;
    }

    public String getName() {
        return name;
    }

    public String getGender() {
        return gender;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public String getPhoneMasked() {
        return phoneMasked;
    }

    public String getIdCardMasked() {
        return idCardMasked;
    }

    public ServiceField getField() {
        return field;
    }

    public String getSkills() {
        return skills;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public long getVersion() {
        return version;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    String getPhoneSealed() {
        return phoneSealed;
    }

    String getIdCardSealed() {
        return idCardSealed;
    }
}
