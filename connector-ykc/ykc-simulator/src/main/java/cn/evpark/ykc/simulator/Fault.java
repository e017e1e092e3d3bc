package cn.evpark.ykc.simulator;

/** Misbehaviour a {@link VirtualPile} shows on request, as real piles do. */
public enum Fault {
  /** The next frame goes out with a corrupted CRC (once). */
  BAD_CRC,
  /** Every frame from now on carries its CRC high byte first (spec §2.1). */
  SWAPPED_CRC,
  /** A run of random bytes without a start byte goes out now (once). */
  GARBAGE,
  /** Every frame from now on is written in several pieces, flushed separately. */
  SPLIT_FRAMES,
  /** Every transaction record from now on is sent twice. */
  DUPLICATE_RECORDS,
  /** Nothing is sent any more, heartbeats included, while the socket stays open. */
  SILENCE
}
