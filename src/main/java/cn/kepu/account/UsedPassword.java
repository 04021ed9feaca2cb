package cn.kepu.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A hash of a password an account had, so the policy can refuse the recent ones. */
@Entity
@Table(name = "password_history")
class UsedPassword {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    private String passwordHash;
    private Instant createdAt;

    protected UsedPassword() {
    }

    UsedPassword(Long accountId, String passwordHash, Instant createdAt) {
        this.accountId = accountId;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    String getPasswordHash() {
        return passwordHash;
    }
}
