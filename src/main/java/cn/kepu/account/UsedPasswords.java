package cn.kepu.account;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface UsedPasswords extends JpaRepository<UsedPassword, Long> {

    List<UsedPassword> findByAccountIdOrderByIdDesc(Long accountId, Limit limit);
}
