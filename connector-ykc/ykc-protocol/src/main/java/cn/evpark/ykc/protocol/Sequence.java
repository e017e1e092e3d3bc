package cn.evpark.ykc.protocol;

/**
 * The two raw SEQ bytes of a frame ({@code ykc-protocol.md §2.2}).
 *
 * <p>The document never states their byte order and implementations disagree, so the value is
 * opaque: a reply copies its request's two bytes verbatim, and nothing is ever rejected for its
 * sequence number. Only the counter of frames we originate ourselves interprets them, little-endian
 * like every other binary field: {@link #next()}.
 *
 * @param first the byte at frame offset 2, 0..255
 * @param second the byte at frame offset 3, 0..255
 */
public record Sequence(int first, int second) {

  /** The sequence a fresh connection starts with. */
  public static final Sequence ZERO = new Sequence(0, 0);

  public Sequence {
    if ((first & ~0xFF) != 0 || (second & ~0xFF) != 0) {
      throw new IllegalArgumentException("SEQ bytes must be 0..255: " + first + ", " + second);
    }
  }

  /** The sequence whose little-endian value is {@code value} (0..65535, wrapping). */
  public static Sequence ofLittleEndian(int value) {
    return new Sequence(value & 0xFF, (value >>> 8) & 0xFF);
  }

  /** The little-endian reading of the two bytes, 0..65535. */
  public int littleEndianValue() {
    return first | (second << 8);
  }

  /** The next value of the platform's own little-endian counter; wraps to zero after 0xFFFF. */
  public Sequence next() {
    return ofLittleEndian(littleEndianValue() + 1);
  }

  /** Parses four hex digits as the two raw bytes, e.g. {@code "CE04"}. */
  public static Sequence parse(String hex) {
    if (hex.length() != 4) {
      throw new IllegalArgumentException("SEQ is 4 hex digits: " + hex);
    }
    int value = Integer.parseInt(hex, 16);
    return new Sequence(value >>> 8, value & 0xFF);
  }

  /** The two bytes in wire order as four upper-case hex digits, e.g. {@code "CE04"}. */
  @Override
  public String toString() {
    return String.format("%02X%02X", first, second);
  }
}
