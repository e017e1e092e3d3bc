package cn.evpark.wallet;

import cn.evpark.shared.Money;
import java.util.List;
import java.util.Objects;

/**
 * What to post to the ledger: the legs of one transaction and the key that makes it happen once.
 *
 * @param idempotencyKey the business source, namespaced by kind (e.g. {@code
 *     settlement:<pile>:<serial>}), at most 120 characters
 * @param kind what the movement is
 * @param operatorId the operator whose accounts move
 * @param reason a person's reason (staff top-ups), or null
 * @param postedBy the staff account or "platform"
 * @param legs two or more non-zero amounts that sum to zero
 */
public record Posting(
    String idempotencyKey,
    TransactionKind kind,
    long operatorId,
    String reason,
    String postedBy,
    List<Leg> legs) {

  /**
   * One account's share of a posting.
   *
   * @param accountId the account
   * @param amount yuan; positive credits, negative debits; never zero
   */
  public record Leg(long accountId, Money amount) {
    public Leg {
      Objects.requireNonNull(amount, "amount");
      if (amount.isZero()) {
        throw new IllegalArgumentException("a ledger leg moves money");
      }
    }
  }

  /**
   * @throws IllegalArgumentException when the legs do not balance, an account appears twice, or the
   *     key is blank or too long
   */
  public Posting {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    if (idempotencyKey.isBlank() || idempotencyKey.length() > 120) {
      throw new IllegalArgumentException("an idempotency key has 1 to 120 characters");
    }
    Objects.requireNonNull(kind, "kind");
    legs = List.copyOf(legs);
    if (legs.size() < 2) {
      throw new IllegalArgumentException("a ledger transaction has two or more legs");
    }
    if (!legs.stream().map(Leg::amount).reduce(Money.ZERO, Money::plus).isZero()) {
      throw new IllegalArgumentException("the legs of a ledger transaction sum to zero: " + legs);
    }
    if (legs.stream().map(Leg::accountId).distinct().count() != legs.size()) {
      throw new IllegalArgumentException("one leg per account: " + legs);
    }
  }
}
