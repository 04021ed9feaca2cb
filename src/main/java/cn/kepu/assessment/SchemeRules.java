package cn.kepu.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.kepu.org.Organization;
import cn.kepu.support.RuleViolation;

/**
 * What makes a scheme and an indicator well defined, in Chinese sentences, all problems at once: plain functions of
 * what was typed and what the issuer may choose from, so the rules read in one place.
 */
final class SchemeRules {

    /** The ids an indicator may read figures from: the issuer's plans and their quotas, the campaigns run within it. */
    record Choices(Set<Long> quotas, Set<Long> plans, Set<Long> campaigns) {
    }

    private SchemeRules() {
    }

    /** The scheme's header as typed, or every problem with it; {@code titleTaken}: the issuer has a scheme of that title. */
    static BandsText scheme(SchemeForm f, Scheme self, Organization issuer, boolean titleTaken, Set<Long> candidates, Scheme previous) {
        List<RuleViolation> problems = new ArrayList<>();
        if (f.getTitle() == null || f.getTitle().isBlank()) {
            problems.add(new RuleViolation("title", "请填写方案名称，如“泰安市科协2022年度科普工作目标责任考核”"));
        } else if (f.getTitle().strip().length() > 200) {
            problems.add(new RuleViolation("title", "方案名称不能超过200字"));
        } else if ((self == null || !self.getTitle().equals(f.getTitle().strip())) && titleTaken) {
            problems.add(new RuleViolation("title", "本单位已有名为“" + f.getTitle().strip() + "”的考核方案"));
        }
        if (f.getYear() == null || f.getYear() < 2000 || f.getYear() > 2100) {
            problems.add(new RuleViolation("year", "请填写考核年度，如2022"));
        }
        if (f.getTotalPoints() == null || f.getTotalPoints().signum() <= 0 || f.getTotalPoints().compareTo(new BigDecimal("1000")) > 0) {
            problems.add(new RuleViolation("totalPoints", "总分应在1到1000分之间"));
        }
        if (f.getPublicityDays() != null && (f.getPublicityDays() < 1 || f.getPublicityDays() > 30)) {
            problems.add(new RuleViolation("publicityDays", "公示天数应在1到30天之间"));
        }
        if (f.getDocumentNumber() != null && f.getDocumentNumber().strip().length() > 60) {
            problems.add(new RuleViolation("documentNumber", "文号不能超过60字"));
        }
        Optional<BandsText> bands = BandsText.read(f.getBands());
        if (bands.isEmpty()) {
            problems.add(new RuleViolation("bands", "等次的写法如“优秀=90；良好=80；合格=60；不合格”（按分数），"
                    + "或“优秀=20%；良好=30%；合格”（按名次比例），最后一项是其余单位的等次"));
        } else if (!bands.get().byShare() && !descending(bands.get().limits().values())) {
            problems.add(new RuleViolation("bands", "按分数划分等次时，分数线应从高到低"));
        } else if (bands.get().byShare() && bands.get().limits().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(BigDecimal.ONE) > 0) {
            problems.add(new RuleViolation("bands", "各等次的比例合计超过100%"));
        }
        if (f.getUnitIds().isEmpty()) {
            problems.add(new RuleViolation("unitIds", "请选择被考核单位"));
        } else {
            if (!candidates.containsAll(f.getUnitIds())) {
                problems.add(new RuleViolation("unitIds", "被考核单位只能是考核单位的下级单位"));
            }
        }
        if (f.getPreviousId() != null && (self != null || previous == null || !previous.getIssuer().getId().equals(issuer.getId()))) {
            problems.add(new RuleViolation("previousId", self != null ? "指标只能在新建方案时复制" : "只能复制本单位以往的考核方案"));
        }
        RuleViolation.throwIfAny(problems);
        return bands.get();
    }

    private static boolean descending(Collection<BigDecimal> values) {
        BigDecimal last = null;
        for (BigDecimal v : values) {
            if (last != null && v.compareTo(last) >= 0) {
                return false;
            }
            last = v;
        }
        return true;
    }

