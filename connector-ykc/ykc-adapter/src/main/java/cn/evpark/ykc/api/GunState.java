package cn.evpark.ykc.api;

/** What a gun is doing right now, as the platform knows it from the pile's frames. */
public enum GunState {
  /** The pile is not connected, or has not reported the gun since it logged in. */
  OFFLINE,
  IDLE,
  /** Plugged into a vehicle (插枪) but not charging. */
  PLUGGED,
  CHARGING,
  FAULT
}
