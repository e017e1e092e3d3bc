package cn.evpark.ykc.protocol.netty;

import cn.evpark.ykc.protocol.YkcDecodeException;
import cn.evpark.ykc.protocol.YkcDecodeException.Reason;
import java.util.Objects;

/**
 * Bytes {@link YkcFrameDecoder} could not turn into a frame, passed down the pipeline instead of an
 * exception so the next handler can count, log and decide (the adapter closes a connection after a
 * configured number of them; {@code architecture.md}, data flow 1).
 *
 * @param reason why
 * @param detail what exactly, for the log
 * @param hex the offending bytes, upper-case hex, at most one maximal frame's worth
 */
public record InvalidFrame(Reason reason, String detail, String hex) {

  public InvalidFrame {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(hex, "hex");
  }

  static InvalidFrame of(YkcDecodeException e) {
    return new InvalidFrame(e.reason(), e.detail(), e.frameHex());
  }
}
