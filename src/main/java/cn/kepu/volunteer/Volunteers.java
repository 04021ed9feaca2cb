package cn.kepu.volunteer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Volunteers extends JpaRepository<Volunteer, Long>, JpaSpecificationExecutor<Volunteer> {

    Optional<Volunteer> findByIdCardHash(String idCardHash);

    long countByTeam_IdAndErasedAtIsNull(long teamId);

    List<Volunteer> findByTeam_IdAndErasedAtIsNullOrderByNameAscIdAsc(long teamId);
}
