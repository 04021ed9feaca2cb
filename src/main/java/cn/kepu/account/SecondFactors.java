package cn.kepu.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SecondFactors extends JpaRepository<SecondFactor, Long> {

    Optional<SecondFactor> findByAccountId(Long accountId);

    boolean existsByAccountId(Long accountId);

    void deleteByAccountId(Long accountId);

    /**
     * Records an accepted code's step only if no later or equal step was recorded: of two requests with the same
     * code at the same moment, one gets 1 and the other 0, so the code still works once.
     */
    @Modifying
    @Query("update SecondFactor f set f.lastUsedStep = :step where f.accountId = :accountId and f.lastUsedStep < :step")
    int useStep(Long accountId, long step);
}
