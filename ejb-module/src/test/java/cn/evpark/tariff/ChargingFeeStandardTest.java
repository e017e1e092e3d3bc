package cn.evpark.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.operator.Operator;
import cn.evpark.ykc.protocol.BillingModelNumber;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChargingFeeStandardTest {

  static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 25, 8, 0);
  static final Operator OPERATOR = new Operator("运营商", T0);

  static ChargingFeeStandard standard() {
    return new ChargingFeeStandard(
        OPERATOR, " 临时用户充电费 ", Standards.manualExample(), BillingModelNumber.of("0007"), T0);
  }

  @Test
  void revisingTheSchedule_takesANewModelNumber() {
    ChargingFeeStandard standard = standard();
    FeeSchedule cheaper = FeeSchedule.of(List.of(SegmentInput.of("平", "00:00", "0.6", "0.2")));

    boolean changed =
        standard.revise("夜间充电费", cheaper, () -> BillingModelNumber.of("0008"), T0.plusDays(1));

    assertThat(changed).isTrue();
    assertThat(standard.getModelNumber()).isEqualTo(BillingModelNumber.of("0008"));
    assertThat(standard.schedule()).isEqualTo(cheaper);
    assertThat(standard.getName()).isEqualTo("夜间充电费");
  }

  @Test
  void revisingTheNameAlone_keepsTheModelNumber() {
    ChargingFeeStandard standard = standard();

    boolean changed =
        standard.revise(
            "新名称",
            Standards.manualExample(),
            () -> {
              throw new AssertionError("no new number for the same schedule");
            },
            T0.plusDays(1));

    assertThat(changed).isFalse();
    assertThat(standard.getName()).isEqualTo("新名称");
    assertThat(standard.getModelNumber()).isEqualTo(BillingModelNumber.of("0007"));
  }

  @Test
  void station_movesBetweenAStandardAndFree_andGivesItsModelNumber() {
    StationTariff station = new StationTariff(1L, T0);
    assertThat(station.chargingMode()).isEqualTo(ChargingMode.NOT_CONFIGURED);
    assertThat(station.modelNumber()).isEmpty();
    assertThat(station.schedule()).isEmpty();

    station.chargeBy(standard(), T0);
    assertThat(station.chargingMode()).isEqualTo(ChargingMode.STANDARD);
    assertThat(station.modelNumber()).contains(BillingModelNumber.of("0007"));

    station.chargeNothing(T0);
    assertThat(station.chargingMode()).isEqualTo(ChargingMode.FREE);
    assertThat(station.modelNumber()).contains(StationTariff.FREE_MODEL_NUMBER);
    assertThat(station.schedule()).contains(FeeSchedule.FREE);
    assertThat(station.getChargingStandard()).isEmpty();
  }

  @Test
  void publishingReservations_needsARule_andChoosingNoneWithdrawsThem() {
    StationTariff station = new StationTariff(1L, T0);
    assertThatThrownBy(() -> station.publishReservations(true, T0))
        .isInstanceOf(RuleNotChosenException.class);

    ReservationRule rule =
        new ReservationRule(
            OPERATOR, "预约", new ReservationTerms(3, List.of(ReservationTier.of(60, "5"))), T0);
    station.offerReservations(rule, T0);
    station.publishReservations(true, T0);
    assertThat(station.isReservationPublished()).isTrue();

    station.offerReservations(null, T0);
    assertThat(station.isReservationPublished()).isFalse();
  }

  @Test
  void occupancyFee_takesEffectOnlyWithARule() {
    StationTariff station = new StationTariff(1L, T0);
    assertThatThrownBy(() -> station.makeOccupancyFeeEffective(true, T0))
        .isInstanceOf(RuleNotChosenException.class);

    station.useOccupancyRule(
        new OccupancyRule(OPERATOR, "超时占位", PricingEngineTest.MANUAL_OCCUPANCY, T0), T0);
    station.makeOccupancyFeeEffective(true, T0);
    assertThat(station.isOccupancyEffective()).isTrue();

    station.useOccupancyRule(null, T0);
    assertThat(station.isOccupancyEffective()).isFalse();
  }

  @Test
  void pileStatus_acceptedPush_meansThePileHoldsTheModel() {
    PileModelStatus status = new PileModelStatus(1L);
    status.holds(BillingModelNumber.of("0007"), T0);

    status.pushing(BillingModelNumber.of("0008"), T0.plusMinutes(1));
    assertThat(status.getHeldNumber()).contains(BillingModelNumber.of("0007"));
    status.pushEnded(BillingModelNumber.of("0008"), PushOutcome.ACCEPTED, T0.plusMinutes(2));

    assertThat(status.getHeldNumber()).contains(BillingModelNumber.of("0008"));
    assertThat(status.getPushOutcome()).contains(PushOutcome.ACCEPTED);
  }

  @Test
  void pileStatus_reportingThePushedModel_settlesAPushWithoutAnswer() {
    PileModelStatus status = new PileModelStatus(1L);
    status.pushing(BillingModelNumber.of("0008"), T0);
    status.pushEnded(BillingModelNumber.of("0008"), PushOutcome.NO_REPLY, T0.plusSeconds(30));

    status.holds(BillingModelNumber.of("0008"), T0.plusMinutes(2));

    assertThat(status.getPushOutcome()).contains(PushOutcome.ACCEPTED);
    assertThat(status.getHeldNumber()).contains(BillingModelNumber.of("0008"));
  }

  @Test
  void pileStatus_outcomeOfAnOlderPush_isIgnored() {
    PileModelStatus status = new PileModelStatus(1L);
    status.pushing(BillingModelNumber.of("0008"), T0);
    status.pushing(BillingModelNumber.of("0009"), T0.plusSeconds(1));

    status.pushEnded(BillingModelNumber.of("0008"), PushOutcome.ACCEPTED, T0.plusSeconds(2));

    assertThat(status.getHeldNumber()).isEmpty();
    assertThat(status.getPushOutcome()).contains(PushOutcome.SENT);
  }

  @Test
  void pileStatus_lateAcceptance_countsForTheOpenPush() {
    PileModelStatus status = new PileModelStatus(1L);
    status.pushing(BillingModelNumber.of("0008"), T0);
    status.pushEnded(BillingModelNumber.of("0008"), PushOutcome.NO_REPLY, T0.plusSeconds(30));

    status.lateAnswer(true, T0.plusSeconds(31));

    assertThat(status.getHeldNumber()).contains(BillingModelNumber.of("0008"));
    assertThat(status.getPushOutcome()).contains(PushOutcome.ACCEPTED);
  }
}
