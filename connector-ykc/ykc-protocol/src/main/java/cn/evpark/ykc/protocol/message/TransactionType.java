package cn.evpark.ykc.protocol.message;

/** How a session was started, 0x3B byte 141 (§7.7). */
public enum TransactionType implements Coded {
  APP(0x01, "app start"),
  CARD(0x02, "card start"),
  OFFLINE_CARD(0x04, "offline card start"),
  VIN(0x05, "VIN start");

  private final int code;
  private final String description;

  TransactionType(int code, String description) {
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
