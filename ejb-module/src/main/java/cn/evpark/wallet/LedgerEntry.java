package cn.evpark.wallet;

import cn.evpark.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/**
 * One line of a {@link LedgerTransaction}: an amount credited (positive) or debited (negative) to
 * one account, with the account's balance after it. Never updated or deleted.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

  @Id
  @TableGenerator(
      name = "ledger_entry_ids",
      table = "id_sequence",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "ledger_entry",
      allocationSize = 500)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ledger_entry_ids")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "transaction_id", nullable = false, updatable = false)
  private LedgerTransaction transaction;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Column(nullable = false, updatable = false, precision = 14, scale = 2)
  private Money amount;

  @Column(name = "balance_after", nullable = false, updatable = false, precision = 14, scale = 2)
  private Money balanceAfter;

  protected LedgerEntry() {}

  LedgerEntry(LedgerTransaction transaction, long accountId, Money amount, Money balanceAfter) {
    this.transaction = transaction;
    this.accountId = accountId;
    this.amount = amount;
    this.balanceAfter = balanceAfter;
  }

  public Long getId() {
    return id;
  }

  public LedgerTransaction getTransaction() {
    return transaction;
  }

  public long getAccountId() {
    return accountId;
  }

  /** Yuan; positive credits the account, negative debits it. */
  public Money getAmount() {
    return amount;
  }

  /** The account's balance once this entry was applied, yuan. */
  public Money getBalanceAfter() {
    return balanceAfter;
  }
}
