package cn.evpark.wechatpay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A round of checks at WeChat (money.md §6): it stops at the first sign that WeChat cannot be
 * reached, never outlives its claim, and gives back what it claimed and did not get to.
 */
class WeChatPayChecksTest {

  static final LocalDateTime UNTIL = LocalDateTime.of(2026, 11, 30, 11, 30);

  final List<String> checked = new ArrayList<>();
  final List<DueChecks.Claim> released = new ArrayList<>();
  final List<String> claimed = new ArrayList<>();

  WeChatPayChecks checks(List<String> dueOrders, List<String> dueRefunds, String unreachableAt) {
    WeChatPayChecks checks = new WeChatPayChecks();
    checks.intervalSeconds = 60;
    checks.orders =
        new PaymentOrders() {
          @Override
          public DueChecks.Claim claimDue(int limit, long leaseSeconds) {
            claimed.add("orders");
            return new DueChecks.Claim(dueOrders, UNTIL);
          }

          @Override
          public void release(DueChecks.Claim claim, long seconds) {
            released.add(claim);
          }
        };
    checks.refunds =
        new Refunds() {
          @Override
          public DueChecks.Claim claimDue(int limit, long leaseSeconds) {
            claimed.add("refunds");
            return new DueChecks.Claim(dueRefunds, UNTIL);
          }

          @Override
          public void release(DueChecks.Claim claim, long seconds) {
            released.add(claim);
          }
        };
    checks.unpaidOrders =
        new UnpaidOrderChecks() {
          @Override
          public boolean check(String outTradeNo) {
            return answer(outTradeNo, unreachableAt);
          }
        };
    checks.refundChecks =
        new RefundChecks() {
          @Override
          public boolean check(String outRefundNo) {
            return answer(outRefundNo, unreachableAt);
          }
        };
    return checks;
  }

  boolean answer(String number, String unreachableAt) {
    checked.add(number);
    if (number.equals(unreachableAt)) {
      throw new WeChatPayUnavailableException("WeChat Pay did not answer");
    }
    return true;
  }

  @Test
  void checkDue_weChatUnreachable_stopsAtTheFirstFailure_andReleasesTheClaim() {
    checks(List.of("TU1", "TU2", "TU3"), List.of("RF1"), "TU2").checkDue();

    assertThat(checked).containsExactly("TU1", "TU2");
    assertThat(claimed).as("no refunds claimed in an outage").containsExactly("orders");
    assertThat(released)
        .extracting(DueChecks.Claim::numbers)
        .containsExactly(List.of("TU1", "TU2", "TU3"));
  }

  @Test
  void checkDue_weChatAnswers_checksOrdersThenRefunds_andReleasesBothClaims() {
    checks(List.of("TU1", "TU2"), List.of("RF1"), null).checkDue();

    assertThat(checked).containsExactly("TU1", "TU2", "RF1");
    assertThat(released).hasSize(2);
  }

  @Test
  void checkDue_refundsRoundStopsAtTheFirstFailureToo() {
    checks(List.of(), List.of("RF1", "RF2"), "RF1").checkDue();

    assertThat(checked).containsExactly("RF1");
    assertThat(released).hasSize(2);
  }

  @Test
  void leaseSeconds_outlastsTheLongestRound() {
    WeChatPayChecks checks = checks(List.of(), List.of(), null);

    assertThat(checks.leaseSeconds())
        .isGreaterThan(
            WeChatPayChecks.BATCH
                * WeChatPayChecks.CALLS_PER_CHECK
                * WeChatPayHttp.MAX_CALL_SECONDS)
        .isGreaterThanOrEqualTo(checks.intervalSeconds);
  }
}
