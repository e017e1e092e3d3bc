package cn.evpark.wallet;

import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.DomainException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A driver's login by one-time SMS code: {@link #send} a code to a phone, {@link #logIn} with it. A
 * code is good for five minutes, once; five wrong codes kill it; a phone gets at most one code a
 * minute.
 */
@Stateless
public class LoginCodes {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject SmsGateway sms;
  @EJB Drivers drivers;

  /** Too many codes asked for one phone. */
  public static class TooSoonException extends DomainException {
    private static final long serialVersionUID = 1L;

    TooSoonException() {
      super("driver.login.tooSoon", "a new code can be sent a minute after the last one");
    }
  }

  /**
   * Sends a new 6-digit code to the phone.
   *
   * @throws InvalidDriverException when the phone is not a mainland mobile number
   * @throws TooSoonException within a minute of the last code
   */
  public void send(String phone) {
    String checked = Driver.checkedPhone(phone);
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    LocalDateTime now = BusinessCalendar.toStored(clock.instant());
    LoginCode last = em.find(LoginCode.class, checked, LockModeType.PESSIMISTIC_WRITE);
    if (last == null) {
      em.persist(new LoginCode(checked, code, now));
    } else if (!last.maySendAgain(now)) {
      throw new TooSoonException();
    } else {
      last.replace(code, now);
    }
    em.flush();
    sms.sendLoginCode(checked, code);
  }

  /**
   * Logs a driver in with the code sent to the phone, registering the driver the first time.
   *
   * @return the driver; empty when the code is wrong, expired, used, or five wrong ones were tried
   *     (not an exception: the wrong try is counted, and that must commit)
   * @throws InvalidDriverException when the phone is not a mainland mobile number
   */
  public Optional<Driver> logIn(String phone, String code) {
    String checked = Driver.checkedPhone(phone);
    LoginCode sent = em.find(LoginCode.class, checked, LockModeType.PESSIMISTIC_WRITE);
    if (sent == null || !sent.use(code, BusinessCalendar.toStored(clock.instant()))) {
      return Optional.empty();
    }
    return Optional.of(drivers.register(checked));
  }
}
