package cn.kepu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.env.MockEnvironment;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** RFC 6238 itself, the drift window and replay, on a fixed clock; and the secret's text, QR code and sealing. */
class TotpTests {

    /** RFC 6238 appendix B: the SHA1 seed, ASCII "12345678901234567890". */
    static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    static Totp at(long epochSecond) {
        return new Totp(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @ParameterizedTest(name = "T={0} → {1}")
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    @DisplayName("RFC 6238 附录B的 SHA1 测试向量：8位与截取后的6位")
    void rfcVectors(long time, String eightDigits) {
        assertThat(Totp.code(RFC_SECRET, time / 30, 8)).isEqualTo(eightDigits);
        String six = eightDigits.substring(2);
        assertThat(Totp.code(RFC_SECRET, time / 30, 6)).isEqualTo(six);
        assertThat(at(time).now(RFC_SECRET)).as("固定时钟下此刻的验证码").isEqualTo(six);
        assertThat(at(time).check(RFC_SECRET, six, -1).accepted()).isTrue();
    }

    @Test
    @DisplayName("时钟偏差：前后各1个时间步（30秒）的验证码有效，差2步无效")
    void driftWindow() {
        long t = 1111111109;
        long step = t / 30;
        Totp totp = at(t);
        for (long d = -1; d <= 1; d++) {
            Totp.Verdict verdict = totp.check(RFC_SECRET, Totp.code(RFC_SECRET, step + d, 6), -1);
            assertThat(verdict.accepted()).as("偏差 %d 步", d).isTrue();
            assertThat(verdict.step()).isEqualTo(step + d);
        }
        assertThat(totp.check(RFC_SECRET, Totp.code(RFC_SECRET, step - 2, 6), -1).kind()).isEqualTo(Totp.Verdict.Kind.WRONG);
        assertThat(totp.check(RFC_SECRET, Totp.code(RFC_SECRET, step + 2, 6), -1).kind()).isEqualTo(Totp.Verdict.Kind.WRONG);
    }

    @Test
    @DisplayName("重放：用过的时间步及更早的验证码一律拒绝，下一步的验证码可用")
    void replayRefused() {
        long t = 1234567890;
        long step = t / 30;
        Totp totp = at(t);
        String now = Totp.code(RFC_SECRET, step, 6);
        Totp.Verdict first = totp.check(RFC_SECRET, now, step - 5);
        assertThat(first.accepted()).isTrue();
        assertThat(totp.check(RFC_SECRET, now, first.step()).kind()).as("同一验证码第二次").isEqualTo(Totp.Verdict.Kind.REUSED);
        assertThat(totp.check(RFC_SECRET, Totp.code(RFC_SECRET, step - 1, 6), first.step()).kind())
                .as("用过之后，更早一步的验证码也不行").isEqualTo(Totp.Verdict.Kind.REUSED);
        assertThat(totp.check(RFC_SECRET, Totp.code(RFC_SECRET, step + 1, 6), first.step()).accepted()).isTrue();
    }

    @Test
    @DisplayName("格式不对的输入一律不通过")
    void malformedCodes() {
        Totp totp = at(59);
        for (String bad : new String[] {null, "", "28708", "2870820", "28708a", "94287082"}) {
            assertThat(totp.check(RFC_SECRET, bad, -1).kind()).as(String.valueOf(bad)).isEqualTo(Totp.Verdict.Kind.WRONG);
        }
        assertThat(totp.check(RFC_SECRET, " 287082 ", -1).accepted()).as("首尾空格无妨").isTrue();
    }

    @Test
    @DisplayName("Base32：RFC 4648 测试向量；手抄的小写、空格也能读；新密钥160位、32个字符")
    void base32() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Totp.fromBase32("mzxw 6ytb oi"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        byte[] secret = Totp.newSecret();
        assertThat(secret).hasSize(20);
        assertThat(Totp.base32(secret)).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.fromBase32(Totp.base32(secret))).isEqualTo(secret);
        assertThat(Totp.newSecret()).isNotEqualTo(secret);
    }

    @Test
    @DisplayName("otpauth 链接按验证器的格式写，中文发行方经 URL 编码；页面上的 SVG 二维码扫出来正是这个链接")
    void qrCodeCarriesTheKeyUri() throws Exception {
        String uri = QrCodes.otpauthUri("zhang san", "JBSWY3DPEHPK3PXP");
        String issuer = "%E7%A7%91%E6%99%AE%E5%B7%A5%E4%BD%9C%E7%AE%A1%E7%90%86%E5%B9%B3%E5%8F%B0";
        assertThat(uri).isEqualTo("otpauth://totp/" + issuer + ":zhang%20san?secret=JBSWY3DPEHPK3PXP&issuer=" + issuer);
        assertThat(QrCodes.svgDataUri(uri)).startsWith("data:image/svg+xml;base64,");
        assertThat(scan(QrCodes.svg(uri))).isEqualTo(uri);
    }

    /** Draws the SVG's runs back into pixels (4 per module) and reads them with ZXing's decoder. */
    static String scan(String svg) throws Exception {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1));
        int scale = 4;
        int[] pixels = new int[size * scale * size * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(svg);
        while (run.find()) {
            int x0 = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            for (int x = x0; x < x0 + length; x++) {
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0;
                    }
                }
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size * scale, size * scale, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }

    @Test
    @DisplayName("有密钥时用 AES-GCM 加密保存（每次密文不同，换了密钥打不开）；无密钥时明文保存并标明，设了密钥后仍能读")
    void secretSealing() {
        byte[] secret = Totp.newSecret();
        String key = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
        SecretSealing sealing = new SecretSealing(key, new MockEnvironment());
        String sealed = sealing.seal(secret);
        assertThat(sealed).startsWith("aes-gcm:").doesNotContain(Totp.base32(secret));
        assertThat(sealing.seal(secret)).isNotEqualTo(sealed);
        assertThat(sealing.open(sealed)).isEqualTo(secret);
        assertThatThrownBy(() -> new SecretSealing("ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=", new MockEnvironment())
                .open(sealed)).hasMessageContaining("无法解密");
        assertThatThrownBy(() -> new SecretSealing("", new MockEnvironment()).open(sealed))
                .hasMessageContaining("未设置 kepu.security.second-factor.secret-key");

        String plain = new SecretSealing("", new MockEnvironment()).seal(secret);
        assertThat(plain).isEqualTo("plain:" + Totp.base32(secret));
        assertThat(sealing.open(plain)).isEqualTo(secret);
        assertThatThrownBy(() -> new SecretSealing("c2hvcnQ=", new MockEnvironment())).hasMessageContaining("应为16或32字节");
    }

    @Test
    @DisplayName("须两步验证的角色按名称逗号分隔；写错的角色名启动即报错")
    void requiredRolesParse() {
        assertThat(SecondFactorPolicy.parse(" SYSTEM_ADMIN, SECURITY_ADMIN ")).isEqualTo(EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN));
        assertThat(SecondFactorPolicy.parse("")).isEmpty();
        assertThatThrownBy(() -> SecondFactorPolicy.parse("ADMIN")).hasMessageContaining("角色“ADMIN”不存在");
    }
}
