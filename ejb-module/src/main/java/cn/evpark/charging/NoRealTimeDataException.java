package cn.evpark.charging;

import cn.evpark.shared.DomainException;

/**
 * An abnormal order whose session never reported real-time data (0x13) cannot be settled by staff:
 * there are no figures to settle from, and money.md §3 forbids guessing. The order stays abnormal.
 */
public class NoRealTimeDataException extends DomainException {

  private static final long serialVersionUID = 1L;

  public NoRealTimeDataException(String orderNo) {
    super(
        "charging.staffSettlement.noRealTimeData",
        "order " + orderNo + " has no real-time data to settle from");
  }
}
