package cn.evpark.pilemessage;

import cn.evpark.charging.BalanceGuard;
import cn.evpark.charging.CardStarts;
import cn.evpark.charging.PileStartRequests;
import cn.evpark.charging.TransactionRecords;
import cn.evpark.operator.CallerScope;
import cn.evpark.pile.GroundLocks;
import cn.evpark.pile.GunSamples;
import cn.evpark.pile.PileLogins;
import cn.evpark.tariff.PileBillingModels;
import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.api.PileMessageListener;
import cn.evpark.ykc.api.PileSessionEvent;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.BillingModelRequest;
import cn.evpark.ykc.protocol.message.BillingModelSetReply;
import cn.evpark.ykc.protocol.message.BillingModelVerify;
import cn.evpark.ykc.protocol.message.CardStartRequest;
import cn.evpark.ykc.protocol.message.GroundLockStatus;
import cn.evpark.ykc.protocol.message.Login;
import cn.evpark.ykc.protocol.message.LoginReply;
import cn.evpark.ykc.protocol.message.ParallelStartRequest;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import cn.evpark.ykc.protocol.message.RealTimeData;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * The platform's endpoint of the YKC adapter: every business message of every pile arrives here
 * (one pile's in order) and goes to the service of its feature; what this returns is the reply the
 * adapter sends back. The adapter is found by the listener type, so the same bean binds to the
 * standalone RAR on Payara Micro and to the RAR inside the EAR.
 *
 * <p>It has a package of its own because it routes to several features (pile, tariff, charging):
 * inside any one of them it would make that feature depend on the others, and they on it.
 *
 * <p>Every request a pile sends that expects an answer gets one ({@code ykc-protocol.md §4}'s reply
 * codes): 0x01 in {@link #onLogins}, 0x05, 0x09, 0x31, 0xA1 here (0x31 by card authorised or
 * refused by {@link CardStarts}, by account or VIN and 0xA1 refused by {@link PileStartRequests}),
 * 0x3B in {@link #onTransactionRecords}, 0x03 in the adapter. Two stay unanswered on purpose: a
 * 0x09 for a pile whose station has no tariff (0x0A has no refusal form; the pile asks again,
 * §11.5), and a message whose handling failed (no reply, so the pile re-sends it, §11.4).
 *
 * <p>It runs without a transaction of its own: each call goes to a session bean whose transaction
 * commits before the call returns, so a failed commit reaches here as an exception and the adapter
 * sends no reply. A transaction of the MDB's would commit only after this method has returned its
 * reply, and Payara logs a failure of that commit without telling the adapter: it would acknowledge
 * a transaction record that was never stored.
 */
@RunAs(CallerScope.PLATFORM)
@MessageDriven(messageListenerInterface = PileMessageListener.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PileMessageBean implements PileMessageListener {

  private static final Logger LOG = Logger.getLogger(PileMessageBean.class.getName());

  @EJB PileLogins pileLogins;
  @EJB PileSessionEvents sessionEvents;
  @EJB PileBillingModels billingModels;
  @EJB TransactionRecords transactionRecords;
  @EJB BalanceGuard balanceGuard;
  @EJB GunSamples gunSamples;
  @EJB CardStarts cardStarts;
  @EJB GroundLocks groundLocks;

  @Override
  public Optional<PlatformMessage> onPileMessage(PileEvent event) {
    if (event.message() instanceof BillingModelVerify verify) {
      return Optional.of(billingModels.verify(verify));
    }
    if (event.message() instanceof BillingModelRequest request) {
      return billingModels.request(request).map(PlatformMessage.class::cast);
    }
    if (event.message() instanceof BillingModelSetReply late) {
      // A 0x57 reaches the platform only when the push had stopped waiting for it.
      billingModels.lateSetReply(late);
      return Optional.empty();
    }
    if (event.message() instanceof CardStartRequest start) {
      return Optional.of(cardStarts.answer(start));
    }
    if (event.message() instanceof ParallelStartRequest start) {
      return Optional.of(PileStartRequests.answer(start));
    }
    if (event.message() instanceof GroundLockStatus lock) {
      groundLocks.report(lock);
      return Optional.empty();
    }
    // Only messages the pile expects no answer to reach here (see the class comment).
    LOG.fine(() -> "pile " + event.pileCode() + ": no handler for " + event.message().type());
    return Optional.empty();
  }

  @Override
  public List<Optional<PlatformMessage>> onLogins(List<PileEvent> batch) {
    List<Login> logins = batch.stream().map(event -> (Login) event.message()).toList();
    List<Boolean> accepted = pileLogins.logIn(logins);
    return IntStream.range(0, logins.size())
        .mapToObj(
            i ->
                Optional.<PlatformMessage>of(
                    new LoginReply(logins.get(i).pileCode(), accepted.get(i))))
        .toList();
  }

  @Override
  public List<Optional<PlatformMessage>> onTransactionRecords(List<PileEvent> batch) {
    // Acknowledged only once stored: the replies are written after this transaction commits.
    return transactionRecords.receiveAll(batch).stream()
        .map(ack -> Optional.<PlatformMessage>of(ack))
        .toList();
  }

  @Override
  public void onSessionEvents(List<PileSessionEvent> batch) {
    sessionEvents.record(batch);
  }

  @Override
  public void onRealTimeData(List<PileEvent> batch) {
    gunSamples.record(batch);
    Map<TransactionSerial, BigDecimal> running = new HashMap<>();
    for (PileEvent event : batch) {
      if (event.message() instanceof RealTimeData data && !data.transactionSerial().isNone()) {
        running.put(data.transactionSerial(), data.amount());
      }
    }
    try {
      balanceGuard.protect(running);
    } catch (RuntimeException e) {
      // the samples are stored; the next batch checks the balances again
      LOG.log(Level.WARNING, "balance protection failed on a batch of real-time data", e);
    }
  }
}
