package cn.evpark.wechatpay;

import cn.evpark.shared.DomainException;

/**
 * A merchant setting is missing or malformed (a key that does not parse, an APIv3 key of 31 bytes).
 */
public class InvalidMerchantSettingsException extends DomainException {

  private static final long serialVersionUID = 1L;

  public InvalidMerchantSettingsException(String message) {
    super("wechatpay.merchant.invalid", message);
  }
}
