package cn.evpark.parking;

import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.BusinessCalendar;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the platform sends the stations' parking systems ({@code parking.md §1}) as an outbox: the
 * reductions ({@link ReductionOrder}) and the bay lock requests ({@link BayLockRequest}), each step
 * its own transaction: which entries are due, claiming one for an attempt (its row locked and read
 * again, then leased, so two instances never send it at once), and what the attempt came to. A lock
 * request's outcome is kept on its reservation as a YKC lock's answer is.
 */
@Stateless
public class ParkingOutbox {

  /** How long a claimed attempt holds its entry before another instance may try it. */
  static final Duration LEASE = Duration.ofMinutes(1);

  @PersistenceContext EntityManager em;

  /** UTC ({@code shared.ClockProducer}). */
  @Inject Clock clock;

  /** An entry: which table, which row. */
  public record Entry(Class<? extends OutboxEntry> type, long id) {}

  /**
   * What an attempt sends: the body, signed with the station's parking key, to the endpoint of the
   * station's parking system.
   */
  public record Attempt(Entry entry, String url, String keyId, String secret, byte[] body) {}

  /** The entries due now, at most {@code max} of each kind, the oldest due first. */
  public List<Entry> due(int max) {
    List<Entry> due = new ArrayList<>();
    for (Class<? extends OutboxEntry> type : List.of(ReductionOrder.class, BayLockRequest.class)) {
      ScopedQuery.in(Scope.platform(), em)
          .from(type, "e")
          .where("e.delivery.state = :pending and e.delivery.nextAttemptAt <= :now")
          .orderBy("e.delivery.nextAttemptAt, e.id")
          .select("e.id", Long.class)
          .setParameter("pending", IssueState.PENDING)
          .setParameter("now", now())
          .setMaxResults(max)
          .getResultList()
          .forEach(id -> due.add(new Entry(type, id)));
    }
    return due;
  }

  /**
   * Claims an attempt of the entry, if it is still due; one whose station has no parking system or
   * no parking key fails this attempt at once.
   */
  public Optional<Attempt> claim(Entry entry) {
    OutboxEntry row = em.find(entry.type(), entry.id(), LockModeType.PESSIMISTIC_WRITE);
    LocalDateTime now = now();
    if (row == null || !row.getDelivery().due(now)) {
      return Optional.empty();
    }
    row.getDelivery().attempting(now.plus(LEASE));
    ParkingSystem system = em.find(ParkingSystem.class, row.getStationId());
    ParkingKey key = em.find(ParkingKey.class, row.getStationId());
    if (system == null || key == null) {
      failed(
          row,
          system == null ? "the station has no parking system address" : "the station has no key",
          now);
      return Optional.empty();
    }
    return Optional.of(
        new Attempt(
            entry,
            system.endpoint(row.endpoint()),
            key.info().keyId(),
            key.getSecret(),
            row.body()));
  }

  /** What the attempt came to: taken, or failed with {@code error}. */
  public void record(Entry entry, Optional<String> error) {
    OutboxEntry row = em.find(entry.type(), entry.id(), LockModeType.PESSIMISTIC_WRITE);
    if (row == null || row.getDelivery().getState() != IssueState.PENDING) {
      return;
    }
    LocalDateTime now = now();
    if (error.isPresent()) {
      failed(row, error.get(), now);
      return;
    }
    row.getDelivery().sent(now);
    if (row instanceof BayLockRequest request) {
      answered(request, request.isRaise() ? BayLockState.RAISED : BayLockState.LOWERED, null);
    }
  }

  private void failed(OutboxEntry row, String error, LocalDateTime now) {
    if (row.getDelivery().failedAttempt(error, now) && row instanceof BayLockRequest request) {
      answered(request, BayLockState.FAILED, error);
    }
  }

  private void answered(BayLockRequest request, BayLockState state, String error) {
    Reservation reservation = em.find(Reservation.class, request.getReservationId());
    if (reservation != null) {
      reservation.lockAnswered(
          state, error == null || error.length() <= 64 ? error : error.substring(0, 64));
    }
  }

  private LocalDateTime now() {
    return BusinessCalendar.toStored(clock.instant());
  }
}
