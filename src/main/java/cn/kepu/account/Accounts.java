package cn.kepu.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Accounts extends JpaRepository<Account, Long>, JpaSpecificationExecutor<Account> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    List<Account> findByOrganizationIdAndStatusAndEmailIsNotNull(Long organizationId, AccountStatus status);
}
