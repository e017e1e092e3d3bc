package cn.evpark.ykc.protocol.message;

/** A message about one gun of a pile. */
public interface GunScoped extends PileScoped {
  /** The gun number, 1 for the first gun (BCD on the wire, BIN in ground-lock frames). */
  int gun();
}
