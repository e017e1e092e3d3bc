package cn.evpark.ykc.protocol.message;

/** Ground-lock command, 0x62 byte 8 (§8.5). */
public enum LockAction implements Coded {
  RAISE(0x55, "raise"),
  LOWER(0xFF, "lower");

  private final int code;
  private final String description;

  LockAction(int code, String description) {
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
