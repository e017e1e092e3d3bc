package cn.evpark.ykc.protocol.message;

/** Outcome of a remote update, 0x93 byte 7 (§8.4). */
public enum UpdateStatus implements Coded {
  SUCCESS(0x00, "success"),
  PILE_CODE_ERROR(0x01, "pile code error"),
  MODEL_MISMATCH(0x02, "program does not match pile model"),
  DOWNLOAD_TIMEOUT(0x03, "download timeout");

  private final int code;
  private final String description;

  UpdateStatus(int code, String description) {
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
