package cn.evpark.ykc.protocol.message;

/** Why an offline-card sync failed, 0x43 byte 8 (§7.11). */
public enum CardSyncFailure implements Coded {
  NONE(0x00, "none"),
  CARD_FORMAT_ERROR(0x01, "card format error"),
  STORAGE_FULL(0x02, "storage full");

  private final int code;
  private final String description;

  CardSyncFailure(int code, String description) {
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
