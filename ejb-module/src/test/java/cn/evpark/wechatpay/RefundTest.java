package cn.evpark.wechatpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.shared.Money;
import com.wechat.pay.java.service.payments.model.Transaction.TradeStateEnum;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * money.md §6 on refunds: a refund notice is verified like a payment notice, must fit its refund
 * (payment, amount), and moves the money once; a refund that fails or is closed gives it back once;
 * an ABNORMAL one keeps it until WeChat's next word; a contradiction is kept for staff.
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
            TradeStateEnum.SUCCESS,
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
                OUT_REFUND_NO,
                "50000000382019052709732678859",
                TRANSACTION,
                RefundState.SUCCESS,
                3000));
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

    assertThat(refund.finish(said("PROCESSING", 3000), AT)).isEqualTo(RefundOutcome.ACCEPTED);
    assertThat(refund.finish(said("SUCCESS", 3000), AT)).isEqualTo(RefundOutcome.PAID);
    assertThat(refund.finish(said("SUCCESS", 3000), AT.plusMinutes(1)))
        .isEqualTo(RefundOutcome.UNCHANGED);
    assertThat(refund.finish(said("PROCESSING", 3000), AT))
        .as("an answer overtaken by the notice")
        .isEqualTo(RefundOutcome.UNCHANGED);
    assertThat(refund.getState()).isEqualTo(RefundState.SUCCESS);
    assertThat(refund.getRefundId()).contains("50000000382019052709732678859");
  }

  @Test
  void finish_abnormal_keepsTheMoneyAtWeChat_untilALaterSuccessPaysIt() {
    Refund refund = refund(3000);

    assertThat(refund.finish(said("ABNORMAL", 3000), AT)).isEqualTo(RefundOutcome.ABNORMAL);
    assertThat(refund.finish(said("ABNORMAL", 3000), AT)).isEqualTo(RefundOutcome.UNCHANGED);
    assertThat(refund.getState()).isEqualTo(RefundState.ABNORMAL);
    assertThat(refund.getState().isFinal()).as("asked about again").isFalse();
    assertThat(refund.getState().returnedMoney()).isFalse();
    assertThat(refund.getFinishedAt()).isEmpty();

    assertThat(refund.finish(said("SUCCESS", 3000), AT)).isEqualTo(RefundOutcome.PAID);
    assertThat(refund.getState()).isEqualTo(RefundState.SUCCESS);
    assertThat(refund.getCheck().needsStaff()).isFalse();
  }

  @Test
  void finish_closedAfterAbnormal_givesTheMoneyBackOnce() {
    Refund refund = refund(3000);
    refund.finish(said("ABNORMAL", 3000), AT);

    assertThat(refund.finish(said("CLOSED", 3000), AT)).isEqualTo(RefundOutcome.RETURNED);
    assertThat(refund.finish(said("CLOSED", 3000), AT)).isEqualTo(RefundOutcome.UNCHANGED);
    assertThat(refund.finish(said("ABNORMAL", 3000), AT))
        .as("overtaken")
        .isEqualTo(RefundOutcome.UNCHANGED);
    assertThat(refund.getState()).isEqualTo(RefundState.CLOSED);
    assertThat(refund.getState().returnedMoney()).isTrue();
  }

  @Test
  void finish_successAfterTheMoneyWentBack_isKeptForStaff_andMovesNothing() {
    Refund refund = refund(3000);
    refund.finish(said("CLOSED", 3000), AT);

    assertThat(refund.finish(said("SUCCESS", 3000), AT)).isEqualTo(RefundOutcome.CONFLICT);
    assertThat(refund.getState()).isEqualTo(RefundState.CLOSED);
    assertThat(refund.getCheck().needsStaff()).isTrue();
    assertThat(refund.getCheck().wechatAnswer())
        .hasValueSatisfying(a -> assertThat(a).contains("SUCCESS"));
  }

  @Test
  void finish_anyWordButClosedOfARefundFailedHere_isKeptForStaff() {
    Refund failed = refund(3000);
    failed.refused("403 NOT_ENOUGH", AT);

    assertThat(failed.finish(said("PROCESSING", 3000), AT)).isEqualTo(RefundOutcome.CONFLICT);
    assertThat(failed.getState()).isEqualTo(RefundState.FAILED);
    assertThat(failed.getCheck().needsStaff()).isTrue();
    assertThat(RefundOutcome.of(RefundState.FAILED, RefundState.CLOSED))
        .isEqualTo(RefundOutcome.UNCHANGED);
    assertThat(RefundOutcome.of(RefundState.SUCCESS, RefundState.CLOSED))
        .isEqualTo(RefundOutcome.CONFLICT);
  }

  @Test
  void finish_anotherAmountOrTransaction_isKeptForStaff() {
    Refund refund = refund(3000);
    RefundNotice otherTransaction =
        new RefundNotice(OUT_REFUND_NO, "5000", "4200000009", RefundState.SUCCESS, 3000);

    assertThat(refund.finish(said("SUCCESS", 2999), AT)).isEqualTo(RefundOutcome.CONFLICT);
    assertThat(refund.finish(otherTransaction, AT)).isEqualTo(RefundOutcome.CONFLICT);
    assertThat(refund.getState()).isEqualTo(RefundState.REQUESTED);
    assertThat(refund.getCheck().needsStaff()).isTrue();
    assertThat(refund.getCheck().wechatAnswer())
        .hasValueSatisfying(a -> assertThat(a).contains("4200000009"));
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
