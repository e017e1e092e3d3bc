package cn.evpark.charging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import cn.evpark.tariff.FeeSchedule;
import cn.evpark.tariff.PriceAdjustment;
import cn.evpark.tariff.RateType;
import cn.evpark.tariff.SegmentInput;
import cn.evpark.tariff.TierEnergies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Settlement (money.md §4) against an independent computation: the exact sum of energy × price per
 * rate type, after percentage benefits, rounded half up once; the payer debited at most its balance
 * and the rest owed.
 */
class SettlementRulesPropertiesTest {

  static final String[] LABELS = {"尖", "峰", "平", "谷"};
  static final RateType[] TYPES = {RateType.SHARP, RateType.PEAK, RateType.FLAT, RateType.VALLEY};

  /**
   * A session: up to four segments (one per rate type used), random prices to 5 decimals, energy on
   * the used rate types, a discount, the payer's balance and the pile's total.
   */
  record Session(
      FeeSchedule schedule,
      Map<RateType, BigDecimal[]> prices,
      TierEnergies energies,
      int electricityDiscount,
      int serviceDiscount,
      Optional<Money> balance,
      BigDecimal pileTotal) {}

  @Provide
  Arbitrary<Session> sessions() {
    return Arbitraries.randomValue(SettlementRulesPropertiesTest::randomSession);
  }

  static Session randomSession(Random random) {
    int used = 1 + random.nextInt(4);
    List<SegmentInput> rows = new ArrayList<>();
    Map<RateType, BigDecimal[]> prices = new EnumMap<>(RateType.class);
    Map<RateType, Energy> energies = new EnumMap<>(RateType.class);
    for (int i = 0; i < used; i++) {
      BigDecimal electricity = BigDecimal.valueOf(random.nextInt(300_000), 5);
      BigDecimal service = BigDecimal.valueOf(random.nextInt(150_000), 5);
      String start = String.format("%02d:00", i * 6);
      rows.add(
          SegmentInput.of(LABELS[i], start, electricity.toPlainString(), service.toPlainString()));
      prices.put(TYPES[i], new BigDecimal[] {electricity, service});
      energies.put(TYPES[i], Energy.ofUnits(random.nextInt(2_000_000)));
    }
    Optional<Money> balance =
        random.nextInt(4) == 0
            ? Optional.empty()
            : Optional.of(Money.ofFen(random.nextInt(random.nextBoolean() ? 100_000 : 1_000)));
    return new Session(
        FeeSchedule.of(rows),
        prices,
        new TierEnergies(energies),
        random.nextInt(3) == 0 ? random.nextInt(101) : 0,
        random.nextInt(3) == 0 ? random.nextInt(101) : 0,
        balance,
        BigDecimal.valueOf(random.nextInt(10_000_000), 4));
  }

  static PriceAdjustment discount(int electricityPercent, int servicePercent) {
    BigDecimal e = BigDecimal.valueOf(100 - electricityPercent).movePointLeft(2);
    BigDecimal s = BigDecimal.valueOf(100 - servicePercent).movePointLeft(2);
    return amounts ->
        amounts.stream()
            .map(a -> a.withAmounts(a.electricity().multiply(e), a.service().multiply(s)))
            .toList();
  }

  @Property(tries = 2000)
  void settle_matchesTheIndependentComputation(@ForAll("sessions") Session session) {
    List<PriceAdjustment> benefits =
        session.electricityDiscount() == 0 && session.serviceDiscount() == 0
            ? List.of()
            : List.of(discount(session.electricityDiscount(), session.serviceDiscount()));

    SettledAmounts settled =
        SettlementRules.settle(
            Optional.of(session.schedule()),
            session.energies(),
            session.pileTotal(),
            benefits,
            session.balance());

    BigDecimal exactList = BigDecimal.ZERO;
    BigDecimal exactCharged = BigDecimal.ZERO;
    BigDecimal kwh = BigDecimal.ZERO;
    BigDecimal electricityFactor =
        BigDecimal.valueOf(100 - session.electricityDiscount()).movePointLeft(2);
    BigDecimal serviceFactor = BigDecimal.valueOf(100 - session.serviceDiscount()).movePointLeft(2);
    for (Map.Entry<RateType, BigDecimal[]> tier : session.prices().entrySet()) {
      BigDecimal energy = session.energies().of(tier.getKey()).kwh();
      BigDecimal electricity = energy.multiply(tier.getValue()[0]);
      BigDecimal service = energy.multiply(tier.getValue()[1]);
      exactList = exactList.add(electricity).add(service);
      exactCharged =
          exactCharged
              .add(electricity.multiply(electricityFactor))
              .add(service.multiply(serviceFactor));
      kwh = kwh.add(energy);
    }
    BigDecimal total = exactCharged.setScale(2, RoundingMode.HALF_UP);
    BigDecimal listTotal = exactList.setScale(2, RoundingMode.HALF_UP);

    assertThat(settled.total().yuan()).isEqualTo(total);
    assertThat(settled.electricity().plus(settled.service())).isEqualTo(settled.total());
    assertThat(settled.energy().kwh()).isEqualByComparingTo(kwh);
    assertThat(settled.billingDifference())
        .isEqualTo(
            session.pileTotal().subtract(listTotal).abs().compareTo(new BigDecimal("0.01")) > 0);
    if (session.balance().isEmpty()) {
      assertThat(settled.paymentStatus())
          .isEqualTo(total.signum() == 0 ? PaymentStatus.FREE : PaymentStatus.UNPAID);
      assertThat(settled.paid()).isEqualTo(Money.ZERO);
      assertThat(settled.arrears()).isEqualTo(Money.ZERO);
    } else {
      BigDecimal balance = session.balance().get().yuan();
      BigDecimal paid = total.min(balance);
      assertThat(settled.paid().yuan()).isEqualTo(paid);
      assertThat(settled.arrears().yuan()).isEqualTo(total.subtract(paid));
      assertThat(settled.paymentStatus())
          .isEqualTo(
              total.signum() == 0
                  ? PaymentStatus.FREE
                  : paid.compareTo(total) == 0 ? PaymentStatus.PAID : PaymentStatus.PARTLY_PAID);
    }
  }

  @Property(tries = 500)
  void unpriceableRecord_isSettledAtThePilesTotal_andFlagged(@ForAll("sessions") Session session) {
    SettledAmounts settled =
        SettlementRules.settle(
            Optional.empty(),
            session.energies(),
            session.pileTotal(),
            List.of(),
            session.balance());

    assertThat(settled.total().yuan())
        .isEqualTo(session.pileTotal().setScale(2, RoundingMode.HALF_UP));
    assertThat(settled.electricity()).isEqualTo(settled.total());
    assertThat(settled.billingDifference()).isTrue();
    assertThat(settled.tiers()).isEmpty();
  }
}
