package cn.kepu.project;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProjectCalls extends JpaRepository<ProjectCall, Long> {

    List<ProjectCall> findAllByOrderByIdDesc();

    boolean existsByIssuer_IdAndTitle(long issuerId, String title);

    /** The call, locked until the transaction ends: two approvals at once must not both fit the same remaining budget. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ProjectCall c where c.id = ?1")
    Optional<ProjectCall> lockById(long id);
}
