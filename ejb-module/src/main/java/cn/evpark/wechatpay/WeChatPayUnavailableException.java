package cn.evpark.wechatpay;

import cn.evpark.shared.DomainException;

/**
 * WeChat Pay refused a call or did not answer, or not as it should (no signature on an answer that
 * moves money). At a top-up's create-order the payment order is closed and nothing is paid (the API
 * answers 502); at a query, close or refund the outcome is unknown and the order or refund stays as
 * it is for the next check ({@link WeChatPayChecks}).
 */
public class WeChatPayUnavailableException extends DomainException {

  private static final long serialVersionUID = 1L;

  public WeChatPayUnavailableException(String message) {
    super("wechatpay.unavailable", message);
  }
}
