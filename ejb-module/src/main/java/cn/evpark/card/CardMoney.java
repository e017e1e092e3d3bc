package cn.evpark.card;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.StaffAccount;
import cn.evpark.shared.Money;
import cn.evpark.wallet.AccountKind;
import cn.evpark.wallet.Ledger;
import cn.evpark.wallet.LedgerAccounts;
import cn.evpark.wallet.Posting;
import cn.evpark.wallet.RequestIdReusedException;
import cn.evpark.wallet.TransactionKind;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A card's money (money.md §1, §6): staff's offline 充值 and 退款, each one ledger transaction between
 * the card's account and the operator's cash clearing account, with the staff account, the reason
 * and the staff client's request id (its idempotency key); and the card's 记录, its ledger lines. A
 * change of balance reaches a session the card pays for (0x42, {@link CardBalanceChange}).
 */
@Stateless
public class CardMoney {

  @Inject Event<CardBalanceChange> balanceChanges;
  @EJB Cards cards;
  @EJB Ledger ledger;
  @EJB LedgerAccounts accounts;
  @EJB CallerScope callers;

  /**
   * A movement as posted.
   *
   * @param posted true when this request posted it, false for a repeat of its request id
   * @param amount yuan moved onto (positive) or off (negative) the card
   * @param balance the card's balance now, yuan
   */
  public record Moved(boolean posted, Money amount, Money balance) {}

  /**
   * 充值: money staff took offline onto the card. Idempotent on {@code requestId}.
   *
   * @param amount yuan, more than zero
   * @throws IllegalArgumentException when the amount is not positive
   * @throws RequestIdReusedException when the request id posted another amount
   * @throws cn.evpark.shared.NotFoundException when the card is not the caller's
   */
  public Moved topUp(long cardId, Money amount, String reason, String requestId) {
    return move(cardId, amount, reason, requestId, TransactionKind.CARD_TOP_UP, "card-top-up:");
  }

  /**
   * 退款: money staff paid back offline from the card, at most its balance. Idempotent on {@code
   * requestId}.
   *
   * @param amount yuan, more than zero
   * @throws cn.evpark.wallet.InsufficientBalanceException when it is more than the balance
   * @throws RequestIdReusedException when the request id posted another amount
   */
  public Moved refund(long cardId, Money amount, String reason, String requestId) {
    return move(
        cardId, amount.negated(), reason, requestId, TransactionKind.CARD_REFUND, "card-refund:");
  }

  /** 记录: the card's ledger lines, newest first, {@code size} from {@code first}. */
  public List<CardLine> records(long cardId, int first, int size) {
    ChargingCard card = cards.get(cardId);
    return ledger.entries(card.getAccountId(), first, size).stream()
        .map(
            e ->
                new CardLine(
                    e.getTransaction().getPostedAt(),
                    e.getTransaction().getKind(),
                    e.getAmount(),
                    e.getBalanceAfter(),
                    e.getTransaction().getReason(),
                    e.getTransaction().getPostedBy()))
        .toList();
  }

  private Moved move(
      long cardId,
      Money amount,
      String reason,
      String requestId,
      TransactionKind kind,
      String keyPrefix) {
    if (amount.isZero()) {
      throw new IllegalArgumentException("an amount paid in or out is more than zero");
    }
    if (requestId == null || requestId.isBlank() || requestId.length() > 64) {
      throw new IllegalArgumentException("a request id has 1 to 64 characters");
    }
    if (kind == TransactionKind.CARD_TOP_UP && amount.isNegative()
        || kind == TransactionKind.CARD_REFUND && amount.isPositive()) {
      throw new IllegalArgumentException("an amount paid in or out is more than zero");
    }
    ChargingCard card = cards.forChange(cardId);
    long cash = accounts.operatorAccount(card.getOperatorId(), AccountKind.CASH_CLEARING).getId();
    String staff = callers.account().map(StaffAccount::getUsername).orElse("platform");
    Ledger.Posted posted =
        ledger.post(
            new Posting(
                keyPrefix + card.getOperatorId() + ":" + requestId,
                kind,
                card.getOperatorId(),
                reason == null || reason.isBlank() ? null : reason.strip(),
                staff,
                List.of(
                    new Posting.Leg(card.getAccountId(), amount),
                    new Posting.Leg(cash, amount.negated()))));
    Money moved = posted.transaction().amountOn(card.getAccountId());
    if (!posted.posted() && moved.compareTo(amount) != 0) {
      throw new RequestIdReusedException(requestId);
    }
    Money balance = accounts.balances(List.of(card.getAccountId())).get(card.getAccountId());
    if (posted.posted()) {
      balanceChanges.fire(
          new CardBalanceChange(
              card.getAccountId(), card.physicalNumber().orElse(PhysicalCardNumber.NONE), balance));
    }
    return new Moved(posted.posted(), moved, balance);
  }
}
