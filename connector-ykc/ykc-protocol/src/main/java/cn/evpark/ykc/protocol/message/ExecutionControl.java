package cn.evpark.ykc.protocol.message;

/** When a pile carries out a reboot or update, 0x92/0x94 (§8.3, §8.4). */
public enum ExecutionControl implements Coded {
  IMMEDIATELY(0x01, "immediately"),
  WHEN_IDLE(0x02, "when idle");

  private final int code;
  private final String description;

  ExecutionControl(int code, String description) {
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
