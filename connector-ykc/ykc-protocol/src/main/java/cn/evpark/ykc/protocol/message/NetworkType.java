package cn.evpark.ykc.protocol.message;

/** Network link of a pile in 0x01 login (§5.1). */
public enum NetworkType implements Coded {
  SIM(0x00, "cellular (SIM card)"),
  LAN(0x01, "local area network"),
  WAN(0x02, "wide area network"),
  OTHER(0x03, "other");

  private final int code;
  private final String description;

  NetworkType(int code, String description) {
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
