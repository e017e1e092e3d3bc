package cn.evpark.parking;

import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.parking.ReservationRefusedException.Check;
import cn.evpark.pile.Pile;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import cn.evpark.shared.NotFoundException;
import cn.evpark.shared.PlateNumbers;
import cn.evpark.tariff.ReservationTerms;
import cn.evpark.tariff.ReservationTier;
import cn.evpark.tariff.StationTariffService;
import cn.evpark.wallet.AccountKind;
import cn.evpark.wallet.Driver;
import cn.evpark.wallet.Ledger;
import cn.evpark.wallet.LedgerAccount;
import cn.evpark.wallet.LedgerAccounts;
import cn.evpark.wallet.Posting;
import cn.evpark.wallet.TransactionKind;
import cn.evpark.wallet.Wallets;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reservations (预约) of bays by drivers ({@code parking.md §2}, manual 2.2): the offer of a station,
 * booking with the fee paid from the wallet at once, cancellation, the booked plate's arrival seen
 * by the bay's camera, and expiry.
 *
 * <p>A bay is held by its pile's ground lock at gun 1 (YKC 0x61-0x63), the bay's one lock: a bay
 * without a lock that reported itself cannot be booked (manual 2.2: reservations need a barrier or
 * a ground lock). The lock rises after the booking commits and goes down when the reservation ends;
 * what the lock answered is kept on the reservation, and a lock that fails leaves the booking as it
 * is (the platform still refuses the bay to others and records other plates).
 */
@Stateless
public class Reservations {

  /** The gun whose ground lock closes a pile's bay. */
  static final int LOCK_GUN = 1;

  @PersistenceContext EntityManager em;
  @EJB Bays bays;
  @EJB BayAvailability availability;
  @EJB ReservationEnds ends;
  @EJB StationTariffService tariffs;
  @EJB Wallets wallets;
  @EJB LedgerAccounts accounts;
  @EJB Ledger ledger;
  @EJB BayLocks bayLocks;

  /** UTC ({@code shared.ClockProducer}). */
  @Inject Clock clock;

  /** What a station offers: its rule's terms and each bay, free or not now. */
  public record Offer(ReservationTerms terms, List<BayOffer> bays) implements Serializable {}

  /**
   * One bay of an offer.
   *
   * @param free whether it can be booked now: a lock reported, its pile online, no reservation
   *     holds it and no vehicle stands in it
   */
  public record BayOffer(String bayNumber, String bayName, boolean free) implements Serializable {}

  /**
   * A booking a driver asks for.
   *
   * @param minutes one of the rule's 可预约时长
   * @param plate one of the driver's plates
   */
  public record Request(long stationId, String bayNumber, int minutes, String plate) {}

  /**
   * The station's offer.
   *
   * @throws ReservationRefusedException {@code notOffered} when it has published no rule
   */
  public Offer offer(long stationId) {
    ReservationTerms terms = terms(stationId);
    return new Offer(
        terms,
        bays.of(stationId).stream()
            .map(
                p ->
                    new BayOffer(
                        p.getBayNumber(), p.getBayName(), availability.refusal(p).isEmpty()))
            .toList());
  }

