package cn.kepu.publicity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.plan.ContributionsChanged;
import cn.kepu.plan.CountableQuotas;
import cn.kepu.plan.CountableQuotas.CountableQuota;
import cn.kepu.plan.CountedSource;
import cn.kepu.plan.PlanPublished;
import cn.kepu.plan.QuotaContribution;

/**
 * What news items count toward plan quotas, always derived from the item as it now stands: an adopted item counts 1,
 * in the year it was submitted, toward every quota measuring 新闻稿件 of a published plan covering that year and
 * assigned to its unit or a unit above it. Adopted, returned, taken back or deleted — the item's contributions are
 * replaced as a whole, so an item never counts twice nor stays counted after it was un-adopted.
 */
@Component
class NewsCounting implements CountedSource {

    static final String SOURCE = "publicity";
    /** The words a quota's measure holds when adopted items count toward it ("新闻稿件"). */
    static final String MEASURE = "新闻稿件";

    private final NewsItems items;
    private final CountableQuotas quotas;
    private final ApplicationEventPublisher events;

    NewsCounting(NewsItems items, CountableQuotas quotas, ApplicationEventPublisher events) {
        this.items = items;
        this.quotas = quotas;
        this.events = events;
    }

    static String ref(long itemId) {
        return "news:" + itemId;
    }

    /** The item's contributions again, as it now stands (call after it is saved and flushed). */
    void changed(NewsItem item) {
        events.publishEvent(ContributionsChanged.of(SOURCE, ref(item.getId()), contributions(item, quotas.measuring(MEASURE))));
    }

    /** A deleted item counts nothing any more. */
    void deleted(long itemId) {
        events.publishEvent(ContributionsChanged.of(SOURCE, ref(itemId), List.of()));
    }

    /** A plan published after items were adopted: the adopted items of its years are derived again. */
    @EventListener
    @Transactional
    void on(PlanPublished published) {
        List<CountableQuota> all = quotas.measuring(MEASURE);
        List<CountableQuota> its = all.stream().filter(q -> q.planId() == published.planId()).toList();
        if (its.isEmpty()) {
            return;
        }
        Set<String> refs = new HashSet<>();
        List<QuotaContribution> contributions = new ArrayList<>();
        for (NewsItem item : items.findByStateOrderById(NewsState.ADOPTED)) {
            if (its.stream().anyMatch(q -> q.covers(item.getSubmittedOn().getYear()))) {
                refs.add(ref(item.getId()));
                contributions.addAll(contributions(item, all));
            }
        }
        if (!refs.isEmpty()) {
            events.publishEvent(new ContributionsChanged(SOURCE, refs, contributions));
        }
    }

    static List<QuotaContribution> contributions(NewsItem item, List<CountableQuota> all) {
        if (!item.counts()) {
            return List.of();
        }
        int year = item.getSubmittedOn().getYear();
        List<QuotaContribution> contributions = new ArrayList<>();
        for (CountableQuota q : all) {
            if (q.covers(year) && q.above(item.getUnit().getPath()).isPresent()) {
                contributions.add(new QuotaContribution(q.quotaId(), item.getUnit().getId(), SOURCE, ref(item.getId()), BigDecimal.ONE));
            }
        }
        return contributions;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QuotaContribution> recount() {
        List<CountableQuota> all = quotas.measuring(MEASURE);
        List<QuotaContribution> contributions = new ArrayList<>();
        for (NewsItem item : items.findByStateOrderById(NewsState.ADOPTED)) {
            contributions.addAll(contributions(item, all));
        }
        return contributions;
    }

    @Override
    public String label() {
        return "采用的宣传信息";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> feeding(Collection<Long> quotaIds) {
        Map<Long, String> feeding = new LinkedHashMap<>();
        quotas.measuring(MEASURE, quotaIds).forEach(q -> feeding.put(q, "“信息报送”中上级科协采用的宣传信息（按报送年份）"));
        return feeding;
    }
}
