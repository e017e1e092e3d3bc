package cn.evpark.wechatpay;

import cn.evpark.shared.DomainException;

/**
 * WeChat Pay refused a call or did not answer (the create-order of a top-up): the payment order is
 * closed and nothing is paid. The API answers 502.
 */
public class WeChatPayUnavailableException extends DomainException {

  private static final long serialVersionUID = 1L;

  public WeChatPayUnavailableException(String message) {
    super("wechatpay.unavailable", message);
  }
}
