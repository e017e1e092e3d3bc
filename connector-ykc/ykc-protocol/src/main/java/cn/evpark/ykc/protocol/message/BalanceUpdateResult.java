package cn.evpark.ykc.protocol.message;

/** Result of a balance update, 0x41 byte 15 (§7.10). */
public enum BalanceUpdateResult implements Coded {
  UPDATED(0x00, "updated"),
  PILE_CODE_ERROR(0x01, "pile code error"),
  CARD_ERROR(0x02, "card number error");

  private final int code;
  private final String description;

  BalanceUpdateResult(int code, String description) {
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
