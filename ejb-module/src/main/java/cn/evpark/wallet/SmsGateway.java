package cn.evpark.wallet;

/**
 * Sends a driver's login code by SMS. The platform's built-in gateway is {@code log} ({@link
 * LogSmsGateway}); a deployment with an SMS provider supplies its own implementation as an
 * alternative CDI bean.
 */
public interface SmsGateway {

  /**
   * Sends {@code code} to {@code phone}.
   *
   * @param phone a mainland mobile number
   * @param code 6 digits
   */
  void sendLoginCode(String phone, String code);
}
