package cn.evpark.tariff;

import cn.evpark.ykc.protocol.BillingModelNumber;
import java.time.LocalDateTime;

/**
 * One pile on the billing-model page: the model it must hold, the one it holds, and how the last
 * push went.
 *
 * @param pileCode the pile's code, its 14 digits
 * @param stationId its station
 * @param stationName the station's name
 * @param online whether it is connected now
 * @param expected the number it must hold; null when its station has no tariff
 * @param held the number it holds as far as the platform knows; null when unknown
 * @param pushOutcome how the last push went; null when none was tried
 * @param pushedAt when the last push was tried (UTC); null when none
 * @param state up to date, out of date, or no tariff
 */
public record PileModelRow(
    String pileCode,
    long stationId,
    String stationName,
    boolean online,
    String expected,
    String held,
    PushOutcome pushOutcome,
    LocalDateTime pushedAt,
    ModelState state) {

  /**
   * Whether the pile is known to hold a model: false while unknown, and when it reported that it
   * holds none ({@code 0000}).
   */
  public boolean holdsAModel() {
    return held != null && !held.equals(BillingModelNumber.NONE.value());
  }
}
