package cn.evpark.charging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.TransactionType;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The order's life cycle (money.md §3): legal moves change the state, illegal ones are refused. */
class ChargingOrderTest {

  static final PileCode PILE = PileCode.of("32010200000001");
  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 2, 0);

  static ChargingOrder starting() {
    return ChargingOrder.appStart(
        1, 2, PILE, 1, 3, 4, Money.of("50"), Optional.empty(), "driver:3:k", NOW);
  }

  static PileTransactionRecord record() {
    return record(Code.of(TransactionType.APP));
  }

  static PileTransactionRecord record(Code<TransactionType> type) {
    return new PileTransactionRecord(
        PILE,
        1,
        TransactionSerial.of("3201020000000101" + "0".repeat(15) + "1"),
        "680000",
        type,
        NOW,
        NOW.plusHours(1),
        new BigDecimal("10.0000"),
        new BigDecimal("12.0000"),
        StopReason.REMOTE_STOP,
        NOW.plusHours(1));
  }

  static SettledAmounts paid() {
    return new SettledAmounts(
        Energy.of("10"),
        Money.of("8"),
        Money.of("4"),
        Money.of("12"),
        Money.of("12"),
        Money.ZERO,
        PaymentStatus.PAID,
        false,
        List.of());
  }

  @Test
  void appStart_runsStartingChargingStoppingFinishedSettled() {
    ChargingOrder order = starting();
    assertThat(order.getState()).isEqualTo(OrderState.STARTING);

    order.started();
    order.stopRequested();
    order.finished(record());
    order.settle(paid(), NOW.plusHours(1));

    assertThat(order.getState()).isEqualTo(OrderState.SETTLED);
    assertThat(order.getTotalAmount()).isEqualTo(Money.of("12"));
    assertThat(order.getStopReason()).isEqualTo(StopReason.REMOTE_STOP);
    assertThat(order.getEnergy()).isEqualTo(Energy.of("10"));
  }

  @Test
  void offlineRecord_ofATransactionTypeOutsideTheTable_isAnOtherOrderThatSettles() {
    // pile-edge issue, item 1 / money.md §4.8: vendors send transaction type 0x03 or 0x00
    for (int raw : new int[] {0x00, 0x03}) {
      PileTransactionRecord vendors = record(Code.of(TransactionType.class, raw));

      ChargingOrder order =
          ChargingOrder.ofOfflineRecord(
              1, 2, vendors, ChargingType.of(vendors.getTransactionType()), NOW);
      order.settle(paid(), NOW.plusHours(1));

      assertThat(order.getChargingType()).isEqualTo(ChargingType.OTHER);
      assertThat(order.recordTransactionTypeCode()).contains(raw);
      assertThat(order.getState()).isEqualTo(OrderState.SETTLED);
    }
  }

  @Test
  void chargingTypeOf_eachListedTransactionType_isItsOwnType() {
    assertThat(ChargingType.of(Code.of(TransactionType.APP))).isEqualTo(ChargingType.APP);
    assertThat(ChargingType.of(Code.of(TransactionType.CARD))).isEqualTo(ChargingType.IC_CARD);
    assertThat(ChargingType.of(Code.of(TransactionType.OFFLINE_CARD)))
        .isEqualTo(ChargingType.OFFLINE_CARD);
    assertThat(ChargingType.of(Code.of(TransactionType.VIN))).isEqualTo(ChargingType.VIN);
  }

  @Test
  void settledOrder_refusesASecondRecordAndASecondSettlement() {
    ChargingOrder order = starting();
    order.finished(record());
    order.settle(paid(), NOW);

    assertThatThrownBy(() -> order.finished(record()))
        .isInstanceOf(IllegalOrderTransitionException.class);
    assertThatThrownBy(() -> order.settle(paid(), NOW))
        .isInstanceOf(IllegalOrderTransitionException.class);
  }

  @Test
  void startFailed_isFinishedAfterAllWhenThePileBillsTheSession() {
    ChargingOrder order = starting();
    assertThat(order.startFailed("timed out")).isTrue();
    assertThat(order.getState()).isEqualTo(OrderState.START_FAILED);

    order.finished(record());

    assertThat(order.getState()).isEqualTo(OrderState.FINISHED);
  }

  @Test
  void startFailed_afterTheRecord_changesNothing() {
    ChargingOrder order = starting();
    order.finished(record());

    assertThat(order.startFailed("late timeout")).isFalse();
    assertThat(order.getState()).isEqualTo(OrderState.FINISHED);
  }

  @Test
  void stop_beforeCharging_isRefused_andAFailedStopKeepsCharging() {
    ChargingOrder order = starting();
    assertThatThrownBy(order::stopRequested).isInstanceOf(IllegalOrderTransitionException.class);

    order.started();
    order.stopRequested();
    order.stopFailed("pile said no");

    assertThat(order.getState()).isEqualTo(OrderState.CHARGING);
    assertThat(order.getFailureReason()).contains("pile said no");
  }

  @Test
  void settle_beforeTheRecord_isRefused() {
    ChargingOrder order = starting();
    order.started();

    assertThatThrownBy(() -> order.settle(paid(), NOW))
        .isInstanceOf(IllegalOrderTransitionException.class);
  }

  @Test
  void silentSession_isAbnormal_andALateRecordStillFinishesIt() {
    ChargingOrder order = starting();
    assertThat(order.silent()).as("not charging yet").isFalse();
    order.started();

    assertThat(order.silent()).isTrue();
    assertThat(order.getState()).isEqualTo(OrderState.ABNORMAL);
    order.finished(record());
    assertThat(order.getState()).isEqualTo(OrderState.FINISHED);
  }

  static ChargingOrder abnormal() {
    ChargingOrder order = starting();
    order.started();
    order.silent();
    return order;
  }

  @Test
  void abnormalOrder_settledByStaff_isSettledAtItsLastFrame() {
    ChargingOrder order = abnormal();

    order.settleByStaff(paid(), new BigDecimal("11.9000"), NOW.plusMinutes(50), NOW.plusHours(2));

    assertThat(order.getState()).isEqualTo(OrderState.SETTLED);
    assertThat(order.isSettledByStaff()).isTrue();
    assertThat(order.getEndedAt()).isEqualTo(NOW.plusMinutes(50));
    assertThat(order.getSettledAt()).isEqualTo(NOW.plusHours(2));
    assertThat(order.getPileAmount()).isEqualByComparingTo("11.9");
    assertThat(order.getTotalAmount()).isEqualTo(Money.of("12"));
    assertThat(order.getRecordId()).isNull();
  }

  @Test
  void staffSettlement_ofAnOrderNotAbnormal_isRefused() {
    ChargingOrder charging = starting();
    charging.started();
    ChargingOrder finished = starting();
    finished.finished(record());
    ChargingOrder settled = abnormal();
    settled.settleByStaff(paid(), BigDecimal.TEN, NOW, NOW);

    for (ChargingOrder order : List.of(starting(), charging, finished, settled)) {
      OrderState before = order.getState();
      assertThatThrownBy(
              () -> order.settleByStaff(paid(), BigDecimal.TEN, NOW.plusHours(1), NOW.plusHours(1)))
          .as("from %s", before)
          .isInstanceOf(IllegalOrderTransitionException.class);
      assertThat(order.getState()).isEqualTo(before);
    }
    assertThat(settled.getSettledAt()).as("the first settlement stands").isEqualTo(NOW);
  }

  @Test
  void recordAfterAStaffSettlement_isKept_andChangesNoAmount() {
    ChargingOrder order = abnormal();
    order.settleByStaff(paid(), new BigDecimal("11.9000"), NOW, NOW);
    assertThat(order.awaitsRecordAfterStaffSettlement()).isTrue();

    assertThatThrownBy(() -> order.finished(record()))
        .isInstanceOf(IllegalOrderTransitionException.class);
    order.recordAfterStaffSettlement(record());

    assertThat(order.getState()).isEqualTo(OrderState.SETTLED);
    assertThat(order.getStopReason()).isEqualTo(StopReason.REMOTE_STOP);
    assertThat(order.getTotalAmount()).isEqualTo(Money.of("12"));
    assertThat(order.getEnergy()).isEqualTo(Energy.of("10"));
    assertThat(order.getPileAmount())
        .as("the frame's amount it was settled from")
        .isEqualByComparingTo("11.9");
  }

  @Test
  void recordAfterStaffSettlement_isRefusedForOrdersStaffDidNotSettle() {
    ChargingOrder byRecord = starting();
    byRecord.finished(record());
    byRecord.settle(paid(), NOW);

    for (ChargingOrder order : List.of(abnormal(), byRecord)) {
      assertThat(order.awaitsRecordAfterStaffSettlement()).isFalse();
      assertThatThrownBy(() -> order.recordAfterStaffSettlement(record()))
          .isInstanceOf(IllegalOrderTransitionException.class);
    }
  }
}
