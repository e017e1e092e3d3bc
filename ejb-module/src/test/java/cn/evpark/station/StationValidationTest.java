package cn.evpark.station;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class StationValidationTest {

  static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  static StationDetails details(String phone, String latitude, String longitude) {
    return new StationDetails(
        "上海市黄浦区联谊大厦充电站",
        "310000",
        "310100",
        "310101",
        "延安东路618号",
        new BigDecimal(latitude),
        new BigDecimal(longitude),
        Scenario.OFFICE,
        phone);
  }

  static <T> Set<String> invalid(T value) {
    return VALIDATOR.validate(value).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  @Test
  void station_inShanghai_withAMobileNumber_isValid() {
    assertThat(invalid(details("13800138000", "31.230416", "121.473701"))).isEmpty();
  }

  @Test
  void contactPhone_mustBeAMainlandMobileNumber() {
    assertThat(invalid(details("02112345678", "31.2", "121.4"))).containsExactly("contactPhone");
    assertThat(invalid(details("1380013800", "31.2", "121.4"))).containsExactly("contactPhone");
    assertThat(invalid(details("+8613800138000", "31.2", "121.4"))).containsExactly("contactPhone");
    assertThat(invalid(details("12800138000", "31.2", "121.4"))).containsExactly("contactPhone");
  }

  @Test
  void coordinates_outsideChina_orTooPrecise_areRefused() {
    assertThat(invalid(details("13800138000", "91", "121.4"))).containsExactly("latitude");
    assertThat(invalid(details("13800138000", "31.2", "-121.4"))).containsExactly("longitude");
    assertThat(invalid(details("13800138000", "31.1234567", "121.4"))).containsExactly("latitude");
  }

  @Test
  void interconnection_whenEnabled_needsAllFiveParameters_inTheirLengths() {
    Interconnection complete =
        new Interconnection(
            true,
            "MA01H3BQ2",
            "1234567890abcdef",
            "1234567890abcdef",
            "1234567890abcdef",
            "1234567890abcdef");
    Interconnection missing = new Interconnection(true, "MA01H3BQ2", "", "", "", "");
    Interconnection shortSecret = new Interconnection(false, "MA01H3BQ", "12345", "", "", "");

    assertThat(invalid(complete)).isEmpty();
    assertThat(invalid(missing)).containsExactly("complete");
    assertThat(invalid(shortSecret)).containsExactlyInAnyOrder("operatorId", "operatorSecret");
    assertThat(invalid(Interconnection.none())).isEmpty();
  }

  @Test
  void paymentFeeRate_isAPercentageOfAtMostTenWithTwoDecimals() {
    assertThat(invalid(new PaymentSettings(true, new BigDecimal("0.6")))).isEmpty();
    assertThat(new PaymentSettings(true, new BigDecimal("0.6")).channelFeePercent())
        .hasToString("0.60");
    assertThat(invalid(new PaymentSettings(true, new BigDecimal("10.01"))))
        .containsExactly("channelFeePercent");
    assertThat(invalid(new PaymentSettings(true, new BigDecimal("-1"))))
        .containsExactly("channelFeePercent");
  }

  @Test
  void invoicing_needsAValidTaxpayerId() {
    assertThat(invalid(new InvoiceSettings(true, "上海某某停车管理有限公司", "91350100M000100Y43"))).isEmpty();
    assertThat(invalid(new InvoiceSettings(true, "上海某某停车管理有限公司", "91350100M000100Y44")))
        .containsExactly("taxpayerIdValid");
    assertThat(invalid(new InvoiceSettings(true, "", ""))).containsExactly("complete");
  }

  @Test
  void taxAccount_needsAMobileNumber() {
    assertThat(invalid(new TaxAccount("tax-account-01", "张三", "13900001111"))).isEmpty();
    assertThat(invalid(new TaxAccount("tax-account-01", "张三", "021-5555")))
        .containsExactly("phone");
  }
}
