package cn.evpark.tariff;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** A row of {@code charging_fee_segment}: one {@link Segment} of a standard. */
@Embeddable
class StoredSegment {

  @Enumerated(EnumType.STRING)
  @Column(name = "rate_type", nullable = false, length = 8)
  private RateType rateType;

  /** Minutes after midnight. */
  @Column(name = "start_minute", nullable = false)
  private int startMinute;

  @Column(name = "end_minute", nullable = false)
  private int endMinute;

  @Column(nullable = false, precision = 7, scale = 5)
  private BigDecimal electricity;

  @Column(nullable = false, precision = 7, scale = 5)
  private BigDecimal service;

  protected StoredSegment() {}

  StoredSegment(Segment segment) {
    this.rateType = segment.rateType();
    this.startMinute = segment.start().minutes();
    this.endMinute = segment.end().minutes();
    this.electricity = segment.prices().electricity().yuan();
    this.service = segment.prices().service().yuan();
  }

  Segment segment() {
    return new Segment(
        rateType,
        new TimeOfDay(startMinute),
        new TimeOfDay(endMinute),
        new TierPrices(new UnitPrice(electricity), new UnitPrice(service)));
  }
}
