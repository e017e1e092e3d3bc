package cn.evpark.parking;

/**
 * Where a reservation (预约) is ({@code parking.md §2}). It starts {@link #RESERVED} and ends once,
 * in one of the others; the fee is kept in every case.
 */
public enum ReservationState {
  /** 预约中: the bay is held for the booked plate until the minutes run out. */
  RESERVED,
  /** 已到场: the booked plate entered the bay in time. */
  FULFILLED,
  /** 已过期: the minutes ran out without the booked plate. */
  EXPIRED,
  /** 已取消: the driver cancelled. */
  CANCELLED
}
