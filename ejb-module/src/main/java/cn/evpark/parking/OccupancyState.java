package cn.evpark.parking;

/** Where a stay in a bay is ({@code parking.md §3}, 订单状态 of manual 5.4). */
public enum OccupancyState {
  /** 占位中: the car is in the bay (or a session's deposit waits for its departure). */
  OCCUPYING,
  /** 已驶离: the car left while its charging session had not ended; settled once it has. */
  LEFT,
  /** 待人工处理: no departure was seen in time; staff settle it, nothing is guessed. */
  WAITING_FOR_STAFF,
  /** 已结算: the fee taken from the deposit, the rest returned, anything more owed. */
  SETTLED;

  /** Whether the stay still waits for its settlement. */
  public boolean isOpen() {
    return this != SETTLED;
  }
}
