package cn.kepu.assessment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SchemeIndicators extends JpaRepository<SchemeIndicator, Long> {

    List<SchemeIndicator> findBySchemeIdOrderByPosition(long schemeId);

    boolean existsBySchemeIdAndName(long schemeId, String name);
}
