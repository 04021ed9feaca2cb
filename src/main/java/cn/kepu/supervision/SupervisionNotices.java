package cn.kepu.supervision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface SupervisionNotices extends JpaRepository<SupervisionNotice, Long>, JpaSpecificationExecutor<SupervisionNotice> {

    boolean existsByIssuer_IdAndNumber(long issuerId, String number);

    @Query("select n.number from SupervisionNotice n where n.issuer.id = ?1 and n.number like ?2")
    List<String> numbersLike(long issuerId, String pattern);

    List<SupervisionNotice> findByIssuer_IdAndSentOnBetweenOrderBySentOnAscIdAsc(long issuerId, LocalDate from, LocalDate to);

    List<SupervisionNotice> findByStateIn(Collection<NoticeState> states);

    @Query("""
            select n.unit.id, count(n) from SupervisionNotice n
            where n.unit.id in ?1 and n.sentOn between ?2 and ?3 group by n.unit.id""")
    List<Object[]> countsByUnit(Collection<Long> unitIds, LocalDate from, LocalDate to);
}
