package cn.kepu.volunteer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Volunteers extends JpaRepository<Volunteer, Long>, JpaSpecificationExecutor<Volunteer> {

    Optional<Volunteer> findByIdCardHash(String idCardHash);

    long countByTeam_IdAndErasedAtIsNull(long teamId);

    long countByTeam_Unit_IdAndErasedAtIsNull(long unitId);

    @Query("select v.team.id, count(v) from Volunteer v where v.team.id in :teams and v.erasedAt is null group by v.team.id")
    List<Object[]> sizesOf(Collection<Long> teams);

    List<Volunteer> findByTeam_IdAndErasedAtIsNullOrderByNameAscIdAsc(long teamId);
}
