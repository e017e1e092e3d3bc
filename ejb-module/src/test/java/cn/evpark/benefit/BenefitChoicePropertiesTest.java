package cn.evpark.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import cn.evpark.tariff.FeeSchedule;
import cn.evpark.tariff.PricingEngine;
import cn.evpark.tariff.RateType;
import cn.evpark.tariff.TierEnergies;
import cn.evpark.tariff.TierPrices;
import cn.evpark.tariff.UnitPrice;
import java.math.BigDecimal;
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
 * The single-best-benefit rule (money.md §5) for random schedules, sessions and benefits: the
 * chosen benefit never costs more than no benefit, and its total is the minimum over the qualifying
 * benefits, each priced on its own.
 */
class BenefitChoicePropertiesTest {

  /** A session and the benefits it qualifies for (zero to five). */
  record Case(FeeSchedule schedule, TierEnergies energies, List<Benefit> benefits) {}

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.randomValue(BenefitChoicePropertiesTest::randomCase);
  }

  @Property(tries = 1000)
  void bestBenefit_neverGivesAHigherTotal_thanNoBenefit(@ForAll("cases") Case c) {
    Money list = PricingEngine.chargingFee(c.schedule(), c.energies()).total();

    Money charged =
        BenefitChoice.best(c.schedule(), c.energies(), c.benefits())
            .map(BenefitChoice.Chosen::total)
            .orElse(list);

    assertThat(charged).isLessThanOrEqualTo(list);
  }

  @Property(tries = 1000)
  void bestBenefit_equalsTheMinimumOverTheQualifyingBenefits(@ForAll("cases") Case c) {
    Money list = PricingEngine.chargingFee(c.schedule(), c.energies()).total();
    Money minimum = list;
    for (Benefit benefit : c.benefits()) {
      // each benefit priced on its own: the discount on the exact amounts, one rounding
      Money alone =
          PricingEngine.chargingFee(
                  c.schedule(), c.energies(), List.of(benefit.discount().adjustment()))
              .total();
      minimum = alone.compareTo(minimum) < 0 ? alone : minimum;
    }

    Optional<BenefitChoice.Chosen> chosen =
        BenefitChoice.best(c.schedule(), c.energies(), c.benefits());

    assertThat(chosen.map(BenefitChoice.Chosen::total).orElse(list)).isEqualTo(minimum);
    chosen.ifPresent(
        ch -> {
          assertThat(c.benefits()).contains(ch.benefit());
          assertThat(ch.listTotal()).isEqualTo(list);
          assertThat(ch.saving()).isEqualTo(list.minus(ch.total()));
          assertThat(ch.saving().isPositive()).isTrue();
        });
    assertThat(chosen.isPresent()).isEqualTo(minimum.compareTo(list) < 0);
  }

  @Property(tries = 300)
  void freeBenefit_isChosen_andCostsNothing(@ForAll("cases") Case c) {
    List<Benefit> withFree = new ArrayList<>(c.benefits());
    withFree.add(new Benefit(BenefitSource.VIP, 99, "VIP", Discount.FREE));
    Money list = PricingEngine.chargingFee(c.schedule(), c.energies()).total();

    Optional<BenefitChoice.Chosen> chosen =
        BenefitChoice.best(c.schedule(), c.energies(), withFree);

    if (list.isZero()) {
      assertThat(chosen).isEmpty();
    } else {
      assertThat(chosen).isPresent();
      assertThat(chosen.get().total()).isEqualTo(Money.ZERO);
    }
  }

  static Case randomCase(Random random) {
    List<RateType> slots = new ArrayList<>();
    RateType current = RateType.values()[random.nextInt(4)];
    for (int i = 0; i < 48; i++) {
      if (random.nextInt(6) == 0) {
        current = RateType.values()[random.nextInt(4)];
      }
      slots.add(current);
    }
    Map<RateType, TierPrices> prices = new EnumMap<>(RateType.class);
    for (RateType type : RateType.values()) {
      prices.put(type, new TierPrices(price(random), price(random)));
    }
    FeeSchedule schedule = FeeSchedule.fromSlots(slots, prices);
    Map<RateType, Energy> energies = new EnumMap<>(RateType.class);
    for (RateType type : schedule.rateTypes()) {
      // small sessions too, where a discount may round to nothing
      int bound = random.nextBoolean() ? 1_000 : 2_000_001;
      energies.put(type, Energy.ofUnits(random.nextInt(bound)));
    }
    List<Benefit> benefits = new ArrayList<>();
    int count = random.nextInt(6);
    for (int i = 0; i < count; i++) {
      BenefitSource source =
          i == 0 && random.nextBoolean() ? BenefitSource.VIP : BenefitSource.ACTIVITY;
      benefits.add(new Benefit(source, i + 1, "b" + i, discount(random)));
    }
    return new Case(schedule, new TierEnergies(energies), benefits);
  }

  private static Discount discount(Random random) {
    BigDecimal electricity;
    BigDecimal service;
    do {
      electricity = percent(random);
      service = percent(random);
    } while (electricity.signum() == 0 && service.signum() == 0);
    return new Discount(electricity, service);
  }

  private static BigDecimal percent(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> BigDecimal.ZERO;
      case 1 -> new BigDecimal("100");
      case 2 -> BigDecimal.valueOf(random.nextInt(101));
      default -> BigDecimal.valueOf(random.nextInt(10_001), 2);
    };
  }

  private static UnitPrice price(Random random) {
    return new UnitPrice(BigDecimal.valueOf(random.nextInt(300_000), UnitPrice.SCALE));
  }
}
