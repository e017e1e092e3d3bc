package cn.evpark.statistics;

import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of 统计分析 (manual 六, money.md §7): a station's six figures for one business day
 * (Asia/Shanghai; an order belongs to the day its charging ended).
 *
 * <p>Life cycle: written by the daily-station-statistics job, which replaces the row of its
 * (station, day) on every run, so a day computed again holds the figures of its latest run and
 * nothing twice. Never edited otherwise.
 */
@Entity
@IdClass(StationDayStatistics.Key.class)
@Table(name = "station_day_statistics")
public class StationDayStatistics implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "station_id")
  private long stationId;

  @Id
  @Column(name = "business_date")
  private LocalDate businessDate;

  @Column(name = "operator_id", nullable = false)
  private long operatorId;

  /** 实收(元). */
  @Column(nullable = false, precision = 14, scale = 2)
  private Money received;

  /** 充电电量(千瓦时). */
  @Column(nullable = false, precision = 16, scale = 4)
  private Energy energy;

  /** 电费收入总计(元), after benefits. */
  @Column(name = "electricity_fee", nullable = false, precision = 14, scale = 2)
  private Money electricityFee;

  /** 服务费收入总计(元), after benefits. */
  @Column(name = "service_fee", nullable = false, precision = 14, scale = 2)
  private Money serviceFee;

  /** 手续费支出(元): the payment channel's fee on electronic payments. */
  @Column(name = "channel_fee", nullable = false, precision = 14, scale = 2)
  private Money channelFee;

  /** 服务费支出(元): the platform's commission on the service fee. */
  @Column(name = "platform_commission", nullable = false, precision = 14, scale = 2)
  private Money platformCommission;

  protected StationDayStatistics() {}

  /** The figures of a station and day; amounts in yuan, energy in kWh, none negative. */
  public StationDayStatistics(
      StationDayKey key,
      long operatorId,
      Money received,
      Energy energy,
      Money electricityFee,
      Money serviceFee,
      Money channelFee,
      Money platformCommission) {
    this.stationId = key.stationId();
    this.businessDate = Objects.requireNonNull(key.businessDate());
    this.operatorId = operatorId;
    this.received = notNegative(received);
    this.energy = Objects.requireNonNull(energy);
    this.electricityFee = notNegative(electricityFee);
    this.serviceFee = notNegative(serviceFee);
    this.channelFee = notNegative(channelFee);
    this.platformCommission = notNegative(platformCommission);
  }

  private static Money notNegative(Money amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("statistics are never negative: " + amount);
    }
    return amount;
  }

  public StationDayKey key() {
    return new StationDayKey(stationId, businessDate);
  }

  public long getStationId() {
    return stationId;
  }

  public LocalDate getBusinessDate() {
    return businessDate;
  }

  public long getOperatorId() {
    return operatorId;
  }

  public Money getReceived() {
    return received;
  }

  public Energy getEnergy() {
    return energy;
  }

  public Money getElectricityFee() {
    return electricityFee;
  }

  public Money getServiceFee() {
    return serviceFee;
  }

  public Money getChannelFee() {
    return channelFee;
  }

  public Money getPlatformCommission() {
    return platformCommission;
  }

  @Override
  public String toString() {
    return "StationDayStatistics[" + stationId + " " + businessDate + " " + received + "]";
  }

  /** The JPA id class of the entity (see {@link StationDayKey} for the value). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private long stationId;
    private LocalDate businessDate;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && k.stationId == stationId
          && Objects.equals(k.businessDate, businessDate);
    }

    @Override
    public int hashCode() {
      return Objects.hash(stationId, businessDate);
    }
  }
}
