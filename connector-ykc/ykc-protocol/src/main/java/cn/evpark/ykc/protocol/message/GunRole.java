package cn.evpark.ykc.protocol.message;

/** A gun's role in parallel charging, 0xA1/0xA3 (§7.12). */
public enum GunRole implements Coded {
  MAIN(0x00, "main gun"),
  AUXILIARY(0x01, "auxiliary gun");

  private final int code;
  private final String description;

  GunRole(int code, String description) {
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
