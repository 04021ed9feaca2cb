package cn.kepu.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Entries extends JpaRepository<Entry, Long> {

    List<Entry> findBySchemeId(long schemeId);

    List<Entry> findBySchemeIdAndOrganizationId(long schemeId, long organizationId);

    Optional<Entry> findByIndicatorIdAndOrganizationId(long indicatorId, long organizationId);
}
