package cn.kepu.assessment;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.stereotype.Component;

import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Times;

/** For the 考核 templates: points as people write them (8.5, not 8.50), changes with their sign, times, unit names. */
@Component("assessmentText")
class AssessmentText {

    private final Times times;
    private final OrganizationDirectory organizations;

    AssessmentText(Times times, OrganizationDirectory organizations) {
        this.times = times;
        this.organizations = organizations;
    }

    public String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public String change(BigDecimal change) {
        return change == null ? "—" : (change.signum() > 0 ? "+" : "") + plain(change);
    }

    public String why(Indicator.Score score) {
        if (score.why() != null) {
            return score.why();
        }
        return String.join("；", score.children().stream().map(c -> c.name() + " " + plain(c.scored()) + "分").toList());
    }

    public String time(Instant instant) {
        return instant == null ? "" : times.format(instant);
    }

    public String unitName(long organizationId) {
        return organizations.find(organizationId).map(Organization::getName).orElse("");
    }
}
