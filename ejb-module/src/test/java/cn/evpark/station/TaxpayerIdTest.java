package cn.evpark.station;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaxpayerIdTest {

  @Test
  void validCodes_passTheCheckCharacter() {
    assertThat(TaxpayerId.isValid("91350100M000100Y43")).isTrue();
    assertThat(TaxpayerId.isValid("91110000802100433B")).isTrue();
  }

  @Test
  void wrongCheckCharacter_lettersOutsideTheAlphabet_orLength_areRefused() {
    assertThat(TaxpayerId.isValid("91350100M000100Y44")).isFalse();
    assertThat(TaxpayerId.isValid("91350100I000100Y43")).isFalse();
    assertThat(TaxpayerId.isValid("91350100M000100Y4")).isFalse();
    assertThat(TaxpayerId.isValid(null)).isFalse();
  }
}
