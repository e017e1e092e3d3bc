package cn.evpark.wallet;

import cn.evpark.shared.BusinessCalendar;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Optional;

/** Drivers by mobile number (money.md §1): found, or registered the first time they log in. */
@Stateless
public class Drivers {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB Drivers self;

  /** The driver with this phone, if registered. */
  public Optional<Driver> byPhone(String phone) {
    return em.createQuery("select d from Driver d where d.phone = :phone", Driver.class)
        .setParameter("phone", Driver.checkedPhone(phone))
        .getResultStream()
        .findFirst();
  }

  public Optional<Driver> byId(long driverId) {
    return Optional.ofNullable(em.find(Driver.class, driverId));
  }

  /**
   * The driver with this phone, registered now if new; two registrations of one phone at once give
   * the same driver.
   *
   * @throws InvalidDriverException when the phone is not a mainland mobile number
   */
  public Driver register(String phone) {
    String checked = Driver.checkedPhone(phone);
    Optional<Driver> found = byPhone(checked);
    if (found.isPresent()) {
      return found.get();
    }
    RuntimeException notCreated = null;
    try {
      self.create(checked);
    } catch (EJBException | PersistenceException e) {
      // Registered by a concurrent call: the unique phone kept theirs, read below.
      notCreated = e;
    }
    RuntimeException cause = notCreated;
    return em.createQuery("select d from Driver d where d.phone = :phone", Driver.class)
        .setParameter("phone", checked)
        .setLockMode(LockModeType.PESSIMISTIC_READ)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("driver not registered: " + checked, cause));
  }

  /** Creates a driver in a transaction of its own (see {@link #register}). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void create(String phone) {
    em.persist(new Driver(phone, BusinessCalendar.toStored(clock.instant())));
    em.flush();
  }
}
