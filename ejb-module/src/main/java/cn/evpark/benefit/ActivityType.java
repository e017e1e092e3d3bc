package cn.evpark.benefit;

/** The kind of a charging activity (活动类型, manual 7.4): only proportional (按比例) exists. */
public enum ActivityType {
  /** A discount in per cent on electricity and service (按比例). */
  PROPORTIONAL
}
