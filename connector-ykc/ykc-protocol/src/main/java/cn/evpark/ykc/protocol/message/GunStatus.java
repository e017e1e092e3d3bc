package cn.evpark.ykc.protocol.message;

/** Gun status in 0x13 real-time data (§10.1). A charging gun never reports idle. */
public enum GunStatus implements Coded {
  OFFLINE(0x00, "offline"),
  FAULT(0x01, "fault"),
  IDLE(0x02, "idle"),
  CHARGING(0x03, "charging");

  private final int code;
  private final String description;

  GunStatus(int code, String description) {
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
