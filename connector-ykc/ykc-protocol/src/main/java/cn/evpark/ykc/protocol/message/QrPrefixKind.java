package cn.evpark.ykc.protocol.message;

/** How a pile builds its QR code from the prefix, 0xF0 byte 7 (§8.6). */
public enum QrPrefixKind implements Coded {
  PREFIX_PILE_CODE(0x00, "prefix + pile code"),
  PREFIX_ORGANISATION_PILE_CODE(0x01, "prefix + organisation + pile code");

  private final int code;
  private final String description;

  QrPrefixKind(int code, String description) {
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
