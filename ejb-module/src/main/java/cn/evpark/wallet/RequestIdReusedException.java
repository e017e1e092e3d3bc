package cn.evpark.wallet;

import cn.evpark.shared.DomainException;

/**
 * A request id that already named another movement (another driver's wallet or another amount): the
 * first stands and this one is refused, so a client's mistake neither credits twice nor silently
 * credits nothing.
 */
public class RequestIdReusedException extends DomainException {

  private static final long serialVersionUID = 1L;

  public RequestIdReusedException(String requestId) {
    super(
        "wallet.requestId.reused",
        "request id " + requestId + " was used for another top-up; use a new one");
  }
}
