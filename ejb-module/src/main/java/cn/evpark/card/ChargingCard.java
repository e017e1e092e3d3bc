package cn.evpark.card;

import cn.evpark.operator.OperatorOwned;
import cn.evpark.ykc.protocol.LogicalCardNumber;
import cn.evpark.ykc.protocol.PhysicalCardNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored-value card (电子卡 or 实体卡, manual 7.2–7.3, money.md §1) issued by staff to a driver for one
 * station. Its balance is its ledger account's ({@link #getAccountId()}), never a field here.
 *
 * <p>Life cycle: issued {@link CardStatus#ENABLED}; 停用 and 启用 move it between {@code ENABLED} and
 * {@code DISABLED}; 挂失 makes it {@code LOST} for good (an IC card only); a card is deleted (the row
 * removed) only with a zero balance, by {@link Cards#delete}. Illegal moves are refused with {@link
 * CardStatusException}.
 */
@Entity
@OperatorOwned("operatorId")
@Table(name = "charging_card")
public class ChargingCard {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "operator_id", nullable = false, updatable = false)
  private long operatorId;

  @Column(name = "station_id", nullable = false)
  private long stationId;

  @Column(name = "driver_id", nullable = false, updatable = false)
  private long driverId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private CardKind kind;

  /** The chip's number as a pile reads it, 16 hex digits; null for an e-card. */
  @Column(name = "physical_no", length = 16, updatable = false)
  private String physicalNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CardStatus status;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(length = 200)
  private String remarks;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private LocalDateTime issuedAt;

  @Column(name = "issued_by", nullable = false, length = 64, updatable = false)
  private String issuedBy;

  @Version private long version;

  protected ChargingCard() {}

  /**
   * A card issued (发卡), enabled, without its account yet ({@link #openedAccount}).
   *
   * @param physical the chip's number for an IC card; empty for an e-card
   * @param issuedAt UTC
   * @throws IllegalArgumentException when an IC card has no physical number or an e-card one
   */
  ChargingCard(
      long operatorId,
      long stationId,
      long driverId,
      CardKind kind,
      Optional<PhysicalCardNumber> physical,
      String remarks,
      LocalDateTime issuedAt,
      String issuedBy) {
    if ((kind == CardKind.IC_CARD) != physical.isPresent()) {
      throw new IllegalArgumentException("an IC card, and only one, has a physical number");
    }
    physical
        .filter(PhysicalCardNumber::isNone)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException("a physical card number is not all zeros");
            });
    this.operatorId = operatorId;
    this.stationId = stationId;
    this.driverId = driverId;
    this.kind = Objects.requireNonNull(kind);
    this.physicalNo = physical.map(PhysicalCardNumber::hex).orElse(null);
    this.remarks = remarks;
    this.status = CardStatus.ENABLED;
    this.issuedAt = Objects.requireNonNull(issuedAt);
    this.issuedBy = Objects.requireNonNull(issuedBy);
  }

  /** Binds the card's ledger account, once, after the card got its id. */
  void openedAccount(long accountId) {
    if (this.accountId != 0) {
      throw new IllegalStateException("card " + id + " has its account");
    }
    this.accountId = accountId;
  }

  /** 编辑: moves the card to another station of its operator and replaces its remarks. */
  void edit(long stationId, String remarks) {
    this.stationId = stationId;
    this.remarks = remarks;
  }

  /** 启用 a stopped card. */
  void enable() {
    if (status != CardStatus.DISABLED && status != CardStatus.ENABLED) {
      throw new CardStatusException(this, CardStatus.ENABLED);
    }
    status = CardStatus.ENABLED;
  }

  /** 停用 an enabled card. */
  void disable() {
    if (status != CardStatus.ENABLED && status != CardStatus.DISABLED) {
      throw new CardStatusException(this, CardStatus.DISABLED);
    }
    status = CardStatus.DISABLED;
  }

  /** 挂失: an IC card reported lost is blocked at once and for good. */
  void reportLost() {
    if (kind != CardKind.IC_CARD) {
      throw new CardStatusException(this, CardStatus.LOST);
    }
    status = CardStatus.LOST;
  }

  public Long getId() {
    return id;
  }

  /**
   * 卡号 as the pile shows it (逻辑卡号, 16 digits, ykc-protocol.md §3): the card's id, zero-padded, so
   * it is unique on the platform without a number of its own to keep.
   */
  public LogicalCardNumber logicalNumber() {
    return LogicalCardNumber.of(String.format("%016d", id));
  }

  public long getOperatorId() {
    return operatorId;
  }

  public long getStationId() {
    return stationId;
  }

  public long getDriverId() {
    return driverId;
  }

  public CardKind getKind() {
    return kind;
  }

  /** The chip's number of an IC card; empty for an e-card. */
  public Optional<PhysicalCardNumber> physicalNumber() {
    return Optional.ofNullable(physicalNo).map(PhysicalCardNumber::of);
  }

  public CardStatus getStatus() {
    return status;
  }

  /** Whether the card may pay now. */
  public boolean isEnabled() {
    return status == CardStatus.ENABLED;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getRemarks() {
    return remarks;
  }

  /** When it was issued, UTC. */
  public LocalDateTime getIssuedAt() {
    return issuedAt;
  }

  public String getIssuedBy() {
    return issuedBy;
  }
}
