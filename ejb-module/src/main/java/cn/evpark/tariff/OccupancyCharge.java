package cn.evpark.tariff;

import java.math.BigDecimal;

/**
 * How one kind of occupancy is charged: {@code freeMinutes} free, then {@code periodFee} yuan per
 * started period of {@code periodMinutes} (超时后占位费收费标准 每 N 分钟 X 元). Checked by the {@link
 * OccupancyTerms} that hold it.
 *
 * @param freeMinutes minutes free of charge (免费时长)
 * @param periodMinutes N
 * @param periodFee X, yuan in whole fen
 */
public record OccupancyCharge(int freeMinutes, int periodMinutes, BigDecimal periodFee) {

  public static OccupancyCharge of(int freeMinutes, int periodMinutes, String periodFee) {
    return new OccupancyCharge(freeMinutes, periodMinutes, new BigDecimal(periodFee));
  }
}
