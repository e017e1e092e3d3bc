package cn.evpark.parking;

/**
 * What became of the platform's last command to a reserved bay's ground lock ({@code parking.md
 * §2}): raised when booked, lowered when the reservation ends.
 */
public enum BayLockState {
  /** A command went to the lock; its answer has not come. */
  SENT,
  /** The lock rose: the bay is closed to other cars. */
  RAISED,
  /** The lock went down: the bay is open. */
  LOWERED,
  /** The lock did not move, or the pile did not answer; {@code lockError} says why. */
  FAILED
}
