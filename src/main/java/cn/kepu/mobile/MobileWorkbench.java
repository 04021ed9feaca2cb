package cn.kepu.mobile;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.home.WorkItem;
import cn.kepu.home.WorkSource;

/** 流动科普 on the workbench: visits whose day has passed and that are still planned — 待完成的巡展. */
@Component
@Transactional(readOnly = true)
class MobileWorkbench implements WorkSource {

    private final MobileSchedule schedule;

    MobileWorkbench(MobileSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public List<WorkItem> items() {
        long overdue = schedule.overdue();
        return overdue == 0 ? List.of() : List.of(WorkItem.todo("待完成的巡展", overdue, "/mobile?overdue=true"));
    }
}
