package cn.evpark.wechatpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * money.md §6 on refunds: a refund notice is verified like a payment notice, must fit its refund
 * (payment, amount), and moves the money once; a refund that fails or is closed gives it back once.
 */
class RefundTest {

  static final Instant NOW = Instant.parse("2026-11-30T11:00:00Z");
  static final LocalDateTime AT = LocalDateTime.of(2026, 11, 30, 11, 0);
  static final String OUT_REFUND_NO = "RF0123456789abcdef0123456789abcd";
  static final String TRANSACTION = "4200000001202611300000000001";

  static final TestWeChatPay wechat = new TestWeChatPay("PUB_KEY_ID_0001");
  static final NoticeVerifier verifier = new NoticeVerifier(Clock.fixed(NOW, ZoneOffset.UTC));
  static final MerchantKeys merchant = NoticeVerifierTest.merchant(wechat);

  static Refund refund(long fen) {
    PaymentOrder payment = NoticeVerifierTest.order(5000);
    payment.pay(
        new PaidNotice(
            TestWeChatPay.MCHID,
            TestWeChatPay.APPID,
            NoticeVerifierTest.OUT_TRADE_NO,
            TRANSACTION,
            "SUCCESS",
            5000),
        AT.minusHours(1));
    return new Refund(OUT_REFUND_NO, "driver:11:k", 1, payment, Money.ofFen(fen), AT, AT);
  }

  static RefundNotice said(String status, long fen) {
    return verifier.openRefund(
        wechat.refund(OUT_REFUND_NO, TRANSACTION, fen, status, NOW), merchant);
  }

  @Test
  void openRefund_validNotice_givesTheDecryptedRefund() {
    assertThat(said("SUCCESS", 3000))
        .isEqualTo(
            new RefundNotice(
                OUT_REFUND_NO, "50000000382019052709732678859", TRANSACTION, "SUCCESS", 3000));
  }

  @Test
  void openRefund_tamperedOrOfAnotherMerchant_isRefused() {
    WeChatNotice valid = wechat.refund(OUT_REFUND_NO, TRANSACTION, 3000, "SUCCESS", NOW);
    WeChatNotice tampered =
        TestWeChatPay.withBody(valid, valid.body().replace("REFUND.SUCCESS", "REFUND.CLOSED"));
    WeChatNotice otherMerchant =
        wechat.notice(
            TestWeChatPay.refundResource("1900000999", OUT_REFUND_NO, TRANSACTION, 3000, "SUCCESS"),
            "REFUND.SUCCESS",
            NOW);

    assertThat(NoticeVerifierTest.reasonOf(() -> verifier.openRefund(tampered, merchant)))
        .isEqualTo(NoticeRejectedException.Reason.BAD_SIGNATURE);
    assertThat(NoticeVerifierTest.reasonOf(() -> verifier.openRefund(otherMerchant, merchant)))
        .isEqualTo(NoticeRejectedException.Reason.NOT_OURS);
  }

  @Test
  void eventType_isReadFromTheBody() {
    assertThat(
            NoticeVerifier.eventType(
                wechat.refund(OUT_REFUND_NO, TRANSACTION, 3000, "ABNORMAL", NOW)))
        .isEqualTo("REFUND.ABNORMAL");
    assertThat(
            NoticeVerifierTest.reasonOf(
                () -> NoticeVerifier.eventType(new WeChatNotice("1", "n", "s", "x", "[1]"))))
        .isEqualTo(NoticeRejectedException.Reason.MALFORMED);
  }

  @Test
  void finish_success_movesOnce_thenRepeatsChangeNothing() {
    Refund refund = refund(3000);
    refund.accepted(said("PROCESSING", 3000));

    assertThat(refund.finish(said("SUCCESS", 3000), AT)).contains(RefundState.SUCCESS);
    assertThat(refund.finish(said("SUCCESS", 3000), AT.plusMinutes(1))).isEmpty();
    assertThat(refund.getState()).isEqualTo(RefundState.SUCCESS);
    assertThat(refund.getRefundId()).contains("50000000382019052709732678859");
  }

  @Test
  void finish_abnormalOrClosed_givesTheMoneyBackOnce_evenWhenBoth() {
    Refund refund = refund(3000);

    assertThat(refund.finish(said("ABNORMAL", 3000), AT)).contains(RefundState.ABNORMAL);
    assertThat(refund.finish(said("CLOSED", 3000), AT)).isEmpty();
    assertThat(refund.finish(said("ABNORMAL", 3000), AT)).isEmpty();
    assertThat(refund.getState().returnedMoney()).isTrue();
  }

  @Test
  void finish_successAfterTheMoneyWentBack_isRefused() {
    Refund refund = refund(3000);
    refund.finish(said("CLOSED", 3000), AT);

    assertThat(NoticeVerifierTest.reasonOf(() -> refund.finish(said("SUCCESS", 3000), AT)))
        .isEqualTo(NoticeRejectedException.Reason.ORDER_NOT_PAYABLE);
    assertThat(refund.getState()).isEqualTo(RefundState.CLOSED);
  }

  @Test
  void finish_anotherAmountOrTransaction_isRefused() {
    Refund refund = refund(3000);
    RefundNotice otherTransaction =
        new RefundNotice(OUT_REFUND_NO, "5000", "4200000009", "SUCCESS", 3000);

    assertThat(NoticeVerifierTest.reasonOf(() -> refund.finish(said("SUCCESS", 2999), AT)))
        .isEqualTo(NoticeRejectedException.Reason.AMOUNT_MISMATCH);
    assertThat(NoticeVerifierTest.reasonOf(() -> refund.finish(otherTransaction, AT)))
        .isEqualTo(NoticeRejectedException.Reason.NOT_OURS);
    assertThat(refund.getState()).isEqualTo(RefundState.REQUESTED);
  }

  @Test
  void refused_onlyARefundWeChatNeverTook_fails() {
    Refund taken = refund(3000);
    taken.finish(said("SUCCESS", 3000), AT);
    Refund neverTaken = refund(3000);

    assertThat(taken.refused("400 INVALID_REQUEST", AT)).isFalse();
    assertThat(taken.getState()).isEqualTo(RefundState.SUCCESS);
    assertThat(neverTaken.refused("403 NOT_ENOUGH", AT)).isTrue();
    assertThat(neverTaken.refused("403 NOT_ENOUGH", AT)).as("once").isFalse();
    assertThat(neverTaken.getState()).isEqualTo(RefundState.FAILED);
  }

  @Test
  void new_refundOfMoreThanThePaymentOrOfAnUnpaidOne_isRefused() {
    PaymentOrder unpaid = NoticeVerifierTest.order(5000);

    assertThatThrownBy(() -> refund(5001)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Refund(OUT_REFUND_NO, "k", 1, unpaid, Money.ofFen(100), AT, AT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
