package cn.evpark.wallet;

import cn.evpark.operator.OperatorOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A {@link LedgerFinding} of one check date, kept for staff. Recorded, never acted on: the check
 * corrects nothing (a correction is a reversing transaction staff decide on, money.md §2). Running
 * a date's check again replaces that date's rows.
 */
@Entity
@OperatorOwned("operatorId")
@Table(name = "ledger_difference")
public class LedgerDifference {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "check_date", nullable = false, updatable = false)
  private LocalDate checkDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private LedgerFinding.Kind kind;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private long subjectId;

  @Column(name = "operator_id", nullable = false, updatable = false)
  private long operatorId;

  @Column(nullable = false, updatable = false, precision = 16, scale = 2)
  private BigDecimal expected;

  @Column(nullable = false, updatable = false, precision = 16, scale = 2)
  private BigDecimal actual;

  @Column(name = "found_at", nullable = false, updatable = false)
  private LocalDateTime foundAt;

  protected LedgerDifference() {}

  LedgerDifference(LocalDate checkDate, LedgerFinding finding, LocalDateTime foundAt) {
    this.checkDate = checkDate;
    this.kind = finding.kind();
    this.subjectId = finding.subjectId();
    this.operatorId = finding.operatorId();
    this.expected = finding.expected();
    this.actual = finding.actual();
    this.foundAt = foundAt;
  }

  public Long getId() {
    return id;
  }

  /** The business day (Asia/Shanghai) of the check. */
  public LocalDate getCheckDate() {
    return checkDate;
  }

  public LedgerFinding.Kind getKind() {
    return kind;
  }

  public long getSubjectId() {
    return subjectId;
  }

  public long getOperatorId() {
    return operatorId;
  }

  /** Yuan: the sum of the account's entries, or 0 for a transaction. */
  public BigDecimal getExpected() {
    return expected;
  }

  /** Yuan: the account's balance, or the sum of the transaction's entries. */
  public BigDecimal getActual() {
    return actual;
  }

  /** UTC. */
  public LocalDateTime getFoundAt() {
    return foundAt;
  }
}
