package cn.evpark.parking;

/** 减免类型 of a parking-fee reduction ({@code parking.md §4}, manual 5.2). */
public enum ReductionKind {
  /** 减免时长: so many minutes of parking free. */
  MINUTES,
  /** 减免金额: so many yuan off the parking fee. */
  AMOUNT
}
