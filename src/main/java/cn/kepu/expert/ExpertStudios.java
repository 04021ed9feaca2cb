package cn.kepu.expert;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ExpertStudios extends JpaRepository<ExpertStudio, Long>, JpaSpecificationExecutor<ExpertStudio> {

    boolean existsByUnit_IdAndName(Long unitId, String name);

    boolean existsByUnit_IdAndNameAndIdNot(Long unitId, String name, Long id);

    List<ExpertStudio> findByLeadExpert_Id(Long expertId);
}
