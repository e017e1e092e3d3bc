package cn.evpark.pile;

import cn.evpark.ykc.api.YkcConnection;
import cn.evpark.ykc.api.YkcConnectionFactory;
import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.PileMessage;
import cn.evpark.ykc.protocol.message.TimeSync;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.resource.ResourceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletionStage;

/**
 * Commands to piles over YKC. Each returns at once; the stage completes with the pile's reply, or
 * fails when the pile is offline or does not answer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PileCommands {

  /** Piles keep China local time (ykc-protocol.md §3.1). */
  private static final ZoneId PILE_ZONE = ZoneId.of("Asia/Shanghai");

  @Resource(lookup = "java:app/evpark/ykc")
  YkcConnectionFactory ykc;

  @Inject Clock clock;

  /** Sets the pile's clock to the platform's (同步时间); completes with the time the pile set. */
  public CompletionStage<PileMessage> syncTime(PileCode code) {
    try (YkcConnection connection = ykc.getConnection()) {
      return connection.send(
          new TimeSync(
              code,
              Cp56Time2a.of(
                  LocalDateTime.ofInstant(clock.instant(), PILE_ZONE)
                      .truncatedTo(ChronoUnit.MILLIS))));
    } catch (ResourceException e) {
      throw new IllegalStateException("the YKC adapter gives no connection", e);
    }
  }
}
