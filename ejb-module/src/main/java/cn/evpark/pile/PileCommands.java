package cn.evpark.pile;

import cn.evpark.shared.BusinessCalendar;
import cn.evpark.ykc.api.YkcConnection;
import cn.evpark.ykc.api.YkcConnectionFactory;
import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.ExecutionControl;
import cn.evpark.ykc.protocol.message.PileMessage;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import cn.evpark.ykc.protocol.message.QrPrefix;
import cn.evpark.ykc.protocol.message.QrPrefixKind;
import cn.evpark.ykc.protocol.message.RemoteReboot;
import cn.evpark.ykc.protocol.message.RemoteStart;
import cn.evpark.ykc.protocol.message.RemoteStartResult;
import cn.evpark.ykc.protocol.message.RemoteStop;
import cn.evpark.ykc.protocol.message.RemoteStopResult;
import cn.evpark.ykc.protocol.message.TimeSync;
import cn.evpark.ykc.protocol.message.WorkParameters;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.resource.ResourceException;
import java.time.Clock;
import java.time.LocalDateTime;
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
  @Resource(lookup = "java:app/evpark/ykc")
  YkcConnectionFactory ykc;

  @Inject Clock clock;

  /** Sets the pile's clock to the platform's (同步时间); completes with the time the pile set. */
  public CompletionStage<PileMessage> syncTime(PileCode code) {
    return send(
        new TimeSync(
            code,
            Cp56Time2a.of(
                LocalDateTime.ofInstant(clock.instant(), BusinessCalendar.ZONE)
                    .truncatedTo(ChronoUnit.MILLIS))));
  }

  /** Reboots the pile at once (重启, 0x92, ykc-protocol.md §8.3); completes with its 0x91. */
  public CompletionStage<PileMessage> restart(PileCode code) {
    return send(new RemoteReboot(code, ExecutionControl.IMMEDIATELY));
  }

  /**
   * Puts the pile in or out of service (运营状态, 0x52 work parameters, §8.1) at full power; completes
   * with its 0x51.
   */
  public CompletionStage<PileMessage> setOutOfService(PileCode code, boolean outOfService) {
    return send(new WorkParameters(code, outOfService, 100));
  }

  /**
   * Sends the QR-code prefix the pile shows on its screen (0xF0, §8.6): the pile appends its own
   * code to it. Completes with its 0xF1.
   */
  public CompletionStage<PileMessage> pushQrPrefix(PileCode code, String prefix) {
    return send(new QrPrefix(code, QrPrefixKind.PREFIX_PILE_CODE, prefix));
  }

  /**
   * Starts charging on a gun (0x34, ykc-protocol.md §7.3); completes with the pile's 0x33, or fails
   * with the adapter's exception when the pile is offline or does not answer.
   */
  public CompletionStage<RemoteStartResult> remoteStart(RemoteStart command) {
    return send(command).thenApply(RemoteStartResult.class::cast);
  }

  /** Stops charging on a gun (0x36, §7.5); completes with the pile's 0x35. */
  public CompletionStage<RemoteStopResult> remoteStop(PileCode code, int gun) {
    return send(new RemoteStop(code, gun)).thenApply(RemoteStopResult.class::cast);
  }

  private CompletionStage<PileMessage> send(PlatformMessage command) {
    try (YkcConnection connection = ykc.getConnection()) {
      return connection.send(command);
    } catch (ResourceException e) {
      throw new IllegalStateException("the YKC adapter gives no connection", e);
    }
  }
}
