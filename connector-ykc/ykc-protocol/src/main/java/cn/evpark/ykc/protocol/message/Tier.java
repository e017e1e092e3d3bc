package cn.evpark.ykc.protocol.message;

/** A tariff tier of the billing model (§5.8): 0 sharp, 1 peak, 2 flat, 3 valley. */
public enum Tier implements Coded {
  SHARP(0x00, "sharp (尖)"),
  PEAK(0x01, "peak (峰)"),
  FLAT(0x02, "flat (平)"),
  VALLEY(0x03, "valley (谷)");

  private final int code;
  private final String description;

  Tier(int code, String description) {
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
