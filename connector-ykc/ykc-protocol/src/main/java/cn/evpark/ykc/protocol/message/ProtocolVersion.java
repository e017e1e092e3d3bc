package cn.evpark.ykc.protocol.message;

/**
 * The protocol version a pile reports in 0x01 login, version × 10 in one byte ({@code
 * ykc-protocol.md §5.1}): the versions the platform speaks. Any other value is kept raw by {@link
 * Code} and the pile logs in all the same, flagged (a {@code Code} whose {@link Code#isKnown()} is
 * false).
 *
 * <p>1.7 is 0x11: 17 = 1.7 × 10, as the V1.7 message classes of {@code com.lambda.cloud.ykc} ("17:
 * 表示1.7版本") and the V1.7 parser of {@code OoxdD/ev-charger-protocol-agent} ({@code
 * evcpa/protocols/ykc.py}, version = byte / 10) read it. What 1.7 changes is in {@code
 * docs/ykc-versions.md}.
 */
public enum ProtocolVersion implements Coded {
  V1_5(0x0F, "1.5"),
  V1_6(0x10, "1.6"),
  V1_7(0x11, "1.7");

  private final int code;
  private final String label;

  ProtocolVersion(int code, String label) {
    this.code = code;
    this.label = label;
  }

  @Override
  public int code() {
    return code;
  }

  /** The version as people write it, {@code "1.7"}. */
  public String label() {
    return label;
  }

  /**
   * How a reported version reads: {@code "1.7"}, or version × 10 as a decimal fraction for one the
   * platform does not know ({@code 0x12} reads {@code "1.8"}, {@code 0x0A} {@code "1.0"}).
   */
  public static String label(Code<ProtocolVersion> reported) {
    return reported
        .known()
        .map(ProtocolVersion::label)
        .orElseGet(() -> reported.raw() / 10 + "." + reported.raw() % 10);
  }
}
