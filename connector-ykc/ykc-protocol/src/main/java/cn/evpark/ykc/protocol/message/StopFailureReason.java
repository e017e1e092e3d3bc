package cn.evpark.ykc.protocol.message;

/** Why a remote stop failed, 0x35 byte 9 (§7.6). */
public enum StopFailureReason implements Coded {
  NONE(0x00, "none"),
  PILE_CODE_MISMATCH(0x01, "pile code mismatch"),
  GUN_NOT_CHARGING(0x02, "gun not charging"),
  OTHER(0x03, "other");

  private final int code;
  private final String description;

  StopFailureReason(int code, String description) {
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
