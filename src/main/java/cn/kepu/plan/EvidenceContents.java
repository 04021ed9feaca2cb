package cn.kepu.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceContents extends JpaRepository<EvidenceContent, Long> {
}
