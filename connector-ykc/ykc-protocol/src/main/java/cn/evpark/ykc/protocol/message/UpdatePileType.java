package cn.evpark.ykc.protocol.message;

/** Pile model in 0x94 remote update (§8.4). */
public enum UpdatePileType implements Coded {
  DC(0x01, "DC pile"),
  AC(0x02, "AC pile");

  private final int code;
  private final String description;

  UpdatePileType(int code, String description) {
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
