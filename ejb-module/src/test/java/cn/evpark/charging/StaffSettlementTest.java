package cn.evpark.charging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The audit of a staff settlement (money.md §3): a reason and a request id, and a late record. */
class StaffSettlementTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 8, 0);

  static StaffSettlement audit(String reason, String requestId) {
    return new StaffSettlement(
        21,
        1,
        requestId,
        "ops",
        reason,
        NOW,
        12,
        NOW.minusHours(2),
        NOW.minusHours(1),
        Energy.of("10"),
        new BigDecimal("11.9000"),
        Money.of("12"));
  }

  @Test
  void blankOrOverlongReasonsAndRequestIds_areRefused() {
    for (String reason : new String[] {null, "", "   ", "x".repeat(201)}) {
      assertThatThrownBy(() -> audit(reason, "r-1"))
          .as("reason %s", reason)
          .isInstanceOf(IllegalArgumentException.class);
    }
    for (String requestId : new String[] {null, "", " ", "r".repeat(65)}) {
      assertThatThrownBy(() -> audit("桩离线", requestId))
          .as("request id %s", requestId)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(audit("  " + "x".repeat(200) + " ", "r".repeat(64)).getReason()).hasSize(200);
  }

  @Test
  void aLateRecord_billingTheSame_isNoDifference_anotherTotalIs() {
    StaffSettlement same = audit("桩离线", "r-1");
    StaffSettlement other = audit("桩离线", "r-2");
    assertThat(same.differsFromRecord()).as("no record yet").isFalse();

    same.recordArrived(7, Energy.of("10"), Money.of("12"));
    other.recordArrived(8, Energy.of("10.5"), Money.of("12.60"));

    assertThat(same.differsFromRecord()).isFalse();
    assertThat(other.differsFromRecord()).isTrue();
    assertThat(other.getRecordTotal()).contains(Money.of("12.60"));
    assertThatThrownBy(() -> other.recordArrived(9, Energy.of("1"), Money.of("1")))
        .as("one record per session")
        .isInstanceOf(IllegalStateException.class);
  }
}
