package cn.evpark.ykc.protocol;

import java.util.Objects;

/**
 * A pile code: 14 decimal digits, 7 bytes BCD on the wire, assigned by the platform ({@code
 * ykc-protocol.md §3}). Example: {@code 55 03 14 12 78 23 05} is {@code "55031412782305"}.
 *
 * @param value the 14 digits
 */
public record PileCode(String value) {

  public PileCode {
    Objects.requireNonNull(value, "value");
    if (!Bcd.isDecimal(value, 14)) {
      throw new IllegalArgumentException("pile code must be 14 decimal digits: " + value);
    }
  }

  /** Same as the constructor. */
  public static PileCode of(String value) {
    return new PileCode(value);
  }

  /** The code {@code offset} places after this one, e.g. the next pile of a load run. */
  public PileCode plus(long offset) {
    long next = Long.parseLong(value) + offset;
    if (next < 0 || next > 99_999_999_999_999L) {
      throw new IllegalArgumentException("pile code out of range: " + next);
    }
    return new PileCode(String.format("%014d", next));
  }

  @Override
  public String toString() {
    return value;
  }
}
