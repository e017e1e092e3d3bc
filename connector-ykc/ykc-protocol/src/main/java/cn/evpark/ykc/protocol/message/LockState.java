package cn.evpark.ykc.protocol.message;

/** Ground-lock position, 0x61 byte 8 (§8.5). */
public enum LockState implements Coded {
  NOT_IN_POSITION(0x00, "not in position"),
  RAISED(0x55, "raised"),
  LOWERED(0xFF, "lowered");

  private final int code;
  private final String description;

  LockState(int code, String description) {
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
