package cn.kepu.works;

import java.util.List;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface WorkCalls extends JpaRepository<WorkCall, Long> {

    List<WorkCall> findAllByOrderByIdDesc();

    List<WorkCall> findByAwardsPublishedAtIsNotNullOrderByIdDesc();

    /** The call locked for the rest of the transaction: submissions to it are counted one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from WorkCall c where c.id = ?1")
    Optional<WorkCall> lockById(long id);

    boolean existsByIssuer_IdAndTitle(long issuerId, String title);
}
