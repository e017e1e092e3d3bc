package cn.evpark.benefit;

/** Where a charging activity stands on a business day (manual 7.4's list). */
public enum ActivityState {
  /** Its first day has not come (未开始). */
  NOT_STARTED,
  /** Within its dates and not ended (进行中). */
  ACTIVE,
  /** Past its last day, or ended early by staff (已结束). */
  ENDED
}
