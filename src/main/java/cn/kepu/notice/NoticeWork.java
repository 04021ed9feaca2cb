package cn.kepu.notice;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.kepu.home.WorkItem;
import cn.kepu.home.WorkSource;

/** Unread notices, as one line of the workbench. */
@Component
class NoticeWork implements WorkSource {

    private final Notifications notifications;

    NoticeWork(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public List<WorkItem> items() {
        long unread = notifications.unread();
        return unread == 0 ? List.of() : List.of(WorkItem.todo("未读通知", unread, "/notifications"));
    }
}
