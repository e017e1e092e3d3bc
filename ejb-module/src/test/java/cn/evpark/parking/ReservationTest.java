package cn.evpark.parking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.evpark.shared.Money;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ReservationTest {

  static final LocalDateTime BOOKED = LocalDateTime.of(2026, 12, 1, 2, 0);

  static Reservation booked() {
    return new Reservation(
        1, 2, 3, "B-01", 4, "粤B12345", 60, Money.of("5.00"), "driver:4:k", BOOKED);
  }

  @Test
  void aNewReservation_holdsTheBayUntilItsMinutesRunOut() {
    Reservation reservation = booked();

    assertThat(reservation.getState()).isEqualTo(ReservationState.RESERVED);
    assertThat(reservation.getEndsAt()).isEqualTo(BOOKED.plusMinutes(60));
    assertThat(reservation.holds(BOOKED.plusMinutes(59))).isTrue();
    assertThat(reservation.holds(BOOKED.plusMinutes(60))).isFalse();
    assertThat(reservation.getLockState()).isEqualTo(BayLockState.SENT);
  }

  @Test
  void theBookedPlate_arrivingInTime_fulfilsIt_once() {
    Reservation reservation = booked();

    assertThat(reservation.arrived(10, BOOKED.plusMinutes(30))).isTrue();
    assertThat(reservation.arrived(11, BOOKED.plusMinutes(40))).isFalse();

    assertThat(reservation.getState()).isEqualTo(ReservationState.FULFILLED);
    assertThat(reservation.getEntryEventId()).contains(10L);
    assertThat(reservation.getEndedAt()).contains(BOOKED.plusMinutes(30));
    assertThat(reservation.holds(BOOKED.plusMinutes(31))).isFalse();
  }

  @Test
  void anArrivalThatHappenedInTime_butCameAfterTheExpiry_stillFulfilsIt() {
    Reservation reservation = booked();
    reservation.expire();

    assertThat(reservation.arrived(10, BOOKED.plusMinutes(59))).isTrue();
    assertThat(reservation.getState()).isEqualTo(ReservationState.FULFILLED);
  }

  @Test
  void anArrivalOutsideTheBooking_changesNothing() {
    Reservation reservation = booked();

    assertThat(reservation.arrived(10, BOOKED.minusMinutes(1))).isFalse();
    assertThat(reservation.arrived(11, BOOKED.plusMinutes(61))).isFalse();
    assertThat(reservation.getState()).isEqualTo(ReservationState.RESERVED);
  }

  @Test
  void aCancelledReservation_cannotBeCancelledAgain_norExpire_norBeFulfilled() {
    Reservation reservation = booked();
    reservation.cancel(BOOKED.plusMinutes(5));

    assertThat(reservation.getState()).isEqualTo(ReservationState.CANCELLED);
    assertThatThrownBy(() -> reservation.cancel(BOOKED.plusMinutes(6)))
        .isInstanceOf(ReservationNotOpenException.class);
    assertThatThrownBy(reservation::expire).isInstanceOf(IllegalStateException.class);
    assertThat(reservation.arrived(10, BOOKED.plusMinutes(7))).isFalse();
  }

  @Test
  void theBookedPlateLeaving_isNotedOnceAfterItsEntry() {
    Reservation reservation = booked();
    assertThat(reservation.left(9)).isFalse();
    assertThat(reservation.getExitEventId()).isEmpty();

    reservation.arrived(10, BOOKED.plusMinutes(30));
    assertThat(reservation.left(11)).isTrue();
    assertThat(reservation.left(12)).isFalse();

    assertThat(reservation.getExitEventId()).contains(11L);
  }
}
