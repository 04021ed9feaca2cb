package cn.kepu.volunteer;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface VolunteerTeams extends JpaRepository<VolunteerTeam, Long>, JpaSpecificationExecutor<VolunteerTeam> {

    Optional<VolunteerTeam> findByUnitIdAndName(Long unitId, String name);
}
