package cn.evpark.ykc.protocol;

/**
 * The only exception the decoder throws: bytes that are not a frame we can turn into a message.
 *
 * <p>It carries a {@link Reason} and the offending bytes in hex, because this protocol is debugged
 * from hex dumps. It has no stack trace: bad input is expected traffic, not a program error, and a
 * stream of garbage must not cost a stack walk per byte.
 */
public final class YkcDecodeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why bytes were refused. */
  public enum Reason {
    /** Bytes before a start byte {@code 0x68}; skipped while resynchronising. */
    BAD_START_BYTE,
    /** LEN below 4 (no room for SEQ, ENC and TYPE), or a frame whose size disagrees with LEN. */
    LENGTH_OUT_OF_RANGE,
    /** The CRC matches in neither byte order. */
    CRC_MISMATCH,
    /** The body is shorter than its frame type needs. */
    BODY_TOO_SHORT,
    /** The body is longer than its frame type allows, or its item count disagrees with LEN. */
    BODY_LENGTH_MISMATCH,
    /** A field holds a value its type does not allow (a non-decimal BCD digit, an unknown code). */
    FIELD_OUT_OF_RANGE,
    /** ENC is {@code 0x01} (3DES): no key scheme is agreed with any pile vendor. */
    ENCRYPTED_UNSUPPORTED,
    /** ENC is neither {@code 0x00} nor {@code 0x01}. */
    UNKNOWN_ENCRYPTION_FLAG,
    /** The connection ended in the middle of a frame. */
    TRUNCATED
  }

  private final Reason reason;
  private final String frameHex;

  public YkcDecodeException(Reason reason, String detail, String frameHex) {
    super(
        reason + ": " + detail + (frameHex.isEmpty() ? "" : " [" + frameHex + "]"),
        null,
        false,
        false);
    this.reason = reason;
    this.frameHex = frameHex;
  }

  /** An exception for a field, before the frame's bytes are known; see {@link #withFrame}. */
  public YkcDecodeException(Reason reason, String detail) {
    this(reason, detail, "");
  }

  public Reason reason() {
    return reason;
  }

  /** The offending bytes as upper-case hex without spaces; empty if not known. */
  public String frameHex() {
    return frameHex;
  }

  /** The reason and detail without the hex. */
  public String detail() {
    String message = getMessage();
    int hexStart = message.lastIndexOf(" [");
    return frameHex.isEmpty() || hexStart < 0 ? message : message.substring(0, hexStart);
  }

  /** This exception with the frame's bytes attached. */
  public YkcDecodeException withFrame(String hex) {
    return new YkcDecodeException(reason, detail().substring(reason.name().length() + 2), hex);
  }
}
