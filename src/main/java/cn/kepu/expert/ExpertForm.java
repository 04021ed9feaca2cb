package cn.kepu.expert;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.kepu.support.PhoneNumber;
import cn.kepu.support.RuleViolation;

/** What the expert form (and the API) sends; kept as typed, so a refused form shows it again. */
public class ExpertForm {

    private Long unitId;
    private String name;
    private String gender;
    private String employer;
    private String title;
    private List<ExpertField> fields = new ArrayList<>();
    private String skills;
    private Availability availability;
    private boolean emergency;
    private String phone;
    private Long version;

    /** The form's values once checked: stripped, blanks as null. */
    record Checked(String name, String gender, String employer, String title, Set<ExpertField> fields, String skills,
            Availability availability, boolean emergency, String phone) {
    }

    /** Checks everything but the unit (which the registry resolves within the scope); adds one problem per field. */
    Checked check(List<RuleViolation> problems) {
        String n = strip(name);
        if (n == null) {
            problems.add(new RuleViolation("name", "请填写专家姓名"));
        } else if (n.length() > 50) {
            problems.add(new RuleViolation("name", "姓名不能超过50个字"));
        }
        String g = strip(gender);
        if (g != null && !g.equals("男") && !g.equals("女")) {
            problems.add(new RuleViolation("gender", "性别应为“男”或“女”"));
        }
        String e = strip(employer);
        if (e == null) {
            problems.add(new RuleViolation("employer", "请填写工作单位"));
        } else if (e.length() > 100) {
            problems.add(new RuleViolation("employer", "工作单位不能超过100个字"));
        }
        String t = strip(title);
        if (t != null && t.length() > 50) {
            problems.add(new RuleViolation("title", "职称不能超过50个字"));
        }
        Set<ExpertField> chosen = EnumSet.noneOf(ExpertField.class);
        if (fields != null) {
            fields.stream().filter(f -> f != null).forEach(chosen::add);
        }
        if (chosen.isEmpty()) {
            problems.add(new RuleViolation("fields", "请至少选择一个专业领域"));
        }
        String s = strip(skills);
        if (s != null && s.length() > 500) {
            problems.add(new RuleViolation("skills", "技能特长不能超过500个字"));
        }
        if (availability == null) {
            problems.add(new RuleViolation("availability", "请选择可联系时间"));
        }
        String p = strip(phone);
        if (p != null && p.contains("*")) {
            problems.add(new RuleViolation("phone", "联系电话是打码后的号码，请填写完整号码或留空"));
        } else if (p != null && !PhoneNumber.isValid(p)) {
            problems.add(new RuleViolation("phone", PhoneNumber.PROBLEM));
        }
        if (unitId == null) {
            problems.add(new RuleViolation("unitId", "请选择管理单位"));
        }
        boolean urgent = emergency || chosen.contains(ExpertField.EMERGENCY);
        return new Checked(n, g, e, t, chosen, s, availability, urgent, p == null ? null : p.replace(" ", ""));
    }

    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
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

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<ExpertField> getFields() {
        return fields;
    }

    public void setFields(List<ExpertField> fields) {
        this.fields = fields == null ? new ArrayList<>() : new ArrayList<>(fields);
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }

    public Availability getAvailability() {
        return availability;
    }

    public void setAvailability(Availability availability) {
        this.availability = availability;
    }

    public boolean isEmergency() {
        return emergency;
    }

    public void setEmergency(boolean emergency) {
        this.emergency = emergency;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
