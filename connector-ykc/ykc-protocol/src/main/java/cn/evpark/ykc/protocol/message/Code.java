package cn.evpark.ykc.protocol.message;

import java.util.Objects;
import java.util.Optional;

/**
 * A one-byte code field a pile sends: a constant of the code table {@code E}, or a value the table
 * lacks kept as its raw byte. Vendors send values outside the spec's tables (a 0x3B transaction
 * type 0x03 or 0x00), and such a value must not cost the frame ({@code ykc-protocol.md §11}, {@code
 * money.md §4.8}): the message is decoded with the code unknown, and whoever handles it decides
 * what an unknown value means.
 *
 * <pre>
 * Code.of(TransactionType.APP)              known, raw 0x01
 * Code.of(TransactionType.class, 0x03)      unknown, raw 0x03
 * </pre>
 *
 * <p>Two codes are equal when they have the same table and raw byte.
 *
 * @param <E> the code table
 */
public final class Code<E extends Enum<E> & Coded> {

  private final Class<E> table;
  private final int raw;
  private final E known;

  private Code(Class<E> table, int raw, E known) {
    this.table = table;
    this.raw = raw;
    this.known = known;
  }

  /** The known code {@code constant}. */
  public static <E extends Enum<E> & Coded> Code<E> of(E constant) {
    Objects.requireNonNull(constant, "constant");
    return new Code<>(constant.getDeclaringClass(), constant.code(), constant);
  }

  /**
   * The code {@code raw} of {@code table}: known if the table lists it, else unknown.
   *
   * @throws IllegalArgumentException if {@code raw} is not a byte, 0..255
   */
  public static <E extends Enum<E> & Coded> Code<E> of(Class<E> table, int raw) {
    Fields.u8(raw, table.getSimpleName());
    return new Code<>(table, raw, Codes.find(table, raw));
  }

  /**
   * The code {@link #name()} gives: a constant's name, or {@code "0x"} and two hex digits.
   *
   * @throws IllegalArgumentException if {@code name} is neither
   */
  public static <E extends Enum<E> & Coded> Code<E> ofName(Class<E> table, String name) {
    if (name.startsWith("0x") && name.length() == 4) {
      return of(table, Integer.parseInt(name.substring(2), 16));
    }
    return of(Enum.valueOf(table, name));
  }

  /** The code table. */
  public Class<E> table() {
    return table;
  }

  /** The byte on the wire, 0..255. */
  public int raw() {
    return raw;
  }

  /** The table's constant, empty if the table lacks the raw value. */
  public Optional<E> known() {
    return Optional.ofNullable(known);
  }

  /** Whether the table lists the raw value. */
  public boolean isKnown() {
    return known != null;
  }

  /** Whether this is {@code constant}; an unknown code is no constant. */
  public boolean is(E constant) {
    return known == constant;
  }

  /**
   * The constant's name, {@code "APP"}, or for an unknown code {@code "0x"} and its raw byte in
   * upper-case hex, {@code "0x03"}: at most as long as the longest constant name or 4, and read
   * back by {@link #ofName}.
   */
  public String name() {
    return known != null ? known.name() : "0x" + hex();
  }

  /** The raw byte as two upper-case hex digits, {@code "03"}. */
  public String hex() {
    return String.format("%02X", raw);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Code<?> other && other.table == table && other.raw == raw;
  }

  @Override
  public int hashCode() {
    return table.hashCode() * 31 + raw;
  }

  /** {@code "APP"}, or {@code "TransactionType 0x03 (unknown)"}. */
  @Override
  public String toString() {
    return known != null
        ? known.name()
        : String.format("%s 0x%02X (unknown)", table.getSimpleName(), raw);
  }
}
