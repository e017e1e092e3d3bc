package cn.evpark.ykc.protocol;

import io.netty.buffer.ByteBuf;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A CP56Time2a time tag (IEC 60870-5-104): 7 bytes of local China time ({@code ykc-protocol.md
 * §3.1}).
 *
 * <pre>
 *   98 B7  0E   11   10   03   14
 *   ms     min  hour day  mon  year   →  2020-03-16 17:14:47.000
 *   0xB798 = 47000 ms within the minute
 * </pre>
 *
 * <p>The value keeps the seven bytes exactly as received, flag bits (IV, SU, day of week) and
 * reserved bits included, so a decoded frame re-encodes to the same bytes, and a time a pile leaves
 * all-zero (seen in records of failed starts) is still a value instead of a decode error. {@link
 * #of(LocalDateTime)} writes no flags and day of week 0, as most implementations do.
 *
 * @param bits the seven bytes, byte {@code i} in bits {@code 8i..8i+7}
 */
public record Cp56Time2a(long bits) {

  /** Seven zero bytes: "no time". */
  public static final Cp56Time2a ZERO = new Cp56Time2a(0);

  public Cp56Time2a {
    if ((bits & ~0xFF_FFFF_FFFF_FFFFL) != 0) {
      throw new IllegalArgumentException("CP56Time2a has 56 bits: " + Long.toHexString(bits));
    }
  }

  /**
   * The tag for a local time in 2000..2099, at millisecond precision.
   *
   * @throws IllegalArgumentException for a year outside 2000..2099 or sub-millisecond nanos
   */
  public static Cp56Time2a of(LocalDateTime time) {
    if (time.getYear() < 2000 || time.getYear() > 2099) {
      throw new IllegalArgumentException("CP56Time2a years are 2000..2099: " + time);
    }
    if (time.getNano() % 1_000_000 != 0) {
      throw new IllegalArgumentException("CP56Time2a has millisecond precision: " + time);
    }
    long ms = time.getSecond() * 1000L + time.getNano() / 1_000_000;
    return new Cp56Time2a(
        ms
            | (long) time.getMinute() << 16
            | (long) time.getHour() << 24
            | (long) time.getDayOfMonth() << 32
            | (long) time.getMonthValue() << 40
            | (long) (time.getYear() - 2000) << 48);
  }

  /** Reads seven bytes at absolute {@code index}. */
  public static Cp56Time2a read(ByteBuf buf, int index) {
    return new Cp56Time2a(
        buf.getUnsignedIntLE(index) | (long) buf.getUnsignedMediumLE(index + 4) << 32);
  }

  /** Writes the seven bytes at the writer index. */
  public void write(ByteBuf buf) {
    buf.writeIntLE((int) bits);
    buf.writeMediumLE((int) (bits >>> 32));
  }

  private int octet(int i) {
    return (int) (bits >>> (8 * i)) & 0xFF;
  }

  /**
   * The local time the tag names, with the fields masked as the spec advises.
   *
   * @throws DateTimeException if the fields name no valid time (for example {@link #ZERO})
   */
  public LocalDateTime toLocalDateTime() {
    int ms = octet(0) | octet(1) << 8;
    if (ms > 59_999) {
      throw new DateTimeException("CP56Time2a milliseconds beyond a minute: " + ms);
    }
    if ((octet(6) & 0x7F) > 99) {
      throw new DateTimeException("CP56Time2a year beyond 99: " + (octet(6) & 0x7F));
    }
    return LocalDateTime.of(
        2000 + (octet(6) & 0x7F),
        octet(5) & 0x0F,
        octet(4) & 0x1F,
        octet(3) & 0x1F,
        octet(2) & 0x3F,
        ms / 1000,
        (ms % 1000) * 1_000_000);
  }

  /** The local time, or empty if the fields name no valid time. */
  public Optional<LocalDateTime> localDateTime() {
    try {
      return Optional.of(toLocalDateTime());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** True if the tag is exactly what {@link #of(LocalDateTime)} writes for its time. */
  public boolean isCanonical() {
    return localDateTime().map(t -> of(t).equals(this)).orElse(false);
  }

  /** The seven bytes as upper-case hex in wire order. */
  public String hex() {
    StringBuilder sb = new StringBuilder(14);
    for (int i = 0; i < 7; i++) {
      sb.append(String.format("%02X", octet(i)));
    }
    return sb.toString();
  }

  /** Parses seven bytes of hex in wire order. */
  public static Cp56Time2a parseHex(String hex) {
    if (hex.length() != 14) {
      throw new IllegalArgumentException("CP56Time2a is 14 hex digits: " + hex);
    }
    long bits = 0;
    for (int i = 6; i >= 0; i--) {
      bits = bits << 8 | Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return new Cp56Time2a(bits);
  }

  @Override
  public String toString() {
    return isCanonical() ? toLocalDateTime().toString() : "CP56Time2a[" + hex() + "]";
  }
}
