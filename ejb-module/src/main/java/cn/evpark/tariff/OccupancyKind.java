package cn.evpark.tariff;

/** The two kinds of occupancy the manual prices separately (二、2.3). */
public enum OccupancyKind {
  /** 有充电订单类占位: the car stays after charging ends; counted from the end of charging. */
  WITH_CHARGING_ORDER,
  /** 无充电订单类占位: the car parks in the bay without charging; counted from entering the bay. */
  WITHOUT_CHARGING_ORDER
}
