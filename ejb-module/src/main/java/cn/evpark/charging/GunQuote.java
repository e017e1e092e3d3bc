package cn.evpark.charging;

import cn.evpark.shared.Money;
import cn.evpark.tariff.Segment;
import cn.evpark.tariff.TierPrices;
import java.util.List;
import java.util.Optional;

/**
 * What a driver sees on scanning a gun's QR code: where it is, whether it can start, the price now
 * and the day's price table, and the least the wallet must hold to start.
 *
 * @param stationName the station
 * @param pileCode the pile's 14 digits
 * @param gun the gun, 1-based
 * @param gunState the gun's live state: OFFLINE (the pile is not connected), IDLE, PLUGGED (plugged
 *     into a car and ready), CHARGING or FAULT
 * @param priceNow the prices in force now (Asia/Shanghai); empty while the station has no tariff
 * @param priceTable the day's segments, 00:00 to 24:00; empty while the station has no tariff
 * @param minStartAmount 启动充电最低金额, yuan
 */
public record GunQuote(
    String stationName,
    String pileCode,
    int gun,
    String gunState,
    Optional<TierPrices> priceNow,
    List<Segment> priceTable,
    Money minStartAmount) {}
