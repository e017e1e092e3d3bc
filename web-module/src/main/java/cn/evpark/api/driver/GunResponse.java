package cn.evpark.api.driver;

import cn.evpark.charging.GunQuote;
import cn.evpark.tariff.Segment;
import cn.evpark.tariff.TierPrices;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a QR scan shows: the gun, its state, the price now and the day's price table (yuan/kWh), and
 * the least a wallet must hold to start (yuan).
 */
public record GunResponse(
    String stationName,
    String pileCode,
    int gun,
    String gunState,
    Price priceNow,
    List<PriceRow> priceTable,
    BigDecimal minStartAmount) {

  /** Electricity and service price per kWh, yuan. */
  public record Price(BigDecimal electricity, BigDecimal service) {
    static Price of(TierPrices prices) {
      return new Price(prices.electricity().yuan(), prices.service().yuan());
    }
  }

  /** One segment of the day: 尖/峰/平/谷 from {@code start} to {@code end} (HH:mm). */
  public record PriceRow(String rateType, String start, String end, Price price) {
    static PriceRow of(Segment segment) {
      return new PriceRow(
          segment.rateType().label(),
          segment.start().toString(),
          segment.end().toString(),
          Price.of(segment.prices()));
    }
  }

  static GunResponse of(GunQuote quote) {
    return new GunResponse(
        quote.stationName(),
        quote.pileCode(),
        quote.gun(),
        quote.gunState(),
        quote.priceNow().map(Price::of).orElse(null),
        quote.priceTable().stream().map(PriceRow::of).toList(),
        quote.minStartAmount().yuan());
  }
}
