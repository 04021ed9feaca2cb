package cn.kepu.account;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Keeps TOTP secrets unreadable in the database. Unlike a password a secret cannot be hashed — checking a code needs
 * it — so with {@code kepu.security.second-factor.secret-key} (Base64 of 16 or 32 random bytes, kept outside the
 * database) it is sealed with AES-GCM; a copy of the database alone then holds no working secret (等保 level 3:
 * 鉴别数据 confidential in storage). Without a key (the demo) it is stored as Base32, marked so; such a secret still
 * opens after a key is set, and is sealed when its owner next binds an authenticator.
 */
@Component
class SecretSealing {

    private static final Logger log = LoggerFactory.getLogger(SecretSealing.class);
    private static final String PLAIN = "plain:";
    private static final String SEALED = "aes-gcm:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    SecretSealing(@Value("${kepu.security.second-factor.secret-key:}") String key, Environment environment) {
        this.key = key.isBlank() ? null : parse(key.strip());
        if (this.key == null && environment.acceptsProfiles(Profiles.of("prod"))) {
            log.warn("未设置 kepu.security.second-factor.secret-key（KEPU_SECOND_FACTOR_KEY）：两步验证密钥将以明文存入数据库");
        }
    }

    String seal(byte[] secret) {
        if (key == null) {
            return PLAIN + Totp.base32(secret);
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(secret);
            return SEALED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    byte[] open(String stored) {
        if (stored.startsWith(PLAIN)) {
            return Totp.fromBase32(stored.substring(PLAIN.length()));
        }
        if (!stored.startsWith(SEALED)) {
            throw new IllegalStateException("无法识别的两步验证密钥格式");
        }
        if (key == null) {
            throw new IllegalStateException("两步验证密钥已加密保存，但未设置 kepu.security.second-factor.secret-key");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("两步验证密钥无法解密：kepu.security.second-factor.secret-key 与加密时不同", e);
        }
    }

    private static SecretKey parse(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("kepu.security.second-factor.secret-key 应为 Base64 编码的16或32字节随机数", e);
        }
        if (bytes.length != 16 && bytes.length != 32) {
            throw new IllegalStateException("kepu.security.second-factor.secret-key 应为16或32字节，现为" + bytes.length
                    + "字节（可用 openssl rand -base64 32 生成）");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
