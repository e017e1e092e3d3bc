package cn.evpark.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhysicalNumbersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"D14B0A54", "d14b0a54", " D1 4B 0A 54 ", "0xD14B0A54", "00000000D14B0A54"})
  void parse_typedOrReadNumber_isLeftPaddedAsThePileSendsIt(String typed) {
    assertThat(PhysicalNumbers.parse(typed).hex()).isEqualTo("00000000D14B0A54");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "0000", "D14B0A5G", "1234567890ABCDEF0", "卡号"})
  void parse_notOneToSixteenHexDigitsOrAllZeros_isRefused(String typed) {
    assertThatThrownBy(() -> PhysicalNumbers.parse(typed))
        .isInstanceOf(InvalidCardNumberException.class)
        .extracting(e -> ((InvalidCardNumberException) e).code())
        .isEqualTo("card.physical.invalid");
  }

  @org.junit.jupiter.api.Test
  void parse_null_isRefused() {
    assertThatThrownBy(() -> PhysicalNumbers.parse(null))
        .isInstanceOf(InvalidCardNumberException.class);
  }
}
