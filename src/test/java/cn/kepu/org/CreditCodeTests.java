package cn.kepu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91440300192179585N", "12100000400000624D"})
    @DisplayName("公开的真实统一社会信用代码校验通过")
    void realCodesAreValid(String code) {
        assertThat(CreditCode.problemWith(code)).isNull();
    }

    @Test
    @DisplayName("校验位错一位即被识别")
    void wrongCheckCharacterIsCaught() {
        assertThat(CreditCode.problemWith("91350100M000100Y44")).isEqualTo("统一社会信用代码校验位不正确，请核对");
    }

    @Test
    @DisplayName("不允许的字母（I O S V Z）指出位置")
    void lettersOutsideTheAlphabetAreNamed() {
        assertThat(CreditCode.problemWith("91350100M000100I43")).isEqualTo("统一社会信用代码第16位“I”不是有效字符（不使用 I、O、S、V、Z）");
    }

    @Test
    void lengthIsChecked() {
        assertThat(CreditCode.problemWith("9135010")).isEqualTo("统一社会信用代码应为18位");
        assertThatThrownBy(() -> new CreditCode("123")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("补全校验位后的代码总能通过校验，小写输入也被接受")
    void completedCodesValidate() {
        CreditCode code = CreditCode.complete("51370900MJ0000001");
        assertThat(CreditCode.problemWith(code.value())).isNull();
        assertThat(CreditCode.parse(" " + code.value().toLowerCase() + " ")).isEqualTo(code);
    }
}
