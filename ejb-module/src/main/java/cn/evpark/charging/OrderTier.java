package cn.evpark.charging;

import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import cn.evpark.tariff.RateType;
import cn.evpark.tariff.TierCharge;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One rate type's line of a settled order: energy, the snapshot's prices, the fees charged.
 *
 * <p>An entity of its own rather than an element collection of the order: EclipseLink writes an
 * element collection with its owner, one order's update and then its lines, which breaks a batch of
 * settlements into single statements; entities are written class by class, so a batch's lines go in
 * one batched insert (docs/money-flow.md).
 */
@Entity
@Table(name = "charging_order_tier")
@IdClass(OrderTier.Key.class)
public class OrderTier {

  /** The primary key: the order's id and the rate type. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long order;
    private RateType rateType;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(order, key.order)
          && rateType == key.rateType;
    }

    @Override
    public int hashCode() {
      return Objects.hash(order, rateType);
    }
  }

  @Id
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id", nullable = false, updatable = false)
  private ChargingOrder order;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "rate_type", nullable = false, length = 8)
  private RateType rateType;

  @Column(nullable = false, precision = 14, scale = 4)
  private Energy energy;

  @Column(name = "electricity_price", nullable = false, precision = 7, scale = 5)
  private BigDecimal electricityPrice;

  @Column(name = "service_price", nullable = false, precision = 7, scale = 5)
  private BigDecimal servicePrice;

  @Column(name = "electricity_fee", nullable = false, precision = 14, scale = 2)
  private Money electricityFee;

  @Column(name = "service_fee", nullable = false, precision = 14, scale = 2)
  private Money serviceFee;

  protected OrderTier() {}

  OrderTier(ChargingOrder order, TierCharge charge) {
    this.order = order;
    this.rateType = charge.rateType();
    this.energy = charge.energy();
    this.electricityPrice = charge.prices().electricity().yuan();
    this.servicePrice = charge.prices().service().yuan();
    this.electricityFee = charge.electricity();
    this.serviceFee = charge.service();
  }

  public RateType getRateType() {
    return rateType;
  }

  public Energy getEnergy() {
    return energy;
  }

  /** Yuan per kWh, 5 decimals. */
  public BigDecimal getElectricityPrice() {
    return electricityPrice;
  }

  /** Yuan per kWh, 5 decimals. */
  public BigDecimal getServicePrice() {
    return servicePrice;
  }

  public Money getElectricityFee() {
    return electricityFee;
  }

  public Money getServiceFee() {
    return serviceFee;
  }
}
