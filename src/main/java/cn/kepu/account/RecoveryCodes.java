package cn.kepu.account;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodes extends JpaRepository<RecoveryCode, Long> {

    List<RecoveryCode> findByAccountIdAndUsedAtIsNull(Long accountId);

    long countByAccountIdAndUsedAtIsNull(Long accountId);

    void deleteByAccountId(Long accountId);

    @Modifying
    @Query("update RecoveryCode c set c.usedAt = :now where c.id = :id and c.usedAt is null")
    int spend(Long id, Instant now);
}
