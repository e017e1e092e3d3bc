package cn.evpark.web.charging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.charging.ChargingType;
import cn.evpark.charging.OrderState;
import cn.evpark.charging.PaymentStatus;
import cn.evpark.wallet.AccountKind;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderTextsTest {

  static OrderTexts texts(String language) {
    ResourceBundle bundle =
        ResourceBundle.getBundle("cn.evpark.web.i18n.messages", Locale.forLanguageTag(language));
    return new OrderTexts(bundle::getString);
  }

  static OrderLine line(
      String type, String state, String payment, Long seconds, Integer stopCode, String stopText) {
    return line(type, null, state, payment, seconds, stopCode, stopText);
  }

  static OrderLine line(
      String type,
      Integer typeCode,
      String state,
      String payment,
      Long seconds,
      Integer stopCode,
      String stopText) {
    return line(
        type, typeCode, state, payment, seconds, stopCode, stopText, new BigDecimal("15.00"), null);
  }

  static OrderLine line(
      String type,
      Integer typeCode,
      String state,
      String payment,
      Long seconds,
      Integer stopCode,
      String stopText,
      BigDecimal total,
      BigDecimal benefitSaving) {
    return new OrderLine(
        "202611250000000051",
        "上海市黄浦区联谊大厦充电站",
        "",
        "32010200000001",
        1,
        "3201020000000101261125020000000" + "1",
        type,
        typeCode,
        new BigDecimal("12.5000"),
        "2026-11-25 11:00:00",
        "2026-11-25 11:45:00",
        "2026-11-25 11:46:01",
        seconds,
        new BigDecimal("5.00"),
        new BigDecimal("10.00"),
        total,
        benefitSaving,
        new BigDecimal("0.00"),
        new BigDecimal("0.00"),
        state,
        payment,
        stopCode,
        stopText,
        false,
        null);
  }

  static OrderLine settled() {
    return line("OFFLINE_CARD", "SETTLED", "UNPAID", 2700L, 0x41, "SOC reached 100 %");
  }

  @Test
  void chinese_labelsAsTheManualWritesThem() {
    OrderTexts zh = texts("zh");
    OrderLine order = settled();

    assertThat(zh.state(order)).isEqualTo("充电完成");
    assertThat(zh.paymentStatus(order)).isEqualTo("未支付");
    assertThat(zh.chargingType(order)).isEqualTo("离线卡充电");
    assertThat(zh.duration(order)).isEqualTo("45分钟0秒");
    assertThat(zh.stopReason(order)).isEqualTo("SOC达到100%");
  }

  @Test
  void chargingType_ofAVendorsTransactionType_showsThePilesByte() {
    // pile-edge issue, item 1: a 0x3B whose transaction type is 0x03 makes an OTHER order
    OrderLine vendors = line("OTHER", 0x03, "SETTLED", "UNPAID", 2700L, 0x41, "SOC reached 100 %");

    assertThat(texts("zh").chargingType(vendors)).isEqualTo("其他 0x03");
    assertThat(texts("en").chargingType(vendors)).isEqualTo("Other 0x03");
    assertThat(texts("zh").chargingType(line("APP", 0x01, "SETTLED", "PAID", 1L, null, null)))
        .isEqualTo("扫码充电");
  }

  @Test
  void duration_minutesAndSeconds_orHoursFirst() {
    OrderTexts zh = texts("zh");

    assertThat(zh.duration(line("APP", "SETTLED", "PAID", 1495L, null, null))).isEqualTo("24分钟55秒");
    assertThat(zh.duration(line("APP", "SETTLED", "PAID", 3723L, null, null)))
        .isEqualTo("1小时2分钟3秒");
    assertThat(texts("en").duration(line("APP", "SETTLED", "PAID", 3723L, null, null)))
        .isEqualTo("1 h 2 min 3 s");
  }

  @Test
  void unsettledOrder_hasNoPaymentDurationOrStopReason() {
    OrderTexts zh = texts("zh");
    OrderLine charging = line("APP", "CHARGING", null, null, null, null);

    assertThat(zh.state(charging)).isEqualTo("充电中");
    assertThat(zh.paymentStatus(charging)).isEmpty();
    assertThat(zh.duration(charging)).isEmpty();
    assertThat(zh.stopReason(charging)).isEmpty();
  }

  @Test
  void stopReason_vendorCode_showsTheCodeInHexAndItsMeaning() {
    OrderLine vendor = line("APP", "SETTLED", "PAID", 60L, 0xA5, "vendor-specific code");

    assertThat(texts("zh").stopReason(vendor)).isEqualTo("0xA5 vendor-specific code");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void everyCodedValue_hasItsWords(String language) {
    OrderTexts texts = texts(language);

    for (ChargingType type : ChargingType.values()) {
      assertThat(texts.chargingType(line(type.name(), "SETTLED", null, null, null, null)))
          .isNotBlank();
    }
    for (OrderState state : OrderState.values()) {
      assertThat(texts.state(line("APP", state.name(), null, null, null, null))).isNotBlank();
    }
    for (PaymentStatus status : PaymentStatus.values()) {
      assertThat(texts.paymentStatus(line("APP", "SETTLED", status.name(), null, null, null)))
          .isNotBlank();
    }
    Stream.of(AccountKind.values())
        .forEach(kind -> assertThat(texts.account(kind.name())).isNotBlank());
    OrderSheet.COLUMNS.forEach(column -> assertThat(texts.label(column)).isNotBlank());
  }
}
