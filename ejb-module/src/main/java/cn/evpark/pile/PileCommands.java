package cn.evpark.pile;

import cn.evpark.cluster.PileLink;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.ykc.protocol.Bytes;
import cn.evpark.ykc.protocol.Cp56Time2a;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.BalanceUpdate;
import cn.evpark.ykc.protocol.message.BalanceUpdateReply;
import cn.evpark.ykc.protocol.message.ExecutionControl;
import cn.evpark.ykc.protocol.message.GroundLockCommand;
import cn.evpark.ykc.protocol.message.GroundLockResult;
import cn.evpark.ykc.protocol.message.LockAction;
import cn.evpark.ykc.protocol.message.OfflineCard;
import cn.evpark.ykc.protocol.message.OfflineCardClear;
import cn.evpark.ykc.protocol.message.OfflineCardClearReply;
import cn.evpark.ykc.protocol.message.OfflineCardQuery;
import cn.evpark.ykc.protocol.message.OfflineCardQueryReply;
import cn.evpark.ykc.protocol.message.OfflineCardSync;
import cn.evpark.ykc.protocol.message.OfflineCardSyncReply;
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
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Commands to piles over YKC. Each returns at once; the stage completes with the pile's reply, or
 * fails when the pile is offline or does not answer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PileCommands {

  @EJB PileLink link;

  @Inject Clock clock;

  /**
   * Sets the pile's clock to the platform's (同步时间), in China local time, the only time a pile keeps
   * (ykc-protocol.md §3.1); completes with the time the pile set.
   */
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

  /**
   * Adds cards to the pile's offline card list (0x44, ykc-protocol.md §7.11), at most {@value
   * OfflineCardSync#MAX_CARDS} per frame; completes with its 0x43.
   */
  public CompletionStage<OfflineCardSyncReply> syncOfflineCards(
      PileCode code, List<OfflineCard> cards) {
    return send(new OfflineCardSync(code, cards)).thenApply(OfflineCardSyncReply.class::cast);
  }

  /**
   * Removes cards from the pile's offline card list (0x46, §7.11), at most {@value
   * OfflineCardClear#MAX_CARDS} per frame; completes with its 0x45.
   */
  public CompletionStage<OfflineCardClearReply> clearOfflineCards(
      PileCode code, List<PhysicalCardNumber> cards) {
    return send(new OfflineCardClear(code, cards)).thenApply(OfflineCardClearReply.class::cast);
  }

  /**
   * Asks whether cards are on the pile's offline card list (0x48, §7.11), at most {@value
   * OfflineCardQuery#MAX_CARDS} per frame; completes with its 0x47.
   */
  public CompletionStage<OfflineCardQueryReply> queryOfflineCards(
      PileCode code, List<PhysicalCardNumber> cards) {
    return send(new OfflineCardQuery(code, cards)).thenApply(OfflineCardQueryReply.class::cast);
  }

  /**
   * Tells the pile the new balance of the account paying the gun's session (0x42, §7.9); completes
   * with its 0x41.
   *
   * @param card the paying IC card, or {@link PhysicalCardNumber#NONE} to update the session's
   *     payer whoever it is
   * @param balance yuan, 2 decimals
   */
  public CompletionStage<BalanceUpdateReply> updateBalance(
      PileCode code, int gun, PhysicalCardNumber card, java.math.BigDecimal balance) {
    return send(new BalanceUpdate(code, gun, card, balance))
        .thenApply(BalanceUpdateReply.class::cast);
  }

  /**
   * Raises or lowers the ground lock at a gun's bay (0x62, ykc-protocol.md §8.5); completes with
   * its 0x63, which says whether the lock moved.
   */
  public CompletionStage<GroundLockResult> moveGroundLock(PileCode code, int gun, boolean raise) {
    return send(new GroundLockCommand(
            code, gun, raise ? LockAction.RAISE : LockAction.LOWER, Bytes.zeros(4)))
        .thenApply(GroundLockResult.class::cast);
  }

  /** Through {@link PileLink}: the pile may be logged in on another instance of the cluster. */
  private CompletionStage<PileMessage> send(PlatformMessage command) {
    return link.send(command);
  }
}
