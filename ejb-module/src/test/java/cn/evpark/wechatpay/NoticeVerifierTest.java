package cn.evpark.wechatpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.shared.Money;
import com.wechat.pay.java.service.payments.model.Transaction.TradeStateEnum;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * money.md §6 on notices: verify (serial, freshness, probes, SHA256withRSA), decrypt, check the
 * merchant, then the order's amount and state; only the first valid notice of a payment credits.
 */
class NoticeVerifierTest {

  static final Instant NOW = Instant.parse("2026-11-30T11:00:00Z");
  static final String OUT_TRADE_NO = "TU0123456789abcdef0123456789abcd";

  static final TestWeChatPay wechat = new TestWeChatPay("PUB_KEY_ID_0001");
  static final TestWeChatPay rotated = new TestWeChatPay("PUB_KEY_ID_0002");
  static final NoticeVerifier verifier = new NoticeVerifier(Clock.fixed(NOW, ZoneOffset.UTC));
  static final MerchantKeys merchant = merchant(wechat, rotated);

  static MerchantKeys merchant(TestWeChatPay... keys) {
    Map<String, java.security.PublicKey> publicKeys = new java.util.HashMap<>();
    for (TestWeChatPay key : keys) {
      publicKeys.put(key.serial, key.keys.getPublic());
    }
    return new MerchantKeys(
        7,
        TestWeChatPay.MCHID,
        TestWeChatPay.APPID,
        TestWeChatPay.API_V3_KEY,
        "MERCHANT_SERIAL",
        keys[0].keys.getPrivate(),
        publicKeys);
  }

  static WeChatNotice valid() {
    return wechat.paid(OUT_TRADE_NO, "4200000001202611300000000001", 5000, "SUCCESS", NOW);
  }

  static PaymentOrder order(long fen) {
    return new PaymentOrder(
        OUT_TRADE_NO,
        7,
        11,
        Money.ofFen(fen),
        TestWeChatPay.MCHID,
        TestWeChatPay.APPID,
        LocalDateTime.of(2026, 11, 30, 10, 59),
        LocalDateTime.of(2026, 11, 30, 11, 29),
        LocalDateTime.of(2026, 11, 30, 11, 4));
  }

