package cn.evpark.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/**
 * The built-in SMS gateway {@code log}: writes {@code SMS code for <phone>: <code>} to the server
 * log, for the demo and for tests.
 */
@ApplicationScoped
public class LogSmsGateway implements SmsGateway {

  private static final Logger LOG = Logger.getLogger(LogSmsGateway.class.getName());

  @Override
  public void sendLoginCode(String phone, String code) {
    LOG.info(() -> "SMS code for " + phone + ": " + code);
  }
}
