package cn.evpark.charging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import cn.evpark.tariff.FeeSchedule;
import cn.evpark.tariff.SegmentInput;
import cn.evpark.tariff.TierEnergies;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettlementRulesTest {

  /** The manual's example standard (二、2.1.1) with our service prices. */
  static final FeeSchedule MANUAL =
      FeeSchedule.of(
          List.of(
              SegmentInput.of("平", "00:00", "0.8", "0.4"),
              SegmentInput.of("峰", "10:00", "0.9", "0.5"),
              SegmentInput.of("尖", "17:00", "1", "0.8"),
              SegmentInput.of("谷", "22:00", "0.5", "0.3")));

  static final TierEnergies SESSION =
      TierEnergies.of(Energy.of("1"), Energy.of("2"), Energy.of("3"), Energy.of("0.005"));

  @Test
  void settle_walletShort_debitsToZeroAndTheRestIsArrears() {
    // 尖 1×1.8 + 峰 2×1.4 + 平 3×1.2 + 谷 0.005×0.8 = 8.204 → 8.20
    SettledAmounts settled =
        SettlementRules.settle(
            Optional.of(MANUAL),
            SESSION,
            new BigDecimal("8.2040"),
            List.of(),
            Optional.of(Money.of("5.00")));

    assertThat(settled.total()).isEqualTo(Money.of("8.20"));
    assertThat(settled.paid()).isEqualTo(Money.of("5.00"));
    assertThat(settled.arrears()).isEqualTo(Money.of("3.20"));
    assertThat(settled.paymentStatus()).isEqualTo(PaymentStatus.PARTLY_PAID);
    assertThat(settled.billingDifference()).isFalse();
  }

  @Test
  void settle_pileTotalOffByMoreThanAFen_isFlagged_butTheTariffDecides() {
    SettledAmounts settled =
        SettlementRules.settle(
            Optional.of(MANUAL),
            SESSION,
            new BigDecimal("8.2200"),
            List.of(),
            Optional.of(Money.of("100")));

    assertThat(settled.total()).isEqualTo(Money.of("8.20"));
    assertThat(settled.billingDifference()).isTrue();
    assertThat(settled.paymentStatus()).isEqualTo(PaymentStatus.PAID);
  }

  @Test
  void settle_freeStation_isFree_andMovesNothing() {
    SettledAmounts settled =
        SettlementRules.settle(
            Optional.of(FeeSchedule.FREE),
            TierEnergies.of(Energy.ZERO, Energy.ZERO, Energy.of("12"), Energy.ZERO),
            BigDecimal.ZERO.setScale(4),
            List.of(),
            Optional.of(Money.ZERO));

    assertThat(settled.total()).isEqualTo(Money.ZERO);
    assertThat(settled.paymentStatus()).isEqualTo(PaymentStatus.FREE);
    assertThat(settled.arrears()).isEqualTo(Money.ZERO);
  }

  @Test
  void settle_energyOnARateTypeTheScheduleLacks_settlesAtThePilesTotalAndFlags() {
    FeeSchedule flatOnly = FeeSchedule.of(List.of(SegmentInput.of("平", "00:00", "1", "0.5")));

    SettledAmounts settled =
        SettlementRules.settle(
            Optional.of(flatOnly), SESSION, new BigDecimal("8.2049"), List.of(), Optional.empty());

    assertThat(settled.total()).isEqualTo(Money.of("8.20"));
    assertThat(settled.paymentStatus()).isEqualTo(PaymentStatus.UNPAID);
    assertThat(settled.billingDifference()).isTrue();
  }
}
