package cn.kepu.support;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * 个人信息加密 (个人信息保护法, GB/T 35273): SM4 in GCM mode with a random 12-byte IV per value, stored as one Base64
 * text column (IV followed by ciphertext and tag), and beside it an HMAC-SM3 keyed hash for duplicate checks and exact
 * search. Both keys are derived from the one configured 128-bit key ({@code kepu.personal-data.key}, hex), which
 * never enters the database: the encryption key and the hash key differ, so the hash reveals nothing about the other.
 */
public final class PersonalDataCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final byte[] encryptionKey;
    private final byte[] hashKey;
    private final SecureRandom random = new SecureRandom();
    // A GCM cipher set up once per thread and key: setting up SM4 and GCM's multiplication table for every value cost
    // ~0.1 ms, 12 s of an export of 50,000 volunteers' numbers and phones. Later values pass only their IV (a null key
    // keeps the one set up); each value still has its own random IV.
    private final ThreadLocal<GCMModeCipher> encrypting = new ThreadLocal<>();
    private final ThreadLocal<GCMModeCipher> decrypting = new ThreadLocal<>();

    private PersonalDataCipher(byte[] master) {
        this.encryptionKey = Arrays.copyOf(hmac(master, "kepu-personal-data-sm4"), 16);
        this.hashKey = hmac(master, "kepu-personal-data-hmac");
    }

    /** The configured key: 32 hexadecimal characters (128 bits); throws with a Chinese message otherwise. */
    public static PersonalDataCipher ofHexKey(String hex) {
        String problem = problemWithKey(hex);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        return new PersonalDataCipher(HexFormat.of().parseHex(hex.strip()));
    }

    static String problemWithKey(String hex) {
        if (hex == null || hex.isBlank()) {
            return "未设置个人信息加密密钥 kepu.personal-data.key（环境变量 KEPU_PERSONAL_DATA_KEY），"
                    + "应为32位十六进制（128位），可用 openssl rand -hex 16 生成";
        }
        if (!hex.strip().matches("[0-9a-fA-F]{32}")) {
            return "个人信息加密密钥 kepu.personal-data.key 应为32位十六进制（128位），可用 openssl rand -hex 16 生成";
        }
        return null;
    }

    /** Base64 of IV and SM4/GCM ciphertext with its tag; null stays null. */
    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        GCMModeCipher gcm = gcm(encrypting, true, iv);
        byte[] in = plain.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[IV_BYTES + gcm.getOutputSize(in.length)];
        System.arraycopy(iv, 0, out, 0, IV_BYTES);
        int n = gcm.processBytes(in, 0, in.length, out, IV_BYTES);
        try {
            gcm.doFinal(out, IV_BYTES + n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
        return Base64.getEncoder().encodeToString(out);
    }

    /** The plain text back; a value altered or sealed with another key is refused. */
    public String decrypt(String sealed) {
        if (sealed == null) {
            return null;
        }
        byte[] all = Base64.getDecoder().decode(sealed);
        GCMModeCipher gcm = gcm(decrypting, false, Arrays.copyOf(all, IV_BYTES));
        byte[] out = new byte[gcm.getOutputSize(all.length - IV_BYTES)];
        int n = gcm.processBytes(all, IV_BYTES, all.length - IV_BYTES, out, 0);
        try {
            n += gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("个人信息无法解密：数据被改动，或 kepu.personal-data.key 与加密时不同", e);
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    /** HMAC-SM3 of the value with the hash key, hex: equal values give equal hashes, and nothing else follows. */
    public String hash(String plain) {
        return plain == null ? null : HexFormat.of().formatHex(hmac(hashKey, plain));
    }

    private GCMModeCipher gcm(ThreadLocal<GCMModeCipher> perThread, boolean encrypt, byte[] iv) {
        GCMModeCipher gcm = perThread.get();
        if (gcm == null) {
            gcm = GCMBlockCipher.newInstance(new SM4Engine());
            gcm.init(encrypt, new AEADParameters(new KeyParameter(encryptionKey), TAG_BITS, iv));
            perThread.set(gcm);
        } else {
            gcm.init(encrypt, new AEADParameters(null, TAG_BITS, iv));
        }
        return gcm;
    }

    private static byte[] hmac(byte[] key, String text) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        mac.update(in, 0, in.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }
}
