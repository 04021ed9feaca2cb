package cn.kepu.assessment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Schemes extends JpaRepository<Scheme, Long> {

    boolean existsByIssuer_IdAndTitle(long issuerId, String title);

    List<Scheme> findByIssuer_IdOrderByYearDescIdDesc(long issuerId);
}
