package cn.evpark.wallet;

import cn.evpark.shared.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One movement of money: two or more {@link LedgerEntry entries} that sum to zero, posted once per
 * idempotency key (money.md §2). Append-only: a correction is a reversing transaction, never an
 * edit.
 */
@Entity
@Table(name = "ledger_transaction")
public class LedgerTransaction {

  @Id
  @TableGenerator(
      name = "ledger_transaction_ids",
      table = "id_sequence",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "ledger_transaction",
      allocationSize = 500)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ledger_transaction_ids")
  private Long id;

  @Column(name = "idempotency_key", nullable = false, updatable = false, length = 120)
  private String idempotencyKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private TransactionKind kind;

  @Column(name = "operator_id", nullable = false, updatable = false)
  private long operatorId;

  @Column(updatable = false, length = 200)
  private String reason;

  @Column(name = "posted_by", updatable = false, length = 64)
  private String postedBy;

  @Column(name = "posted_at", nullable = false, updatable = false)
  private LocalDateTime postedAt;

  @OneToMany(mappedBy = "transaction", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<LedgerEntry> entries = new ArrayList<>();

  protected LedgerTransaction() {}

  LedgerTransaction(Posting posting, LocalDateTime postedAt) {
    this.idempotencyKey = posting.idempotencyKey();
    this.kind = posting.kind();
    this.operatorId = posting.operatorId();
    this.reason = posting.reason();
    this.postedBy = posting.postedBy();
    this.postedAt = Objects.requireNonNull(postedAt);
  }

  /** Adds the entry of one leg, applied to its (locked) account. */
  void add(LedgerAccount account, Money amount) {
    Money after = account.apply(amount);
    entries.add(new LedgerEntry(this, account.getId(), amount, after));
  }

  public Long getId() {
    return id;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public TransactionKind getKind() {
    return kind;
  }

  public long getOperatorId() {
    return operatorId;
  }

  public String getReason() {
    return reason;
  }

  public String getPostedBy() {
    return postedBy;
  }

  /** UTC. */
  public LocalDateTime getPostedAt() {
    return postedAt;
  }

  public List<LedgerEntry> getEntries() {
    return Collections.unmodifiableList(entries);
  }

  /** The amount of the entry on {@code accountId} (zero when it has none). */
  public Money amountOn(long accountId) {
    return entries.stream()
        .filter(e -> e.getAccountId() == accountId)
        .map(LedgerEntry::getAmount)
        .reduce(Money.ZERO, Money::plus);
  }
}
