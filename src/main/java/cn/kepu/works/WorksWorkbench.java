package cn.kepu.works;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.home.WorkItem;
import cn.kepu.home.WorkSource;
import cn.kepu.org.DataScope;

/** The issuing unit's staff see on the workbench the works waiting for 形式审查 and those the panel has not fully scored. */
@Component
class WorksWorkbench implements WorkSource {

    private final DataScope scope;
    private final Works works;

    WorksWorkbench(DataScope scope, Works works) {
        this.scope = scope;
        this.works = works;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> items() {
        if (scope.current().onlyOrganizationId() != null) {
            return List.of();
        }
        return scope.ownUnit().map(own -> {
            List<WorkItem> items = new ArrayList<>();
            long toCheck = works.countToCheck(own.getId());
            if (toCheck > 0) {
                items.add(WorkItem.todo("待审查的作品", toCheck, "/work-calls"));
            }
            long toScore = works.acceptedUnpublished(own.getId()).stream()
                    .filter(w -> w.getCall().getPanel().isEmpty() || w.getScores().size() < w.getCall().getPanel().size()).count();
            if (toScore > 0) {
                items.add(WorkItem.todo("待评分的作品", toScore, "/work-calls"));
            }
            return items;
        }).orElse(List.of());
    }
}
