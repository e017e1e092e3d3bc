package cn.evpark.ykc.api;

import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.YkcCodec;
import cn.evpark.ykc.protocol.YkcFrame;
import cn.evpark.ykc.protocol.message.PileMessage;
import java.time.Instant;
import java.util.Objects;

/**
 * One message received from a pile, as delivered to the platform.
 *
 * @param pileCode the pile it came from (for a login, the code the pile claims)
 * @param frame the decoded frame: its message, SEQ bytes and CRC byte order
 * @param receivedAt when the adapter read it
 * @param connectionId the TCP connection it arrived on; a pile that reconnects gets a new one
 * @param remoteAddress the pile's address, for the logs
 */
public record PileEvent(
    PileCode pileCode,
    YkcFrame frame,
    Instant receivedAt,
    long connectionId,
    String remoteAddress) {

  public PileEvent {
    Objects.requireNonNull(pileCode, "pileCode");
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(remoteAddress, "remoteAddress");
    if (!(frame.message() instanceof PileMessage)) {
      throw new IllegalArgumentException("not a pile's message: " + frame.message().type());
    }
  }

  public PileMessage message() {
    return (PileMessage) frame.message();
  }

  /** The frame's bytes exactly as the pile sent them (SEQ and CRC order included). */
  public byte[] rawFrame() {
    return YkcCodec.encode(frame);
  }
}
