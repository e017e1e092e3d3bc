package cn.evpark.wallet;

import cn.evpark.operator.OperatorOwned;
import cn.evpark.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One account of the ledger: a driver's wallet or arrears at one operator, or one of the operator's
 * clearing, revenue and discount accounts (money.md §2). Its balance is the sum of its entries; it
 * changes only through {@link Ledger#post}, in the same database transaction as those entries, with
 * the row locked, so concurrent movements of one account serialise.
 */
@Entity
@Table(name = "ledger_account")
@OperatorOwned("operatorId")
public class LedgerAccount {

  /** The holder of the operator's own accounts. */
  static final long OPERATOR_HOLDER = 0;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "operator_id", nullable = false)
  private long operatorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private AccountKind kind;

  /** The driver of a driver's account, {@link #OPERATOR_HOLDER} for the operator's. */
  @Column(name = "holder_id", nullable = false)
  private long holderId;

  @Column(nullable = false, precision = 14, scale = 2)
  private Money balance;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected LedgerAccount() {}

  /**
   * Applies one entry and returns the new balance.
   *
   * @throws InsufficientBalanceException when a wallet would go below zero
   * @throws IllegalStateException when arrears would go above zero (more paid than owed)
   */
  Money apply(Money amount) {
    Money after = balance.plus(amount);
    switch (kind.bound()) {
      case NOT_NEGATIVE -> {
        if (after.isNegative()) {
          throw new InsufficientBalanceException(balance, amount.negated());
        }
      }
      case NOT_POSITIVE -> {
        if (after.isPositive()) {
          throw new IllegalStateException("arrears paid beyond what is owed: " + after);
        }
      }
      case NONE -> {}
    }
    balance = after;
    return after;
  }

  public Long getId() {
    return id;
  }

  public long getOperatorId() {
    return operatorId;
  }

  public AccountKind getKind() {
    return kind;
  }

  /** The driver holding this account; empty for the operator's own accounts and cards'. */
  public java.util.Optional<Long> getDriverId() {
    return holderId == OPERATOR_HOLDER || kind.isCard()
        ? java.util.Optional.empty()
        : java.util.Optional.of(holderId);
  }

  public Money getBalance() {
    return balance;
  }
}
