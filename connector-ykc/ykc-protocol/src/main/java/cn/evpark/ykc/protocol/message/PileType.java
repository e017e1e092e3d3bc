package cn.evpark.ykc.protocol.message;

/** Pile type in 0x01 login (§5.1). */
public enum PileType implements Coded {
  DC(0x00, "direct current"),
  AC(0x01, "alternating current");

  private final int code;
  private final String description;

  PileType(int code, String description) {
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
