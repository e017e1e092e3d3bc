package cn.evpark.ykc.protocol.message;

/** The platform's answer to a transaction record, 0x40 byte 16 (§7.8). */
public enum TransactionAckResult implements Coded {
  RECEIVED(0x00, "received"),
  INVALID_BILL(0x01, "invalid bill: the pile may discard it");

  private final int code;
  private final String description;

  TransactionAckResult(int code, String description) {
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
