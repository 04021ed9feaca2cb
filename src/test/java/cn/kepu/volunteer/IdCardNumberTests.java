package cn.kepu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdCardNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "370902198001011230", "370911198503152347", "370902199202291114",
            "37090219850707006X"})
    @DisplayName("校验位正确的身份证号码通过，包括校验位为X的")
    void validNumbersPass(String number) {
        assertThat(IdCardNumber.problemWith(number)).isNull();
        assertThat(IdCardNumber.parse(number).value()).isEqualTo(number);
    }

    @Test
    @DisplayName("小写x和首尾空格按输入习惯接受")
    void lowerCaseXIsAccepted() {
        assertThat(IdCardNumber.parse(" 11010519491231002x ").value()).isEqualTo("11010519491231002X");
    }

    @Test
    @DisplayName("校验位错误的号码被拒绝并说明原因")
    void wrongCheckDigitIsRefused() {
        assertThat(IdCardNumber.problemWith("370902198001011231")).isEqualTo("身份证号码校验位不正确，请核对");
        assertThatThrownBy(() -> IdCardNumber.parse("110105194912310021"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("身份证号码校验位不正确，请核对");
    }

    @Test
    @DisplayName("不存在的出生日期被拒绝")
    void wrongDateIsRefused() {
        assertThat(IdCardNumber.problemWith("370902199302291110")).isEqualTo("身份证号码中的出生日期19930229不是有效日期");
        assertThat(IdCardNumber.problemWith("370902198013011230")).isEqualTo("身份证号码中的出生日期19801301不是有效日期");
    }

    @Test
    @DisplayName("长度不是18位或含非数字被拒绝")
    void wrongLengthIsRefused() {
        assertThat(IdCardNumber.problemWith("37090219800101123")).isEqualTo("身份证号码应为18位");
        assertThat(IdCardNumber.problemWith("")).isEqualTo("身份证号码应为18位");
        assertThat(IdCardNumber.problemWith(null)).isEqualTo("身份证号码应为18位");
        assertThat(IdCardNumber.problemWith("3709021980010112A0")).isEqualTo("身份证号码前17位应为数字，第17位“A”不是数字");
        assertThat(IdCardNumber.problemWith("000000198001011230")).isEqualTo("身份证号码前6位不是有效的地区代码");
    }

    @Test
    @DisplayName("补全校验位后的号码总能通过；展示时只露前4位和后4位")
    void completedNumbersValidateAndMask() {
        IdCardNumber n = IdCardNumber.complete("37090219800101123");
        assertThat(n.value()).isEqualTo("370902198001011230");
        assertThat(n.masked()).isEqualTo("3709**********1230");
        assertThat(n.toString()).isEqualTo("3709**********1230");
        assertThat(n.birthYear()).isEqualTo(1980);
    }
}
