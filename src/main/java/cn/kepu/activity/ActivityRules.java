package cn.kepu.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.kepu.support.PhoneNumber;
import cn.kepu.support.RuleViolation;

/**
 * The campaign's rules applied to one registration. Problems refuse it; warnings are shown and the registration
 * kept — which of the two a naming or window breach is depends on the campaign.
 */
final class ActivityRules {

    /** What the check found: problems (refuse), warnings (keep and tell), and whether the time is outside the window. */
    record Findings(List<RuleViolation> problems, List<String> warnings, boolean outsideWindow) {
    }

    private ActivityRules() {
    }

    static Findings check(ActivityForm f, Campaign c, boolean duplicate) {
        List<RuleViolation> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String name = f.getName() == null ? "" : f.getName().strip();
        if (name.isEmpty()) {
            problems.add(new RuleViolation("name", "请填写活动名称"));
        } else if (name.length() > 200) {
            problems.add(new RuleViolation("name", "活动名称不能超过200字"));
        } else {
            if (!c.nameFits(name)) {
                String message = "活动名称“" + name + "”不符合命名规则“" + c.getNamingPattern() + "”";
                if (c.isNamingEnforced()) {
                    problems.add(new RuleViolation("name", message + "，请按规则修改"));
                } else {
                    warnings.add(message + "，请核对");
                }
            }
            if (duplicate) {
                problems.add(new RuleViolation("name", "本单位已登记同名活动（" + name + "，同一天），请勿重复登记"));
            }
            for (String topic : f.getTopics() == null ? List.<String>of() : f.getTopics()) {
                c.keywordFor(topic).filter(words -> !name.contains(words)).ifPresent(words -> warnings.add("标注了“" + topic
                        + "”主题，但活动名称中没有“" + words + "”，按本次活动的规则不计入" + topic + "活动数"));
            }
        }
        boolean outside = false;
        LocalDateTime start = f.getStartsAt();
        LocalDateTime end = f.getEndsAt();
        if (start == null || end == null) {
            problems.add(new RuleViolation("startsAt", "请填写活动的开始和结束时间"));
        } else if (end.isBefore(start)) {
            problems.add(new RuleViolation("endsAt", "结束时间早于开始时间"));
        } else {
            LocalDate first = start.toLocalDate();
            LocalDate last = end.toLocalDate();
            outside = first.isBefore(c.getEventStart()) || last.isAfter(c.getEventEnd());
            if (outside) {
                String message = "活动时间不在活动期间（" + c.eventWindowText() + "）内";
                if (c.isWindowEnforced()) {
                    problems.add(new RuleViolation("startsAt", message + "，请调整活动时间"));
                } else {
                    warnings.add(message + "，已标记为期外活动");
                }
            }
        }
        boolean hasPlace = notBlank(f.getAddress()) || notBlank(f.getRegionCode());
        if (!hasPlace && !notBlank(f.getOnlineUrl())) {
            problems.add(new RuleViolation("address", "请填写活动地点；线上活动请填写活动网址"));
        }
        if (notBlank(f.getOnlineUrl()) && !f.getOnlineUrl().strip().matches("(?i)https?://\\S+")) {
            problems.add(new RuleViolation("onlineUrl", "活动网址应以 http:// 或 https:// 开头"));
        }
        if (!notBlank(f.getPersonInCharge())) {
            problems.add(new RuleViolation("personInCharge", "请填写负责人"));
        }
        if (!notBlank(f.getPhone())) {
            problems.add(new RuleViolation("phone", "请填写联系电话"));
        } else if (!PhoneNumber.isValid(f.getPhone())) {
            problems.add(new RuleViolation("phone", "联系电话“" + f.getPhone().strip() + "”不是手机号或固定电话（如 13805381234、0538-6221234 或 6221234）"));
        }
        for (Integer n : new Integer[] {f.getExpectedParticipants(), f.getVolunteers()}) {
            if (n != null && n < 0) {
                problems.add(new RuleViolation("expectedParticipants", "人数不能为负数"));
            }
        }
        return new Findings(problems, warnings, outside);
    }

    /**
     * A submission on {@code today}: before registration opens it is refused; after a deadline it is refused or
     * accepted and marked late, as the campaign says. Returns whether it is late.
     */
    static boolean lateness(Campaign c, boolean keyActivity, LocalDate today, List<String> warnings) {
        if (today.isBefore(c.getRegistrationStart())) {
            throw new RuleViolation("state", "登记自" + Campaign.day(c.getRegistrationStart()) + "开始，届时再提交");
        }
        String missed = null;
        if (today.isAfter(c.getRegistrationEnd())) {
            missed = "登记已于" + Campaign.day(c.getRegistrationEnd()) + "截止";
        } else if (keyActivity && c.getKeyPlanDeadline() != null && today.isAfter(c.getKeyPlanDeadline())) {
            missed = "重点活动应于" + Campaign.day(c.getKeyPlanDeadline()) + "前报送";
        }
        if (missed == null) {
            return false;
        }
        if (c.isLateRefused()) {
            throw new RuleViolation("state", missed + "，本次活动不接受逾期提交");
        }
        warnings.add(missed + "，已提交并标记为逾期");
        return true;
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
