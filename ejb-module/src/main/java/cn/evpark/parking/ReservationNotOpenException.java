package cn.evpark.parking;

import cn.evpark.shared.DomainException;
import java.util.List;

/** A reservation that has ended cannot be cancelled ({@code parking.reservation.notOpen}). */
public class ReservationNotOpenException extends DomainException {

  private static final long serialVersionUID = 1L;

  public ReservationNotOpenException(String orderNo, ReservationState state) {
    super(
        "parking.reservation.notOpen",
        "reservation " + orderNo + " is " + state,
        List.of(String.valueOf(orderNo), "reservation.state." + state));
  }
}
