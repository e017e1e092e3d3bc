package cn.evpark.charging;

import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.TransactionSerial;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.StopReason;
import cn.evpark.ykc.protocol.message.TransactionType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A pile's transaction record (交易记录, 0x3B) as received: the authoritative bill of one charging
 * session. Stored before the platform acknowledges it, so a crash between the two loses nothing;
 * the pile re-sends until acknowledged and each copy after the first only counts as a copy.
 *
 * <p>Life cycle: received (unsettled) → settled by the charging order settlement, exactly once.
 */
@Entity
@Table(name = "pile_transaction_record")
public class PileTransactionRecord {

  @Id
  @TableGenerator(
      name = "transaction_record_ids",
      table = "id_sequence",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "pile_transaction_record",
      allocationSize = 500)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "transaction_record_ids")
  private Long id;

  @Column(name = "pile_code", nullable = false, length = 14)
  private PileCode pileCode;

  @Column(nullable = false)
  private int gun;

  @Column(name = "transaction_serial", nullable = false, length = 32)
  private TransactionSerial transactionSerial;

  /** The frame exactly as the pile sent it, hex. */
  @Column(name = "frame_hex", nullable = false, length = 1024)
  private String frameHex;

  /** As the record says, known or not: {@code APP}, or a vendor's {@code 0x03}. */
  @Convert(converter = TransactionTypeConverter.class)
  @Column(name = "transaction_type", nullable = false, length = 16)
  private Code<TransactionType> transactionType;

  @Column(name = "started_at")
  private LocalDateTime startedAt;

  @Column(name = "ended_at")
  private LocalDateTime endedAt;

  @Column(name = "total_energy", nullable = false, precision = 14, scale = 4)
  private BigDecimal totalEnergy;

  @Column(name = "total_amount", nullable = false, precision = 14, scale = 4)
  private BigDecimal totalAmount;

  @Column(name = "stop_reason", nullable = false)
  private StopReason stopReason;

  @Column(name = "received_at", nullable = false)
  private LocalDateTime receivedAt;

  @Column(name = "copies_received", nullable = false)
  private int copiesReceived;

  @Column(name = "last_copy_at", nullable = false)
  private LocalDateTime lastCopyAt;

  @Column(nullable = false)
  private boolean settled;

  @Version private long version;

  protected PileTransactionRecord() {}

  PileTransactionRecord(
      PileCode pileCode,
      int gun,
      TransactionSerial transactionSerial,
      String frameHex,
      Code<TransactionType> transactionType,
      LocalDateTime startedAt,
      LocalDateTime endedAt,
      BigDecimal totalEnergy,
      BigDecimal totalAmount,
      StopReason stopReason,
      LocalDateTime receivedAt) {
    this.pileCode = Objects.requireNonNull(pileCode);
    this.gun = gun;
    this.transactionSerial = Objects.requireNonNull(transactionSerial);
    this.frameHex = Objects.requireNonNull(frameHex);
    this.transactionType = Objects.requireNonNull(transactionType);
    this.startedAt = startedAt;
    this.endedAt = endedAt;
    this.totalEnergy = Objects.requireNonNull(totalEnergy);
    this.totalAmount = Objects.requireNonNull(totalAmount);
    this.stopReason = Objects.requireNonNull(stopReason);
    this.receivedAt = Objects.requireNonNull(receivedAt);
    this.copiesReceived = 1;
    this.lastCopyAt = receivedAt;
  }

  /** The pile sent this record again (it missed the acknowledgement). */
  void copyReceived(LocalDateTime at) {
    copiesReceived++;
    lastCopyAt = at;
  }

  /** The charging order of this record was settled (money.md §4.1: once). */
  void markSettled() {
    if (settled) {
      throw new IllegalStateException("record " + id + " is settled already");
    }
    settled = true;
  }

  /** Whether {@code hex} is the same bill as the one stored (SEQ and CRC bytes aside). */
  boolean sameBillAs(String hex) {
    return body(frameHex).equals(body(hex));
  }

  /** The frame without its SEQ and CRC: the bill itself. */
  private static String body(String frameHex) {
    return frameHex.substring(12, frameHex.length() - 4);
  }

  public Long getId() {
    return id;
  }

  public PileCode getPileCode() {
    return pileCode;
  }

  public int getGun() {
    return gun;
  }

  public TransactionSerial getTransactionSerial() {
    return transactionSerial;
  }

  public String getFrameHex() {
    return frameHex;
  }

  public Code<TransactionType> getTransactionType() {
    return transactionType;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public LocalDateTime getEndedAt() {
    return endedAt;
  }

  public BigDecimal getTotalEnergy() {
    return totalEnergy;
  }

  public BigDecimal getTotalAmount() {
    return totalAmount;
  }

  /** Why the session ended, the raw code kept whether known or not (ykc-protocol.md §10.2). */
  public StopReason getStopReason() {
    return stopReason;
  }

  public LocalDateTime getReceivedAt() {
    return receivedAt;
  }

  public int getCopiesReceived() {
    return copiesReceived;
  }

  public boolean isSettled() {
    return settled;
  }
}
