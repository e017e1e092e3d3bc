package cn.evpark.charging;

/**
 * The states of a {@link ChargingOrder} (money.md §3): {@code STARTING} (0x34 sent) → {@code
 * CHARGING} (0x33 success) → {@code STOPPING} (0x36 sent) → {@code FINISHED} (0x3B received) →
 * {@code SETTLED}; {@code START_FAILED} when the start was refused or not answered (no money
 * moves); {@code ABNORMAL} when no transaction record came in time (staff decide, never a guess).
 */
public enum OrderState {
  STARTING,
  CHARGING,
  STOPPING,
  FINISHED,
  SETTLED,
  START_FAILED,
  ABNORMAL
}
