package cn.evpark.wallet;

import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Drivers by mobile number (money.md §1): found, or registered the first time they log in. */
@Stateless
public class Drivers {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** The driver with this phone, if registered. */
  public Optional<Driver> byPhone(String phone) {
    return em.createQuery("select d from Driver d where d.phone = :phone", Driver.class)
        .setParameter("phone", Driver.checkedPhone(phone))
        .getResultStream()
        .findFirst();
  }

  /** The phones of the drivers of {@code ids}, by id, in one query. */
  public Map<Long, String> phonesOf(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> phones = new HashMap<>();
    for (Object[] row :
        em.createQuery("select d.id, d.phone from Driver d where d.id in :ids", Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      phones.put((Long) row[0], (String) row[1]);
    }
    return phones;
  }

  /**
   * Replaces the driver's plates (用户管理 编辑车牌, manual 7.1); the caller has checked the driver is its
   * operator's.
   *
   * @throws InvalidDriverException when a plate is malformed or there are more than five
   * @throws NotFoundException when there is no such driver
   */
  public Driver replacePlates(long driverId, List<String> plates) {
    Driver driver =
        byId(driverId)
            .orElseThrow(() -> new NotFoundException("driver.notFound", "no driver " + driverId));
    driver.replacePlates(plates);
    return driver;
  }

  /**
   * The one driver who keeps {@code plate} (a bay camera's reading, {@code parking.md §3}); empty
   * when nobody does, or several do (nothing is guessed).
   */
  public Optional<Long> soleKeeperOf(String plate) {
    if (plate == null || plate.isBlank()) {
      return Optional.empty();
    }
    List<Long> keepers =
        em.createQuery("select d.id from Driver d join d.plates p where p = :plate", Long.class)
            .setParameter("plate", plate)
            .setMaxResults(2)
            .getResultList();
    return keepers.size() == 1 ? Optional.of(keepers.get(0)) : Optional.empty();
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
    em.createNativeQuery(
            "INSERT INTO driver (phone, created_at, version) VALUES (?, ?, 0)"
                + " ON DUPLICATE KEY UPDATE phone = phone")
        .setParameter(1, checked)
        .setParameter(2, BusinessCalendar.toStored(clock.instant()))
        .executeUpdate();
    return em.createQuery("select d from Driver d where d.phone = :phone", Driver.class)
        .setParameter("phone", checked)
        .setLockMode(LockModeType.PESSIMISTIC_READ)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("driver not registered: " + checked));
  }
}
