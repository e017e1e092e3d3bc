package cn.evpark.tariff;

import cn.evpark.ykc.protocol.BillingModelNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A station's tariff settings (电站 设置 → 费率设置, manual 3.2), kept by the tariff feature beside the
 * station: how charging is priced (a standard, or free), which reservation rule it offers and
 * whether that is published (发布) to drivers, which occupancy rule it uses and whether that is in
 * effect (生效).
 *
 * <p>Life cycle: made on the first setting; charging moves between not configured, a standard and
 * free (a station never goes back to not configured); a reservation rule can be published only
 * while one is chosen, and choosing none withdraws it; likewise the occupancy fee.
 */
@Entity
@Table(name = "station_tariff")
public class StationTariff {

  /** The model number of a free station's model (all prices 0); never given to a standard. */
  public static final BillingModelNumber FREE_MODEL_NUMBER = BillingModelNumber.of("9999");

  @Id
  @Column(name = "station_id")
  private Long stationId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "charging_standard_id")
  private ChargingFeeStandard chargingStandard;

  @Column(name = "charging_free", nullable = false)
  private boolean chargingFree;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reservation_rule_id")
  private ReservationRule reservationRule;

  @Column(name = "reservation_published", nullable = false)
  private boolean reservationPublished;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "occupancy_rule_id")
  private OccupancyRule occupancyRule;

  @Column(name = "occupancy_effective", nullable = false)
  private boolean occupancyEffective;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version private long version;

  protected StationTariff() {}

  public StationTariff(long stationId, LocalDateTime at) {
    this.stationId = stationId;
    this.updatedAt = Objects.requireNonNull(at);
  }

  /** Charges by {@code standard} from now on. */
  public void chargeBy(ChargingFeeStandard standard, LocalDateTime at) {
    this.chargingStandard = Objects.requireNonNull(standard);
    this.chargingFree = false;
    this.updatedAt = at;
  }

  /** Makes charging free (免费). */
  public void chargeNothing(LocalDateTime at) {
    this.chargingStandard = null;
    this.chargingFree = true;
    this.updatedAt = at;
  }

  /** Offers {@code rule} for reservations, or none (which also withdraws the publication). */
  public void offerReservations(ReservationRule rule, LocalDateTime at) {
    this.reservationRule = rule;
    if (rule == null) {
      this.reservationPublished = false;
    }
    this.updatedAt = at;
  }

  /** Publishes (发布) or withdraws the reservation offer. */
  public void publishReservations(boolean published, LocalDateTime at) {
    if (published && reservationRule == null) {
      throw new RuleNotChosenException(
          "tariff.station.reservation.notChosen", "choose a reservation rule before publishing");
    }
    this.reservationPublished = published;
    this.updatedAt = at;
  }

  /** Uses {@code rule} for occupancy fees, or none (which also ends them). */
  public void useOccupancyRule(OccupancyRule rule, LocalDateTime at) {
    this.occupancyRule = rule;
    if (rule == null) {
      this.occupancyEffective = false;
    }
    this.updatedAt = at;
  }

  /** Puts the occupancy fee into effect (生效) or ends it. */
  public void makeOccupancyFeeEffective(boolean effective, LocalDateTime at) {
    if (effective && occupancyRule == null) {
      throw new RuleNotChosenException(
          "tariff.station.occupancy.notChosen", "choose an occupancy rule before activating it");
    }
    this.occupancyEffective = effective;
    this.updatedAt = at;
  }

  public ChargingMode chargingMode() {
    if (chargingFree) {
      return ChargingMode.FREE;
    }
    return chargingStandard == null ? ChargingMode.NOT_CONFIGURED : ChargingMode.STANDARD;
  }

  /** The schedule the station's piles charge by; empty while not configured. */
  public Optional<FeeSchedule> schedule() {
    return switch (chargingMode()) {
      case FREE -> Optional.of(FeeSchedule.FREE);
      case STANDARD -> Optional.of(chargingStandard.schedule());
      case NOT_CONFIGURED -> Optional.empty();
    };
  }

  /** The number of the billing model the station's piles must hold; empty while not configured. */
  public Optional<BillingModelNumber> modelNumber() {
    return switch (chargingMode()) {
      case FREE -> Optional.of(FREE_MODEL_NUMBER);
      case STANDARD -> Optional.of(chargingStandard.getModelNumber());
      case NOT_CONFIGURED -> Optional.empty();
    };
  }

  public Long getStationId() {
    return stationId;
  }

  public Optional<ChargingFeeStandard> getChargingStandard() {
    return Optional.ofNullable(chargingStandard);
  }

  public Optional<ReservationRule> getReservationRule() {
    return Optional.ofNullable(reservationRule);
  }

  /** Whether drivers see that the station takes reservations. */
  public boolean isReservationPublished() {
    return reservationPublished;
  }

  public Optional<OccupancyRule> getOccupancyRule() {
    return Optional.ofNullable(occupancyRule);
  }

  /** Whether the station charges occupancy fees. */
  public boolean isOccupancyEffective() {
    return occupancyEffective;
  }
}
