package cn.evpark.ykc.protocol;

import cn.evpark.ykc.protocol.message.YkcMessage;
import java.util.Objects;

/**
 * One frame: the envelope around a message.
 *
 * <pre>
 *   68   0C   00 00   00   02    55 03 14 12 78 23 05 00   DA 4C
 *   start LEN  SEQ    ENC  TYPE  body (LEN - 4 bytes)       CRC16/MODBUS over SEQ..body
 * </pre>
 *
 * <p>Encoding writes the CRC in {@link #crcOrder}, so a received frame re-encodes to its own bytes
 * even when the pile sent a swapped CRC. ENC is always 0: encrypted frames are refused on decode.
 *
 * @param seq the raw SEQ bytes; a reply copies its request's
 * @param crcOrder the CRC byte order the frame was received with, {@link CrcOrder#LE} for ours
 * @param message the body
 */
public record YkcFrame(Sequence seq, CrcOrder crcOrder, YkcMessage message) {

  public YkcFrame {
    Objects.requireNonNull(seq, "seq");
    Objects.requireNonNull(crcOrder, "crcOrder");
    Objects.requireNonNull(message, "message");
  }

  /** A frame as we send it: CRC low byte first. */
  public static YkcFrame of(Sequence seq, YkcMessage message) {
    return new YkcFrame(seq, CrcOrder.LE, message);
  }

  /** The reply to this frame: same SEQ bytes ({@code ykc-protocol.md §2.2}), CRC low byte first. */
  public YkcFrame reply(YkcMessage reply) {
    return new YkcFrame(seq, CrcOrder.LE, reply);
  }

  /** The frame's size on the wire: LEN + 4. */
  public int length() {
    return YkcCodec.HEADER_LENGTH + message.bodyLength() + 2;
  }
}
