package cn.kepu.project;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.home.WorkItem;
import cn.kepu.home.WorkSource;

/** 科普项目 on the workbench: for an issuer, the applications waiting for 立项; for units, the open calls' deadlines. */
@Component
@Transactional(readOnly = true)
class ProjectWork implements WorkSource {

    private final ProjectCatalog catalog;
    private final Projects projects;

    ProjectWork(ProjectCatalog catalog, Projects projects) {
        this.catalog = catalog;
        this.projects = projects;
    }

    @Override
    public List<WorkItem> items() {
        List<WorkItem> items = new ArrayList<>();
        catalog.issuer().ifPresent(issuer -> projects.countsToDecide(issuer.getId(), ProjectState.SUBMITTED)
                .forEach(row -> items.add(WorkItem.todo("待评审立项的科普项目", (Long) row[1],
                        "/projects?callId=" + row[0] + "&state=SUBMITTED"))));
        catalog.calls().stream().filter(c -> c.acceptsOn(catalog.today()) && !catalog.reviews(c))
                .forEach(c -> items.add(WorkItem.deadline("项目申报：" + c.getTitle(), c.getDeadline(), c.getIssuer().getName(),
                        "/project-calls/" + c.getId())));
        return items;
    }
}
