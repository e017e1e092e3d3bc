package cn.evpark.ykc.api;

import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.PileMessage;
import java.time.Instant;
import java.util.Objects;

/**
 * One message received from a pile, as delivered to the platform.
 *
 * @param pileCode the pile it came from (for a login, the code the pile claims)
 * @param message the decoded message
 * @param receivedAt when the adapter read it
 * @param connectionId the TCP connection it arrived on; a pile that reconnects gets a new one
 * @param remoteAddress the pile's address, for the logs
 */
public record PileEvent(
    PileCode pileCode,
    PileMessage message,
    Instant receivedAt,
    long connectionId,
    String remoteAddress) {

  public PileEvent {
    Objects.requireNonNull(pileCode, "pileCode");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(remoteAddress, "remoteAddress");
  }
}
