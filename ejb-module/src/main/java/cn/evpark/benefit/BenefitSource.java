package cn.evpark.benefit;

/** Where a benefit comes from (money.md §5): a driver's VIP or a charging activity (充电活动). */
public enum BenefitSource {
  /** The driver's VIP benefit at the operator (用户管理). */
  VIP,
  /** A charging activity of the station (充电活动). */
  ACTIVITY
}