    /** Every problem with an indicator as typed, among the scheme's others and what the issuer may read figures from. */
    static void indicator(IndicatorForm f, Scheme s, SchemeIndicator self, List<SchemeIndicator> all, Choices choices) {
        List<RuleViolation> problems = new ArrayList<>();
        if (f.getName() == null || f.getName().isBlank()) {
            problems.add(new RuleViolation("name", "请填写指标名称"));
        } else if (f.getName().strip().length() > 100) {
            problems.add(new RuleViolation("name", "指标名称不能超过100字"));
        } else if (all.stream().anyMatch(i -> i.getName().equals(f.getName().strip()) && (self == null || !i.getId().equals(self.getId())))) {
            problems.add(new RuleViolation("name", "方案中已有名为“" + f.getName().strip() + "”的指标"));
        }
        IndicatorKind kind = f.getKind();
        if (kind == null) {
            problems.add(new RuleViolation("kind", "请选择计分方式"));
            RuleViolation.throwIfAny(problems);
        }
        if (f.getParentId() != null) {
            Optional<SchemeIndicator> parent = all.stream().filter(i -> i.getId().equals(f.getParentId())).findFirst();
            if (parent.isEmpty() || parent.get().getKind() != IndicatorKind.GROUP) {
                problems.add(new RuleViolation("parentId", "上级指标应为本方案中下设指标的一级指标"));
            } else if (kind == IndicatorKind.GROUP) {
                problems.add(new RuleViolation("parentId", "指标最多两级：下设指标的一级指标不能放在其他指标之下"));
            }
        }
        if (self != null && self.getKind() == IndicatorKind.GROUP && kind != IndicatorKind.GROUP
                && all.stream().anyMatch(i -> self.getId().equals(i.getParentId()))) {
            problems.add(new RuleViolation("kind", "该指标下还有二级指标，请先删除它们再改计分方式"));
        }
        if (kind != IndicatorKind.GROUP && !kind.adjustment()) {
            if (f.getPoints() == null || f.getPoints().signum() <= 0) {
                problems.add(new RuleViolation("points", "请填写分值（大于0）"));
            } else if (f.getPoints().compareTo(s.getTotalPoints()) > 0) {
                problems.add(new RuleViolation("points", "分值不能超过方案总分" + SchemeManagement.plain(s.getTotalPoints()) + "分"));
            }
        }
        switch (kind) {
            case QUOTA -> {
                if (f.getQuotaId() == null) {
                    problems.add(new RuleViolation("quotaId", "请选择台账中的指标"));
                } else if (!choices.quotas().contains(f.getQuotaId())) {
                    problems.add(new RuleViolation("quotaId", "只能选择" + s.getIssuer().getName() + "自己计划中的指标"));
                }
            }
            case ACTIVITIES -> {
                if (f.getCampaignId() == null) {
                    problems.add(new RuleViolation("campaignId", "请选择活动"));
                } else if (!choices.campaigns().contains(f.getCampaignId())) {
                    problems.add(new RuleViolation("campaignId", "只能选择" + s.getIssuer().getName() + "及其下级单位举办的活动"));
                }
                if (f.getTarget() == null || f.getTarget().signum() <= 0 || f.getTarget().stripTrailingZeros().scale() > 0) {
                    problems.add(new RuleViolation("target", "请填写目标活动数（正整数）"));
                }
            }
            case NEWS_POINTS -> {
                if (f.getTarget() == null || f.getTarget().signum() <= 0) {
                    problems.add(new RuleViolation("target", "请填写目标积分（大于0）"));
                }
            }
            case TIMELINESS -> {
                if (f.getPlanId() == null) {
                    problems.add(new RuleViolation("planId", "请选择工作计划"));
                } else if (!choices.plans().contains(f.getPlanId())) {
                    problems.add(new RuleViolation("planId", "只能选择" + s.getIssuer().getName() + "自己的工作计划"));
                }
                if (f.getPerNotice() != null && f.getPerNotice().signum() < 0) {
                    problems.add(new RuleViolation("perNotice", "每份督办单扣分不能为负数"));
                }
            }
            case BONUS, DEDUCTION -> {
                if (f.getEachPoints() == null || f.getEachPoints().signum() <= 0) {
                    problems.add(new RuleViolation("eachPoints", "请填写每次" + (kind == IndicatorKind.BONUS ? "加" : "扣") + "的分数（大于0）"));
                }
                if (f.getCap() == null || f.getCap().signum() <= 0) {
                    problems.add(new RuleViolation("cap", "请填写最多" + (kind == IndicatorKind.BONUS ? "加" : "扣") + "的分数（大于0）"));
                }
            }
            default -> {
            }
        }
        if (kind == IndicatorKind.QUOTA || kind == IndicatorKind.ACTIVITIES) {
            BigDecimal extra = f.getExtraPerTarget();
            if (extra != null && extra.signum() < 0 || f.getExtraCap() != null && f.getExtraCap().signum() < 0) {
                problems.add(new RuleViolation("extraPerTarget", "超额加分不能为负数"));
            } else if (extra != null && extra.signum() > 0 && (f.getExtraCap() == null || f.getExtraCap().signum() == 0)) {
                problems.add(new RuleViolation("extraCap", "有超额加分时，请填写最多加的分数"));
            }
        }
        if (f.getGuidance() != null && f.getGuidance().strip().length() > 1000) {
            problems.add(new RuleViolation("guidance", "评分标准不能超过1000字"));
        }
        RuleViolation.throwIfAny(problems);
    }
}
