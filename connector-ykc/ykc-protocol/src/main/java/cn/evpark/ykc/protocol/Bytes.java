package cn.evpark.ykc.protocol;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable run of raw bytes: reserved fields, bodies of unknown frame types, BMS data kept as
 * received. Equal by content; printed and parsed as upper-case hex.
 */
public final class Bytes {

  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  /** No bytes. */
  public static final Bytes EMPTY = new Bytes(new byte[0]);

  private final byte[] bytes;

  private Bytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A copy of {@code bytes}. */
  public static Bytes of(byte... bytes) {
    return new Bytes(bytes.clone());
  }

  /** {@code length} zero bytes. */
  public static Bytes zeros(int length) {
    return new Bytes(new byte[length]);
  }

  /** Parses hex digits; spaces are ignored. */
  public static Bytes parseHex(String hex) {
    return new Bytes(HEX.parseHex(hex.replace(" ", "")));
  }

  public int length() {
    return bytes.length;
  }

  /** The byte at {@code index}, 0..255. */
  public int get(int index) {
    return bytes[index] & 0xFF;
  }

  /** A copy of the bytes. */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /** Upper-case hex without spaces. */
  public String hex() {
    return HEX.formatHex(bytes);
  }

  /** Reads {@code length} bytes at absolute {@code index}. */
  public static Bytes read(ByteBuf buf, int index, int length) {
    byte[] bytes = new byte[length];
    buf.getBytes(index, bytes);
    return new Bytes(bytes);
  }

  /** Writes the bytes at the writer index. */
  public void writeTo(ByteBuf buf) {
    buf.writeBytes(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return hex();
  }
}
