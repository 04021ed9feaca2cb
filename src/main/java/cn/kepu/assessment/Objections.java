package cn.kepu.assessment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Objections extends JpaRepository<Objection, Long> {

    List<Objection> findBySchemeIdOrderByFiledAt(long schemeId);

    long countBySchemeIdAndAnswerIsNull(long schemeId);
}
