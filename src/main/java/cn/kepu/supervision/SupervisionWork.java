package cn.kepu.supervision;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.home.WorkItem;
import cn.kepu.home.WorkSource;

/** 督办 on the workbench: a unit's notices to reply to (and their reply-by dates), an issuer's replies to review. */
@Component
@Transactional(readOnly = true)
class SupervisionWork implements WorkSource {

    private final NoticeCatalog catalog;

    SupervisionWork(NoticeCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<WorkItem> items() {
        List<WorkItem> items = new ArrayList<>();
        List<SupervisionNotice> toReply = catalog.list(new NoticeCatalog.Filter(null, false, "to-reply"));
        if (!toReply.isEmpty()) {
            items.add(WorkItem.todo("待回复的督办单", toReply.size(), "/supervision-notices?box=to-reply"));
            toReply.forEach(n -> items.add(WorkItem.deadline("回复督办单" + n.getNumber(), n.getReplyBy(),
                    n.getIssuer().getName(), "/supervision-notices/" + n.getId())));
        }
        List<SupervisionNotice> toReview = catalog.list(new NoticeCatalog.Filter(null, false, "to-review"));
        if (!toReview.isEmpty()) {
            items.add(WorkItem.todo("待审核的督办回复", toReview.size(), "/supervision-notices?box=to-review"));
        }
        return items;
    }
}
