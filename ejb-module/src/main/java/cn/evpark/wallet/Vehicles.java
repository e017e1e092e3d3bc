package cn.evpark.wallet;

import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Drivers' vehicles by VIN, for VIN starts at the pile (ykc-protocol.md §7.1 method 0x03, money.md
 * §3): a driver binds a VIN, optionally to one of the driver's plates; the platform finds the
 * driver of a VIN a pile sends.
 */
@Stateless
public class Vehicles {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * Binds {@code vin} to the driver (a VIN bound to another driver moves: a car changes hands).
   *
   * @param plate one of the driver's plates, or null
   * @throws InvalidDriverException when the VIN is not 17 characters of ISO 3779, or the plate is
   *     not one of the driver's
   * @throws NotFoundException when there is no such driver
   */
  public Vehicle bind(long driverId, String vin, String plate) {
    Driver driver = em.find(Driver.class, driverId);
    if (driver == null) {
      throw new NotFoundException("driver.notFound", "no driver " + driverId);
    }
    String checked = Vehicle.checkedVin(vin);
    String carried = plate == null || plate.isBlank() ? null : plate.strip();
    if (carried != null && !driver.getPlates().contains(carried)) {
      throw new InvalidDriverException(
          "plate", "driver.vehicle.plate", "not one of the driver's plates: " + carried);
    }
    var now = BusinessCalendar.toStored(clock.instant());
    Vehicle vehicle = em.find(Vehicle.class, checked, LockModeType.PESSIMISTIC_WRITE);
    if (vehicle == null) {
      vehicle = new Vehicle(checked, driverId, carried, now);
      em.persist(vehicle);
    } else {
      vehicle.bind(driverId, carried, now);
    }
    return vehicle;
  }

  /** Unbinds one of the driver's VINs; nothing when it is not the driver's. */
  public void unbind(long driverId, String vin) {
    byVin(vin).filter(v -> v.getDriverId() == driverId).ifPresent(em::remove);
  }

  /** The driver's vehicles, by VIN. */
  public List<Vehicle> ofDriver(long driverId) {
    return em.createQuery(
            "select v from Vehicle v where v.driverId = :driver order by v.vin", Vehicle.class)
        .setParameter("driver", driverId)
        .getResultList();
  }

  /** The vehicle of a VIN in its normal order; empty for an unknown or malformed VIN. */
  public Optional<Vehicle> byVin(String vin) {
    if (vin == null || vin.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        em.find(Vehicle.class, vin.strip().toUpperCase(java.util.Locale.ROOT)));
  }
}
