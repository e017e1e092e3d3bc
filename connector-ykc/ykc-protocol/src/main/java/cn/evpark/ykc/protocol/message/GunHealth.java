package cn.evpark.ykc.protocol.message;

/** Gun state in 0x03 heartbeat (§5.3). */
public enum GunHealth implements Coded {
  NORMAL(0x00, "normal"),
  FAULT(0x01, "fault");

  private final int code;
  private final String description;

  GunHealth(int code, String description) {
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
