package cn.evpark.charging;

import cn.evpark.shared.DomainException;

/**
 * A request id that already named the staff settlement of another order: the first stands and this
 * one is refused, so a client's mistake neither settles an order under another's request nor
 * silently settles nothing.
 */
public class SettlementRequestReusedException extends DomainException {

  private static final long serialVersionUID = 1L;

  public SettlementRequestReusedException(String requestId) {
    super(
        "charging.staffSettlement.requestIdReused",
        "request id " + requestId + " settled another order; use a new one");
  }
}
