package cn.kepu.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.kepu.org.Organization;
import cn.kepu.support.RuleViolation;

/**
 * Quotas in two spellings: the form's one line per quota ("各县市区科协 活动数 ≥ 60 项"), and the checklist's
 * prose ("各县市区不少于60项，功能区不少于15项", "泰山区3000人，岱岳区2000人", "不低于20条") — the latter through the one
 * grammar of targets, {@link QuotaPhrases}, which the intake parser uses too.
 */
final class QuotaWording {

    private static final Pattern LINE = Pattern.compile(
            "^(\\S+)\\s+(\\S+?)\\s*(≥|≤|=|>=|<=|不少于|不低于|不超过|至少)\\s*([0-9]+(?:\\.[0-9]+)?)?\\s*(\\S*)$");

    private final PartyNames names;

    QuotaWording(PartyNames names) {
        this.names = names;
    }

    /** Reads the form's lines; a line without a target or with an unknown subject is refused with its number. */
    List<Quota.Terms> lines(String text) {
        List<Quota.Terms> quotas = new ArrayList<>();
        List<RuleViolation> problems = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                problems.add(new RuleViolation("quotas", "第" + (i + 1) + "行指标“" + line
                        + "”格式不对，应为“对象 指标 比较 目标值 单位”，如“各县市区科协 活动数 ≥ 60 项”"));
                continue;
            }
            if (m.group(4) == null) {
                problems.add(new RuleViolation("quotas", "第" + (i + 1) + "行指标“" + line + "”缺少目标值"));
                continue;
            }
            String subject = m.group(1);
            Optional<UnitSelector> selector = subject.equals("每个责任单位") ? Optional.empty() : selectorIn(subject);
            Organization organization = null;
            if (selector.isEmpty() && !subject.equals("每个责任单位")) {
                organization = names.find(subject).orElse(null);
                if (organization == null) {
                    problems.add(new RuleViolation("quotas", "第" + (i + 1) + "行指标的对象“" + subject + "”不是已知的单位或单位类别"));
                    continue;
                }
            }
            String unit = m.group(5).isEmpty() ? "项" : m.group(5);
            quotas.add(new Quota.Terms(m.group(2), Bound.fromText(m.group(3)), new BigDecimal(m.group(4)), unit,
                    null, organization, selector.orElse(null)));
        }
        RuleViolation.throwIfAny(problems);
        return quotas;
    }

    /**
     * The quotas a checklist's 工作要求 states, read with the one grammar of targets ({@link QuotaPhrases}), each placed
     * on the unit or kind of unit it names; a bare number that names no party and says no 不少于 is a fact, not a target.
     */
    List<Quota.Terms> prose(String text, String context) {
        List<Quota.Terms> quotas = new ArrayList<>();
        for (QuotaPhrases.Phrase phrase : QuotaPhrases.find(text)) {
            Optional<UnitSelector> selector = phrase.lead().isEmpty() ? Optional.empty() : selectorIn(phrase.lead());
            Optional<Organization> organization = selector.isPresent() || phrase.subject().isEmpty() ? Optional.empty()
                    : names.find(phrase.subject());
            if (selector.isEmpty() && organization.isEmpty() && !phrase.stated()) {
                continue;
            }
            quotas.add(new Quota.Terms(metric(phrase.unit(), text + context), phrase.bound(), phrase.target(), phrase.unit(),
                    null, organization.orElse(null), selector.orElse(null)));
        }
        return quotas;
    }

    static Optional<UnitSelector> selectorIn(String subject) {
        String s = subject.replaceAll("^(各|每个)", "");
        if (s.contains("功能区") && s.contains("县市区")) {
            return Optional.of(UnitSelector.COUNTIES_AND_ZONES);
        }
        if (s.startsWith("县市区")) {
            return Optional.of(UnitSelector.COUNTIES);
        }
        if (s.startsWith("功能区")) {
            return Optional.of(UnitSelector.FUNCTIONAL_ZONES);
        }
        if (s.contains("直属单位")) {
            return Optional.of(UnitSelector.AFFILIATES);
        }
        if (s.contains("学会")) {
            return Optional.of(UnitSelector.SOCIETIES);
        }
        if (s.contains("示范单位")) {
            return Optional.of(UnitSelector.DEMONSTRATION_UNITS);
        }
        if (s.contains("科普教育基地")) {
            return Optional.of(UnitSelector.EDUCATION_BASES);
        }
        return UnitSelector.fromText(subject);
    }

    static String metric(String unit, String text) {
        if (text.contains("信息员")) {
            return "新增科普中国信息员";
        }
        if (text.contains("志愿者")) {
            return "新增科技志愿者";
        }
        return switch (unit) {
            case "项", "场", "次" -> "活动数";
            case "条", "篇" -> "新闻稿件";
            case "张" -> "现场照片";
            case "人次" -> "培训人次";
            case "%" -> "科学素质比例";
            default -> "人数";
        };
    }
}
