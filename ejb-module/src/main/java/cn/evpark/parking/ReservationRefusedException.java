package cn.evpark.parking;

import cn.evpark.shared.DomainException;

/**
 * A reservation check of {@code parking.md §2} failed; {@link #check()} says which. Codes: {@code
 * parking.reserve.<check>}, e.g. {@code parking.reserve.dailyLimit}. Nothing was paid or held.
 */
public class ReservationRefusedException extends DomainException {

  private static final long serialVersionUID = 1L;

  /** The reservation checks, in the order they are made. */
  public enum Check {
    /** The station has not published (发布) a reservation rule. */
    notOffered,
    /** The rule offers no tier of these minutes. */
    tierUnknown,
    /** The plate is not one of the driver's. */
    plateNotDrivers,
    /** The station has no bay of that number. */
    bayUnknown,
    /** The bay has no ground lock that reported itself: it cannot be held (manual 2.2). */
    noLock,
    /** The bay's pile is offline, so its lock cannot be raised now. */
    pileOffline,
    /** Another reservation holds the bay. */
    bayReserved,
    /** A vehicle stands in the bay. */
    bayOccupied,
    /** The driver owes the operator money (欠费, {@code parking.md §5}). */
    arrears,
    /** The driver has used the rule's reservations of the day (同一车主单日预约次数限制). */
    dailyLimit,
    /** The wallet holds less than the fee. */
    balance
  }

  private final Check check;

  public ReservationRefusedException(Check check, String message) {
    super("parking.reserve." + check.name(), message);
    this.check = check;
  }

  public Check check() {
    return check;
  }
}
