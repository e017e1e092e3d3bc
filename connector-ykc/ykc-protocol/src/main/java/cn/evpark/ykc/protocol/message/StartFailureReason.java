package cn.evpark.ykc.protocol.message;

/** Why a remote start failed, 0x33/0xA3 byte 25 (§7.4). */
public enum StartFailureReason implements Coded {
  NONE(0x00, "none"),
  PILE_CODE_MISMATCH(0x01, "pile code mismatch"),
  GUN_ALREADY_CHARGING(0x02, "gun already charging"),
  DEVICE_FAULT(0x03, "device fault"),
  DEVICE_OFFLINE(0x04, "device offline"),
  GUN_NOT_PLUGGED_IN(0x05, "gun not plugged in; a late success may follow within 60 s");

  private final int code;
  private final String description;

  StartFailureReason(int code, String description) {
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
