package cn.kepu.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.kepu.support.Times;

/**
 * Appends audit records and searches them. Deliberately not a Spring Data repository: the log offers no
 * update and no delete to anyone.
 */
@Component
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;
    private final Clock clock;
    private final Times times;

    AuditTrail(Clock clock, Times times) {
        this.clock = clock;
        this.times = times;
    }

    /** Runs in the publisher's transaction: a change that rolls back leaves no entry, and the reverse. */
    @EventListener
    @Transactional
    public void on(ActionPerformed record) {
        AuditActor actor = record.actor() != null ? record.actor() : currentActor();
        em.persist(new AuditEvent(clock.instant(), actor, clientAddress(), record));
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> search(AuditFilter filter, int page, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> e = query.from(AuditEvent.class);
        query.where(where(filter, cb, e)).orderBy(cb.desc(e.get("occurredAt")), cb.desc(e.get("id")));
        List<AuditEvent> rows = em.createQuery(query).setFirstResult(page * size).setMaxResults(size).getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEvent> c = count.from(AuditEvent.class);
        count.select(cb.count(c)).where(where(filter, cb, c));
        return new PageImpl<>(rows, PageRequest.of(page, size), em.createQuery(count).getSingleResult());
    }

    /** Every matching entry, newest first, in batches so an export of a long period stays in little memory. */
    @Transactional(readOnly = true)
    public void forEach(AuditFilter filter, Consumer<AuditEvent> action) {
        int batch = 1000;
        for (int page = 0;; page++) {
            List<AuditEvent> rows = search(filter, page, batch).getContent();
            rows.forEach(action);
            em.clear();
            if (rows.size() < batch) {
                return;
            }
        }
    }

    private Predicate[] where(AuditFilter filter, CriteriaBuilder cb, Root<AuditEvent> e) {
        List<Predicate> where = new ArrayList<>();
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(e.get("occurredAt"), filter.from().atStartOfDay(times.zone()).toInstant()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(e.get("occurredAt"), filter.to().plusDays(1).atStartOfDay(times.zone()).toInstant()));
        }
        if (filter.username() != null && !filter.username().isBlank()) {
            where.add(cb.equal(e.get("username"), filter.username().strip()));
        }
        if (filter.action() != null) {
            where.add(cb.equal(e.get("action"), filter.action().name()));
        }
        if (filter.success() != null) {
            where.add(cb.equal(e.get("result"), filter.success() ? "SUCCESS" : "FAILURE"));
        }
        if (filter.keyword() != null && !filter.keyword().isBlank()) {
            String like = "%" + filter.keyword().strip() + "%";
            where.add(cb.or(cb.like(e.get("objectName"), like), cb.like(e.get("summary"), like),
                    cb.like(e.get("organizationName"), like)));
        }
        return where.toArray(Predicate[]::new);
    }

    private static AuditActor currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AuditActor actor) {
            return actor;
        }
        if (auth != null) {
            String name = auth.getName();
            return new AuditActor() {
                public String username() {
                    return name;
                }

                public Long organizationId() {
                    return null;
                }

                public String organizationName() {
                    return null;
                }
            };
        }
        return null;
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
