package cn.evpark.ykc.protocol.message;

/**
 * A one-byte flag: 0x00 or 0x01 by the spec ({@code ykc-protocol.md §3}). Uplink messages carry it
 * as a {@link Code}, so a pile's 0x02 is kept, counted and shown rather than costing the frame;
 * each such message reads any byte but 0x01 as false (the safe side: not started, not stored, not
 * plugged) and says so on its accessor.
 */
public enum Flag implements Coded {
  NO(0x00),
  YES(0x01);

  private final int code;

  Flag(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }

  /** {@link #YES} for true, {@link #NO} for false. */
  public static Code<Flag> of(boolean value) {
    return Code.of(value ? YES : NO);
  }
}