  /**
   * Books a bay: checks every rule of {@code parking.md §2} in the order of {@link Check}, pays the
   * fee from the wallet, and raises the bay's lock after the commit. Idempotent on {@code
   * idempotencyKey}: a repeat answers the first booking.
   *
   * @param idempotencyKey the client's Idempotency-Key, 1 to 64 characters
   * @throws ReservationRefusedException naming the failed check; nothing is paid or held
   */
  public Reservation reserve(long driverId, Request request, String idempotencyKey) {
    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 64) {
      throw new IllegalArgumentException("an Idempotency-Key has 1 to 64 characters");
    }
    // One booking of a driver at a time: the daily count then sees the other, and a repeated key
    // finds the first booking.
    Driver driver = em.find(Driver.class, driverId, LockModeType.PESSIMISTIC_WRITE);
    if (driver == null) {
      throw new NotFoundException("driver.notFound", "no driver " + driverId);
    }
    String requestKey = "driver:" + driverId + ":" + idempotencyKey;
    Optional<Reservation> repeat = byRequest(requestKey);
    if (repeat.isPresent()) {
      return repeat.get();
    }
    ReservationTerms terms = terms(request.stationId());
    ReservationTier tier =
        terms.tiers().stream()
            .filter(t -> t.minutes() == request.minutes())
            .findFirst()
            .orElseThrow(
                () ->
                    new ReservationRefusedException(
                        Check.tierUnknown, "no tier of " + request.minutes() + " minutes"));
    String plate = PlateNumbers.normalise(request.plate());
    if (!driver.getPlates().contains(plate)) {
      throw new ReservationRefusedException(Check.plateNotDrivers, plate + " is not the driver's");
    }
    Pile pile =
        bays.at(request.stationId(), request.bayNumber())
            .orElseThrow(
                () ->
                    new ReservationRefusedException(
                        Check.bayUnknown, "no bay " + request.bayNumber()));
    // One booking of a bay at a time: two drivers asking for it at once are served in turn, and
    // the second finds it held.
    em.lock(pile, LockModeType.PESSIMISTIC_WRITE);
    Optional<Check> busy = availability.refusal(pile);
    if (busy.isPresent()) {
      throw new ReservationRefusedException(
          busy.get(), "bay " + pile.getBayNumber() + " is not free");
    }
    long operatorId = pile.operatorId();
    if (wallets.arrears(operatorId, driverId).isPositive()) {
      throw new ReservationRefusedException(Check.arrears, "the driver owes the operator");
    }
    LocalDateTime now = now();
    if (bookedToday(driverId, operatorId, now) >= terms.dailyLimit()) {
      throw new ReservationRefusedException(
          Check.dailyLimit, "the driver booked " + terms.dailyLimit() + " times today");
    }
    Money fee = new Money(tier.fee());
    if (wallets.balance(operatorId, driverId).compareTo(fee) < 0) {
      throw new ReservationRefusedException(Check.balance, "the wallet holds less than " + fee);
    }
    Reservation reservation =
        new Reservation(
            operatorId,
            request.stationId(),
            pile.getId(),
            pile.getBayNumber(),
            driverId,
            plate,
            tier.minutes(),
            fee,
            requestKey,
            now);
    em.persist(reservation);
    em.flush(); // the identity id
    reservation.number();
    pay(reservation);
    bayLocks.move(reservation, pile, true);
    return reservation;
  }

  /**
   * The driver cancels: the bay is freed, the fee kept.
   *
   * @throws NotFoundException {@code parking.reservation.notFound} for no such reservation of the
   *     driver
   * @throws ReservationNotOpenException when it has ended
   */
  public Reservation cancel(long driverId, String orderNo) {
    Reservation reservation =
        ofDriver(driverId, orderNo, LockModeType.PESSIMISTIC_WRITE)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "parking.reservation.notFound", "no reservation " + orderNo));
    reservation.cancel(now());
    ends.lowerLock(reservation);
    return reservation;
  }

  /** The driver's reservations, the latest first. */
  public List<Reservation> ofDriver(long driverId, int first, int size) {
    return ScopedQuery.in(Scope.platform(), em)
        .from(Reservation.class, "r")
        .where("r.driverId = :driver")
        .orderBy("r.id desc")
        .select("r", Reservation.class)
        .setParameter("driver", driverId)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  /** The driver's bookings at the operator on the business day of {@code now} (Asia/Shanghai). */
  private long bookedToday(long driverId, long operatorId, LocalDateTime now) {
    LocalDateTime dayStart = BusinessCalendar.dayStart(BusinessCalendar.toLocal(now).toLocalDate());
    return ScopedQuery.in(Scope.operator(operatorId), em)
        .from(Reservation.class, "r")
        .where("r.driverId = :driver and r.bookedAt >= :start and r.bookedAt < :end")
        .select("count(r)", Long.class)
        .setParameter("driver", driverId)
        .setParameter("start", dayStart)
        .setParameter("end", dayStart.plusDays(1))
        .getSingleResult();
  }

  /** The fee from the wallet to the operator's reservation revenue, once per reservation. */
  private void pay(Reservation reservation) {
    if (reservation.getFee().isZero()) {
      return;
    }
    LedgerAccount wallet = accounts.wallet(reservation.getOperatorId(), reservation.getDriverId());
    LedgerAccount revenue =
        accounts.operatorAccount(reservation.getOperatorId(), AccountKind.RESERVATION_REVENUE);
    ledger.post(
        new Posting(
            "reservation:" + reservation.getId(),
            TransactionKind.RESERVATION_FEE,
            reservation.getOperatorId(),
            reservation.getOrderNo(),
            "platform",
            List.of(
                new Posting.Leg(wallet.getId(), reservation.getFee().negated()),
                new Posting.Leg(revenue.getId(), reservation.getFee()))));
  }

  private ReservationTerms terms(long stationId) {
    return tariffs
        .publishedReservationTerms(stationId)
        .orElseThrow(
            () ->
                new ReservationRefusedException(
                    Check.notOffered, "station " + stationId + " takes no reservations"));
  }

  private Optional<Reservation> byRequest(String requestKey) {
    return ScopedQuery.in(Scope.platform(), em)
        .from(Reservation.class, "r")
        .where("r.requestKey = :key")
        .select("r", Reservation.class)
        .setParameter("key", requestKey)
        .getResultStream()
        .findFirst();
  }

  private Optional<Reservation> ofDriver(long driverId, String orderNo, LockModeType lock) {
    return ScopedQuery.in(Scope.platform(), em)
        .from(Reservation.class, "r")
        .where("r.driverId = :driver and r.orderNo = :no")
        .select("r", Reservation.class)
        .setParameter("driver", driverId)
        .setParameter("no", orderNo)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  private LocalDateTime now() {
    return BusinessCalendar.toStored(clock.instant());
  }
}
