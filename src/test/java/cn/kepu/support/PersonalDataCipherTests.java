package cn.kepu.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTests {

    private final PersonalDataCipher cipher = PersonalDataCipher.ofHexKey("00112233445566778899aabbccddeeff");

    @Test
    @DisplayName("SM4/GCM加密后可还原，同一号码每次密文不同，密文中不见明文")
    void encryptsWithAFreshIvEachTime() {
        String a = cipher.encrypt("370902198001011230");
        String b = cipher.encrypt("370902198001011230");
        assertThat(a).isNotEqualTo(b).doesNotContain("370902198001011230").doesNotContain("1230");
        assertThat(Base64.getDecoder().decode(a)).hasSize(12 + 18 + 16);
        assertThat(cipher.decrypt(a)).isEqualTo("370902198001011230");
        assertThat(cipher.decrypt(b)).isEqualTo("370902198001011230");
    }

    @Test
    @DisplayName("密钥不同或密文被改动时拒绝解密")
    void refusesAnotherKeyAndTampering() {
        String sealed = cipher.encrypt("13812345678");
        PersonalDataCipher other = PersonalDataCipher.ofHexKey("ffeeddccbbaa99887766554433221100");
        assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("个人信息无法解密");
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(bytes)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("带密钥的摘要：同一号码摘要相同，换密钥则不同，摘要中不见明文")
    void keyedHashIsStableAndKeyed() {
        String h = cipher.hash("370902198001011230");
        assertThat(h).isEqualTo(cipher.hash("370902198001011230")).hasSize(64).doesNotContain("1230");
        assertThat(PersonalDataCipher.ofHexKey("ffeeddccbbaa99887766554433221100").hash("370902198001011230")).isNotEqualTo(h);
    }

    @Test
    @DisplayName("未设置或格式不对的密钥给出中文说明")
    void missingKeyIsExplained() {
        assertThatThrownBy(() -> PersonalDataCipher.ofHexKey("")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("未设置个人信息加密密钥 kepu.personal-data.key");
        assertThatThrownBy(() -> PersonalDataCipher.ofHexKey("abc")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("应为32位十六进制");
    }
}
