package cn.evpark.ykc.protocol.message;

import cn.evpark.ykc.protocol.FrameType;

/**
 * The body of a frame, decoded: one immutable record per frame type of {@code ykc-protocol.md §4},
 * or a {@link RawMessage} for a well-framed frame of a type not in the table.
 *
 * <p>Records validate in their compact constructors, so a message that exists can be encoded.
 * Money, energy and times carry their units in their types; reserved bytes are kept so that a
 * decoded frame encodes to its original bytes.
 */
public sealed interface YkcMessage permits PileMessage, PlatformMessage, RawMessage {

  /** The frame type; {@link FrameType#UNKNOWN} for a {@link RawMessage}. */
  FrameType type();

  /** The TYPE byte, 0..255. */
  default int typeCode() {
    return type().code();
  }

  /** The number of body bytes this message encodes to. */
  default int bodyLength() {
    return type().minBodyLength();
  }

  /** Writes the body; called by the codec. */
  void writeBody(BodyWriter out);
}
