package cn.evpark.charging;

import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import cn.evpark.tariff.RateType;
import cn.evpark.tariff.TierCharge;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One rate type's line of a settled order: energy, the snapshot's prices, the fees charged. */
@Embeddable
public class OrderTier {

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

  OrderTier(TierCharge charge) {
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
