package cn.evpark.tariff;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a stay in a bay costs and how it is settled against the deposit: the fee is deducted from
 * the deposit, the rest is refunded to the driver's wallet, and what the deposit does not cover is
 * owed (an arrears order, 欠费).
 *
 * @param kind with or without a charging order
 * @param occupiedMinutes whole minutes from the start of counting (end of charging, or entering the
 *     bay) to leaving
 * @param freeMinutes of those, free
 * @param chargedPeriods started periods charged
 * @param fee the occupancy fee, yuan
 * @param deposit the deposit held, yuan
 * @param deducted taken from the deposit
 * @param refund back to the driver
 * @param arrears still owed
 */
public record OccupancyFee(
    OccupancyKind kind,
    long occupiedMinutes,
    long freeMinutes,
    long chargedPeriods,
    BigDecimal fee,
    BigDecimal deposit,
    BigDecimal deducted,
    BigDecimal refund,
    BigDecimal arrears) {

  public OccupancyFee {
    Objects.requireNonNull(kind, "kind");
    if (deducted.add(refund).compareTo(deposit) != 0 || deducted.add(arrears).compareTo(fee) != 0) {
      throw new IllegalArgumentException("deposit = deducted + refund, fee = deducted + arrears");
    }
  }
}
