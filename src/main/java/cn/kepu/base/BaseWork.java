package cn.kepu.base;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.home.WorkItem;
import cn.kepu.home.WorkSource;
import cn.kepu.org.DataScope;

/** 基地 on the workbench: for an association's staff, the applications to screen and the bases due for 复核. */
@Component
@Transactional(readOnly = true)
class BaseWork implements WorkSource {

    private final BaseCatalog catalog;
    private final DataScope scope;

    BaseWork(BaseCatalog catalog, DataScope scope) {
        this.catalog = catalog;
        this.scope = scope;
    }

    @Override
    public List<WorkItem> items() {
        List<WorkItem> items = new ArrayList<>();
        if (scope.current().onlyOrganizationId() != null) {
            return items;
        }
        long applied = catalog.page(new BaseCatalog.Filter(BaseState.APPLIED, null, null, null, false), 0, 1).getTotalElements();
        if (applied > 0) {
            items.add(WorkItem.todo("待初审的科普教育基地", applied, "/bases?state=APPLIED"));
        }
        long screened = catalog.page(new BaseCatalog.Filter(BaseState.SCREENED, null, null, null, false), 0, 1).getTotalElements();
        if (screened > 0) {
            items.add(WorkItem.todo("待认定的科普教育基地", screened, "/bases?state=SCREENED"));
        }
        long due = catalog.page(new BaseCatalog.Filter(null, null, null, null, true), 0, 1).getTotalElements();
        if (due > 0) {
            items.add(WorkItem.todo("待复核的科普教育基地", due, "/bases?due=true"));
        }
        return items;
    }
}
