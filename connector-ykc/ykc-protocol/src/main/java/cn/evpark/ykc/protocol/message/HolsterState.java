package cn.evpark.ykc.protocol.message;

/** Whether the gun is back in its holster, 0x13 byte 25 (§6.2). */
public enum HolsterState implements Coded {
  OUT(0x00, "not returned"),
  HOLSTERED(0x01, "returned"),
  UNKNOWN(0x02, "cannot be detected");

  private final int code;
  private final String description;

  HolsterState(int code, String description) {
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
