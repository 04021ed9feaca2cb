package cn.kepu.plan;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuotaActuals extends JpaRepository<QuotaActual, Long> {

    /** Per quota and organization path beneath {@code path}: the sums from which subtree totals are added up. */
    @Query("""
            select a.quotaId, o.path, sum(a.amount) from QuotaActual a, Organization o
            where o.id = a.organizationId and a.quotaId in :quotaIds and o.path like concat(:path, '%')
            group by a.quotaId, o.path""")
    List<Object[]> sumsByPath(Collection<Long> quotaIds, String path);

    /** Per quota, source and organization within the subtree at this path: what an actual is made of. */
    @Query("""
            select a.quotaId, a.source, a.organizationId, sum(a.amount) from QuotaActual a, Organization o
            where o.id = a.organizationId and a.quotaId in :quotaIds and o.path like concat(:path, '%')
            group by a.quotaId, a.source, a.organizationId""")
    List<Object[]> partsWithin(Collection<Long> quotaIds, String path);
}
