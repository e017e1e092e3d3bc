package cn.evpark.ykc.protocol;

/**
 * The byte order of a frame's CRC on the wire.
 *
 * <p>The document asks for the low byte first ({@link #LE}); real piles have been seen sending the
 * high byte first ({@link #BE}) because the document's table routine returns a byte-swapped value
 * ({@code ykc-protocol.md §2.1}). We accept both on receive, record which one a frame used, and
 * write a frame's CRC in its own order, so re-encoding a received frame gives its bytes back. Our
 * own frames are always {@link #LE}. A CRC whose two bytes are equal reads as {@link #LE}.
 */
public enum CrcOrder {
  /** Low byte first, as the document says. */
  LE,
  /** High byte first: a swapped CRC, accepted on receive and flagged. */
  BE
}