  static NoticeRejectedException.Reason reasonOf(Runnable action) {
    try {
      action.run();
    } catch (NoticeRejectedException e) {
      return e.reason();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void open_validNotice_givesTheDecryptedPayment() {
    PaidNotice paid = verifier.open(valid(), merchant);

    assertThat(paid)
        .isEqualTo(
            new PaidNotice(
                TestWeChatPay.MCHID,
                TestWeChatPay.APPID,
                OUT_TRADE_NO,
                "4200000001202611300000000001",
                TradeStateEnum.SUCCESS,
                5000));
  }

  @Test
  void open_noticeSignedByTheRotatedKey_verifiesWhileBothAreConfigured() {
    WeChatNotice notice =
        rotated.paid(OUT_TRADE_NO, "4200000001202611300000000001", 5000, "SUCCESS", NOW);

    assertThat(verifier.open(notice, merchant).totalFen()).isEqualTo(5000);
  }

  @Test
  void open_tamperedBody_isRefusedAsBadSignature() {
    WeChatNotice notice = valid();
    WeChatNotice tampered = TestWeChatPay.withBody(notice, notice.body().replace("支付成功", "支付成功 "));

    assertThat(reasonOf(() -> verifier.open(tampered, merchant)))
        .isEqualTo(NoticeRejectedException.Reason.BAD_SIGNATURE);
  }

  @Test
  void open_resourceReplacedBySameSignerWithOtherKey_isMalformed() {
    // signed correctly, but the resource was not encrypted with our APIv3 key
    String body =
        TestWeChatPay.body(
            TestWeChatPay.transaction(
                TestWeChatPay.MCHID, TestWeChatPay.APPID, OUT_TRADE_NO, "42", 5000, "SUCCESS"),
            "vutsrqponmlkjihgfedcba9876543210");
    String timestamp = Long.toString(NOW.getEpochSecond());
    WeChatNotice notice =
        new WeChatNotice(timestamp, "n", wechat.sign(timestamp, "n", body), wechat.serial, body);

    assertThat(reasonOf(() -> verifier.open(notice, merchant)))
        .isEqualTo(NoticeRejectedException.Reason.MALFORMED);
  }

  @Test
  void open_unknownSerial_isRefused() {
    WeChatNotice notice = TestWeChatPay.withSerial(valid(), "PUB_KEY_ID_9999");

    assertThat(reasonOf(() -> verifier.open(notice, merchant)))
        .isEqualTo(NoticeRejectedException.Reason.UNKNOWN_SERIAL);
  }

  @Test
  void open_serialOfTheOtherConfiguredKey_doesNotVerify() {
    WeChatNotice notice = TestWeChatPay.withSerial(valid(), rotated.serial);

    assertThat(reasonOf(() -> verifier.open(notice, merchant)))
        .isEqualTo(NoticeRejectedException.Reason.BAD_SIGNATURE);
  }

  @Test
  void open_timestampMoreThanFiveMinutesOld_isStale() {
    WeChatNotice old =
        wechat.paid(OUT_TRADE_NO, "42", 5000, "SUCCESS", NOW.minusSeconds(5 * 60 + 1));

    assertThat(reasonOf(() -> verifier.open(old, merchant)))
        .isEqualTo(NoticeRejectedException.Reason.STALE);
  }

  @Test
  void open_timestampMoreThanFiveMinutesAhead_isStale() {
    WeChatNotice ahead =
        wechat.paid(OUT_TRADE_NO, "42", 5000, "SUCCESS", NOW.plusSeconds(5 * 60 + 1));

    assertThat(reasonOf(() -> verifier.open(ahead, merchant)))
        .isEqualTo(NoticeRejectedException.Reason.STALE);
  }

  @Test
  void open_timestampJustWithinFiveMinutes_verifies() {
    WeChatNotice late = wechat.paid(OUT_TRADE_NO, "42", 5000, "SUCCESS", NOW.minusSeconds(5 * 60));

    assertThat(verifier.open(late, merchant).transactionId()).isEqualTo("42");
  }

  @Test
  void open_probeSignature_fails() {
    WeChatNotice probe =
        TestWeChatPay.withSignature(valid(), "WECHATPAY/SIGNTEST/" + valid().signature());

    assertThat(reasonOf(() -> verifier.open(probe, merchant)))
        .isEqualTo(NoticeRejectedException.Reason.BAD_SIGNATURE);
  }

  @Test
  void open_missingHeader_isMalformed() {
    WeChatNotice notice = valid();
    WeChatNotice noNonce =
        new WeChatNotice(
            notice.timestamp(), null, notice.signature(), notice.serial(), notice.body());

    assertThat(reasonOf(() -> verifier.open(noNonce, merchant)))
        .isEqualTo(NoticeRejectedException.Reason.MALFORMED);
  }

  @Test
  void open_anotherMerchantsPayment_isNotOurs() {
    WeChatNotice notice =
        wechat.notice(
            TestWeChatPay.transaction(
                "1900000999", TestWeChatPay.APPID, OUT_TRADE_NO, "42", 5000, "SUCCESS"),
            NOW);

    assertThat(reasonOf(() -> verifier.open(notice, merchant)))
        .isEqualTo(NoticeRejectedException.Reason.NOT_OURS);
  }

  @Test
  void pay_wrongAmount_isRefusedAndLeavesTheOrderPayable() {
    PaymentOrder order = order(5000);
    PaidNotice short1 =
        verifier.open(wechat.paid(OUT_TRADE_NO, "42", 4999, "SUCCESS", NOW), merchant);

    assertThat(reasonOf(() -> order.pay(short1, LocalDateTime.of(2026, 11, 30, 11, 0))))
        .isEqualTo(NoticeRejectedException.Reason.AMOUNT_MISMATCH);
    assertThat(order.getState()).isEqualTo(PaymentOrderState.CREATED);
  }

  @Test
  void pay_tradeStateOtherThanSuccess_isRefused() {
    PaymentOrder order = order(5000);
    PaidNotice notPaid =
        verifier.open(wechat.paid(OUT_TRADE_NO, "42", 5000, "NOTPAY", NOW), merchant);

    assertThat(reasonOf(() -> order.pay(notPaid, LocalDateTime.of(2026, 11, 30, 11, 0))))
        .isEqualTo(NoticeRejectedException.Reason.NOT_SUCCESS);
  }

  @Test
  void pay_closedOrder_isPaidAfterAll_soWeChatsMoneyIsNeverLost() {
    PaymentOrder order = order(5000);
    order.close("unpaid at time_expire", LocalDateTime.of(2026, 11, 30, 11, 30));

    boolean credit =
        order.pay(verifier.open(valid(), merchant), LocalDateTime.of(2026, 11, 30, 11, 31));

    assertThat(credit).isTrue();
    assertThat(order.getState()).isEqualTo(PaymentOrderState.PAID);
    assertThat(order.getTransactionId()).contains("4200000001202611300000000001");
    assertThat(order.pay(verifier.open(valid(), merchant), LocalDateTime.of(2026, 11, 30, 11, 32)))
        .as("a repeat")
        .isFalse();
  }

  @Test
  void pay_anotherTransactionForAPaidOrder_isNotPayable() {
    PaymentOrder order = order(5000);
    order.pay(verifier.open(valid(), merchant), LocalDateTime.of(2026, 11, 30, 11, 0));
    PaidNotice second =
        verifier.open(wechat.paid(OUT_TRADE_NO, "4200000002", 5000, "SUCCESS", NOW), merchant);

    assertThat(reasonOf(() -> order.pay(second, LocalDateTime.of(2026, 11, 30, 11, 1))))
        .isEqualTo(NoticeRejectedException.Reason.ORDER_NOT_PAYABLE);
  }

  @Test
  void theMoneyMdCases_onlyTheFirstValidNoticeCredits() {
    PaymentOrder order = order(5000);
    WeChatNotice valid = valid();
    List<WeChatNotice> notices =
        List.of(
            TestWeChatPay.withBody(valid, valid.body().replace("\"id\":\"EV-", "\"id\":\"XX-")),
            TestWeChatPay.withSerial(valid, "PUB_KEY_ID_9999"),
            wechat.paid(
                OUT_TRADE_NO,
                "4200000001202611300000000001",
                5000,
                "SUCCESS",
                NOW.minusSeconds(600)),
            TestWeChatPay.withSignature(valid, "WECHATPAY/SIGNTEST/" + valid.signature()),
            wechat.paid(OUT_TRADE_NO, "4200000001202611300000000001", 50, "SUCCESS", NOW),
            valid,
            valid,
            wechat.paid(OUT_TRADE_NO, "4200000001202611300000000001", 5000, "SUCCESS", NOW));
    List<String> outcomes = new ArrayList<>();
    int credits = 0;
    for (WeChatNotice notice : notices) {
      try {
        if (order.pay(verifier.open(notice, merchant), LocalDateTime.of(2026, 11, 30, 11, 0))) {
          credits++;
          outcomes.add("CREDITED");
        } else {
          outcomes.add("ALREADY");
        }
      } catch (NoticeRejectedException e) {
        outcomes.add(e.reason().name());
      }
    }

    assertThat(credits).isEqualTo(1);
    assertThat(outcomes)
        .containsExactly(
            "BAD_SIGNATURE",
            "UNKNOWN_SERIAL",
            "STALE",
            "BAD_SIGNATURE",
            "AMOUNT_MISMATCH",
            "CREDITED",
            "ALREADY",
            "ALREADY");
    assertThat(order.getState()).isEqualTo(PaymentOrderState.PAID);
    assertThat(order.getTransactionId()).contains("4200000001202611300000000001");
  }

  @Test
  void reasons_haveStableCodes() {
    assertThat(NoticeRejectedException.Reason.BAD_SIGNATURE.code())
        .isEqualTo("wechatpay.notice.badSignature");
    assertThat(NoticeRejectedException.Reason.ORDER_NOT_PAYABLE.code())
        .isEqualTo("wechatpay.notice.orderNotPayable");
  }

  @Test
  void merchantSettings_refuseAnApiV3KeyOtherThan32Bytes() {
    assertThatThrownBy(
            () ->
                new MerchantSettings(
                    TestWeChatPay.MCHID,
                    TestWeChatPay.APPID,
                    "short",
                    "SERIAL",
                    java.util.Base64.getEncoder()
                        .encodeToString(wechat.keys.getPrivate().getEncoded()),
                    "https://evpark.example.com/api/payments/wechat/notify",
                    Map.of(wechat.serial, wechat.publicKeyBase64())))
        .isInstanceOf(InvalidMerchantSettingsException.class)
        .hasMessageContaining("apiV3Key");
  }

  @Test
  void merchantSettings_refuseAPublicKeyThatDoesNotParse() {
    assertThatThrownBy(
            () ->
                new MerchantSettings(
                    TestWeChatPay.MCHID,
                    TestWeChatPay.APPID,
                    TestWeChatPay.API_V3_KEY,
                    "SERIAL",
                    java.util.Base64.getEncoder()
                        .encodeToString(wechat.keys.getPrivate().getEncoded()),
                    "https://evpark.example.com/api/payments/wechat/notify",
                    Map.of(wechat.serial, "bm90IGEga2V5")))
        .isInstanceOf(InvalidMerchantSettingsException.class);
  }
}
