package cn.evpark.wechatpay;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.wechatpay.UnpaidOrderChecks.Action;
import com.wechat.pay.java.service.payments.model.Transaction.TradeStateEnum;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** money.md §6: what an unpaid order becomes once WeChat was asked about it. */
class UnpaidOrderChecksTest {

  static Action action(TradeStateEnum state, boolean expired) {
    return UnpaidOrderChecks.actionFor(Optional.ofNullable(state), expired);
  }

  @Test
  void actionFor_paidAtWeChat_credits_expiredOrNot() {
    assertThat(action(TradeStateEnum.SUCCESS, false)).isEqualTo(Action.CREDIT);
    assertThat(action(TradeStateEnum.SUCCESS, true)).isEqualTo(Action.CREDIT);
  }

  @Test
  void actionFor_stillOpenAtWeChat_waitsUntilTimeExpire_thenClosesThere() {
    assertThat(action(TradeStateEnum.NOTPAY, false)).isEqualTo(Action.WAIT_FOR_EXPIRY);
    assertThat(action(TradeStateEnum.USERPAYING, false)).isEqualTo(Action.WAIT_FOR_EXPIRY);
    assertThat(action(TradeStateEnum.NOTPAY, true)).isEqualTo(Action.CLOSE_AT_WECHAT);
    assertThat(action(TradeStateEnum.USERPAYING, true)).isEqualTo(Action.CLOSE_AT_WECHAT);
  }

  @Test
  void actionFor_endedUnpaidAtWeChat_isMarkedClosed() {
    assertThat(action(TradeStateEnum.CLOSED, false)).isEqualTo(Action.MARK_CLOSED);
    assertThat(action(TradeStateEnum.PAYERROR, false)).isEqualTo(Action.MARK_CLOSED);
    assertThat(action(TradeStateEnum.REVOKED, true)).isEqualTo(Action.MARK_CLOSED);
  }

  @Test
  void actionFor_unknownAtWeChat_isClosedOnlyAfterTimeExpire() {
    assertThat(action(null, false)).isEqualTo(Action.WAIT_FOR_EXPIRY);
    assertThat(action(null, true)).isEqualTo(Action.MARK_CLOSED);
  }

  @Test
  void actionFor_refundedAtWeChat_isLeftToStaff_notAskedAboutForever() {
    assertThat(action(TradeStateEnum.REFUND, false)).isEqualTo(Action.LEAVE_TO_STAFF);
    assertThat(action(TradeStateEnum.REFUND, true)).isEqualTo(Action.LEAVE_TO_STAFF);
  }

  @Test
  void actionFor_acceptedAtWeChat_isAskedAgain() {
    assertThat(action(TradeStateEnum.ACCEPT, true)).isEqualTo(Action.ASK_AGAIN);
  }
}
