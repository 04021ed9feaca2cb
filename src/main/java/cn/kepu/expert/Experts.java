package cn.kepu.expert;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Experts extends JpaRepository<Expert, Long>, JpaSpecificationExecutor<Expert> {

    boolean existsByUnit_IdAndNameAndEmployer(Long unitId, String name, String employer);

    boolean existsByUnit_IdAndNameAndEmployerAndIdNot(Long unitId, String name, String employer, Long id);
}
