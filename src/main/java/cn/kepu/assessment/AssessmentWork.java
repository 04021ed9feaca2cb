package cn.kepu.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.home.WorkItem;
import cn.kepu.home.WorkSource;
import cn.kepu.org.Organization;

/**
 * What 考核 puts on a person's workbench: a unit's self-assessment to fill in (and its deadline), an issuer's
 * self-assessments to score and objections to answer.
 */
@Component
class AssessmentWork implements WorkSource {

    private final SchemeManagement schemes;
    private final AssessedUnits units;
    private final Objections objections;

    AssessmentWork(SchemeManagement schemes, AssessedUnits units, Objections objections) {
        this.schemes = schemes;
        this.units = units;
        this.objections = objections;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> items() {
        List<WorkItem> items = new ArrayList<>();
        for (Scheme s : schemes.visible()) {
            String link = "/assessments/" + s.getId();
            if (s.getState() == SchemeState.PUBLISHED) {
                Optional<Organization> own = schemes.assessedUnit(s);
                if (own.isPresent() && !units.submitted(s.getId()).containsKey(own.get().getId())) {
                    String to = link + "/units/" + own.get().getId();
                    items.add(WorkItem.todo("填写考核自评：" + s.getTitle(), 1, to));
                    if (s.getSelfAssessmentDeadline() != null) {
                        items.add(WorkItem.deadline("考核自评截止：" + s.getTitle(), s.getSelfAssessmentDeadline(), null, to));
                    }
                }
                if (schemes.manages(s)) {
                    int waiting = units.awaitingScores(s.getId());
                    if (waiting > 0) {
                        items.add(WorkItem.todo("已提交自评待评分：" + s.getTitle(), waiting, link + "#units"));
                    }
                }
            }
            if (s.getState() == SchemeState.PUBLICITY && schemes.manages(s)) {
                long open = objections.countBySchemeIdAndAnswerIsNull(s.getId());
                if (open > 0) {
                    items.add(WorkItem.todo("待答复的考核异议：" + s.getTitle(), open, link + "#objections"));
                }
            }
        }
        return items;
    }
}
