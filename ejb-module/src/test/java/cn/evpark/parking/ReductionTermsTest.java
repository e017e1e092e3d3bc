package cn.evpark.parking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The reduction setting's rules and an order's attempts (parking.md §4). */
class ReductionTermsTest {

  static final LocalDateTime T = LocalDateTime.of(2026, 12, 1, 8, 0);

  @Test
  void minutesFree_areWholeMinutes_andSayThemselves() {
    ReductionTerms terms =
        new ReductionTerms(
            true, new BigDecimal("5"), null, ReductionKind.MINUTES, new BigDecimal("120.00"));

    assertThat(terms.value()).isEqualTo(new BigDecimal("120"));
    assertThat(terms.content()).isEqualTo("免费停车120分钟");
  }

  @Test
  void everyBrokenRule_isNamedAtItsField() {
    assertThatThrownBy(
            () ->
                new ReductionTerms(
                    true,
                    new BigDecimal("0"),
                    new BigDecimal("1.234"),
                    ReductionKind.MINUTES,
                    new BigDecimal("1.5")))
        .isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((RuleViolationException) e).violations())
        .satisfies(
            v ->
                assertThat(v)
                    .extracting(RuleViolation::field)
                    .containsExactly("minEnergy", "minAmount", "value"));
  }

  @Test
  void anAmount_isInWholeFen() {
    ReductionTerms terms =
        new ReductionTerms(false, null, null, ReductionKind.AMOUNT, new BigDecimal("5"));

    assertThat(terms.content()).isEqualTo("停车费减免5.00元");
    assertThatThrownBy(
            () ->
                new ReductionTerms(
                    false, null, null, ReductionKind.AMOUNT, new BigDecimal("0.001")))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> new ReductionTerms(true, null, null, null, BigDecimal.ONE))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void aParkingSystem_isCalledOverHttp() {
    assertThat(ParkingSystem.callable("https://parking.example/api")).isTrue();
    assertThat(ParkingSystem.callable("http://127.0.0.1:8081")).isTrue();
    assertThat(ParkingSystem.callable("ftp://parking.example")).isFalse();
    assertThat(ParkingSystem.callable("parking.example")).isFalse();
    assertThat(ParkingSystem.callable(" ")).isFalse();
  }

  @Test
  void failedAttempts_waitTwiceAsLongEachTime_thenLeaveItToStaff() {
    Delivery delivery = Delivery.dueAt(T);
    LocalDateTime at = T;
    Duration previous = Duration.ZERO;
    for (int attempt = 1; attempt < Delivery.MAX_ATTEMPTS; attempt++) {
      assertThat(delivery.due(at)).isTrue();
      delivery.attempting(at.plusMinutes(1));
      assertThat(delivery.due(at)).as("leased").isFalse();
      assertThat(delivery.failedAttempt("HTTP 503", at)).isFalse();
      Duration wait = Duration.between(at, delivery.getNextAttemptAt().orElseThrow());
      if (wait.compareTo(Delivery.LONGEST_WAIT) < 0) {
        assertThat(wait).isEqualTo(Delivery.FIRST_WAIT.multipliedBy(1L << (attempt - 1)));
        assertThat(wait).isGreaterThan(previous);
      } else {
        assertThat(wait).isEqualTo(Delivery.LONGEST_WAIT);
      }
      previous = wait;
      at = delivery.getNextAttemptAt().orElseThrow();
    }
    delivery.attempting(at.plusMinutes(1));
    assertThat(delivery.failedAttempt("HTTP 503", at)).as("the last").isTrue();

    assertThat(delivery.getState()).isEqualTo(IssueState.FAILED);
    assertThat(delivery.due(at.plusDays(1))).isFalse();
    assertThat(delivery.reissue(at)).isTrue();
    assertThat(delivery.due(at)).isTrue();
    delivery.attempting(at.plusMinutes(1));
    delivery.sent(at);
    assertThat(delivery.getState()).isEqualTo(IssueState.SENT);
    assertThat(delivery.getLastError()).isEmpty();
    assertThat(delivery.reissue(at)).as("only a failed one").isFalse();
  }

  @Test
  void aReduction_isRedeemedOnce_andSaysWhatItGrants() {
    ReductionOrder order =
        new ReductionOrder(1, 2, 3, "粤B12345", ReductionKind.MINUTES, new BigDecimal("90.00"), T);

    assertThat(order.getValue()).isEqualTo(new BigDecimal("90"));
    assertThat(order.content()).isEqualTo("免费停车90分钟");
    assertThat(order.redeemed(T)).isTrue();
    assertThat(order.redeemed(T.plusHours(1))).as("once").isFalse();
    assertThat(order.getRedeemedAt()).contains(T);
  }
}
