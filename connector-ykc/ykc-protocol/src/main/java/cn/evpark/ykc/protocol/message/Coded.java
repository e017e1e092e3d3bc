package cn.evpark.ykc.protocol.message;

/** A code table entry: an enum constant with its one-byte wire value. */
public interface Coded {
  /** The wire value, 0..255. */
  int code();
}
