package cn.evpark.ykc.protocol.message;

/** Ground-lock alarm, 0x61 byte 11 (§8.5). */
public enum LockAlarm implements Coded {
  NONE(0x00, "none"),
  RAISE_LOWER_FAILED(0x55, "raise/lower failed"),
  ARM_DAMAGED(0xFF, "arm damaged in standby");

  private final int code;
  private final String description;

  LockAlarm(int code, String description) {
    this.code = code;
    this.description = description;
  }

  @Override
  public int code() {
    return code;
  }

  /** What the code means, in English. */
  public String description() {
    return description;
  }
}
