package cn.kepu.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface Evidences extends JpaRepository<Evidence, Long> {
}
