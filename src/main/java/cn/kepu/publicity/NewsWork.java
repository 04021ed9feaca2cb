package cn.kepu.publicity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.home.WorkItem;
import cn.kepu.home.WorkSource;

/** 信息报送 on the workbench: an office's items from below to review, a unit's items that came back. */
@Component
@Transactional(readOnly = true)
class NewsWork implements WorkSource {

    private final NewsDesk desk;

    NewsWork(NewsDesk desk) {
        this.desk = desk;
    }

    @Override
    public List<WorkItem> items() {
        List<WorkItem> items = new ArrayList<>();
        long waiting = desk.waitingForMe();
        if (waiting > 0) {
            items.add(WorkItem.todo("待审核的宣传信息", waiting, "/news?state=SUBMITTED"));
        }
        long returned = desk.returnedToMe();
        if (returned > 0) {
            items.add(WorkItem.todo("被退回的宣传信息", returned, "/news?state=RETURNED"));
        }
        return items;
    }
}
