package cn.kepu.volunteer;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** What a volunteer's registration form sends; kept as typed, so a refused form shows it again. */
public class VolunteerForm {

    private Long teamId;
    private String name;
    private String gender;
    private String phone;
    private String idCard;
    private ServiceField field;
    private String skills;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate consentOn;

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getIdCard() {
        return idCard;
    }

    public void setIdCard(String idCard) {
        this.idCard = idCard;
    }

    public ServiceField getField() {
        return field;
    }

    public void setField(ServiceField field) {
        this.field = field;
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public void setConsentOn(LocalDate consentOn) {
        this.consentOn = consentOn;
    }
}
