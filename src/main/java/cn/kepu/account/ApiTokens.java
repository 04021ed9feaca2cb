package cn.kepu.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;

/** Issues, finds and revokes personal API tokens ({@code kp_} and 43 random URL-safe characters). */
@Component
class ApiTokens {

    static final String PREFIX = "kp_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenStore tokens;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiTokens(ApiTokenStore tokens, Clock clock, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.clock = clock;
        this.events = events;
    }

    /** Returns the token in clear: the only time it exists outside the caller's hands. */
    @Transactional
    String issue(KepuUser owner, String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 50) {
            throw new RuleViolation("name", "请填写令牌名称（不超过50个字），例如“统计脚本”");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken saved = tokens.save(new ApiToken(owner.accountId(), label, sha256(token), token.substring(0, 10),
                clock.instant()));
        events.publishEvent(ActionPerformed.of(AuditAction.TOKEN_CREATE, "API令牌", saved.getId(), label,
                "前缀：" + saved.getTokenPrefix()));
        return token;
    }

    @Transactional
    void revoke(KepuUser owner, long tokenId) {
        ApiToken token = tokens.findById(tokenId).filter(t -> t.getAccountId().equals(owner.accountId()))
                .orElseThrow(() -> new NotFoundException("令牌"));
        token.revoke(clock.instant());
        events.publishEvent(ActionPerformed.of(AuditAction.TOKEN_REVOKE, "API令牌", token.getId(), token.getName(),
                "前缀：" + token.getTokenPrefix()));
    }

    @Transactional(readOnly = true)
    List<ApiToken> of(KepuUser owner) {
        return tokens.findByAccountIdOrderByIdDesc(owner.accountId());
    }

    /** The active token's account id, recording its use. */
    @Transactional
    Optional<Long> accountFor(String token) {
        return tokens.findByTokenHash(sha256(token)).filter(ApiToken::isActive).map(t -> {
            t.usedAt(clock.instant());
            return t.getAccountId();
        });
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
