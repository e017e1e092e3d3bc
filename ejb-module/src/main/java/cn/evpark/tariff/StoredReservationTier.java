package cn.evpark.tariff;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A row of {@code reservation_rule_tier}: one {@link ReservationTier}. */
@Embeddable
class StoredReservationTier {

  @Column(nullable = false)
  private int minutes;

  @Column(nullable = false, precision = 10, scale = 2)
  private BigDecimal fee;

  protected StoredReservationTier() {}

  StoredReservationTier(ReservationTier tier) {
    this.minutes = tier.minutes();
    this.fee = tier.fee();
  }

  ReservationTier tier() {
    return new ReservationTier(minutes, fee);
  }
}
