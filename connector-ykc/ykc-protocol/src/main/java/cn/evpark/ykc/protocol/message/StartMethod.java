package cn.evpark.ykc.protocol.message;

/** How a start at the pile was requested, 0x31/0xA1 byte 8 (§7.1). */
public enum StartMethod implements Coded {
  CARD(0x01, "card swipe"),
  ACCOUNT_PASSWORD(0x02, "account and password"),
  VIN(0x03, "VIN (plug and charge)");

  private final int code;
  private final String description;

  StartMethod(int code, String description) {
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
