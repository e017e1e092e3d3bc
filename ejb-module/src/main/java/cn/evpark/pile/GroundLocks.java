package cn.evpark.pile;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.GroundLockStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The ground locks (地锁) at the piles' bays ({@code ykc-protocol.md §8.5}, {@code parking.md §1}):
 * what each last reported, for the pile list and for the reservations that hold a bay.
 */
@Stateless
public class GroundLocks {

  private static final Logger LOG = Logger.getLogger(GroundLocks.class.getName());

  @PersistenceContext EntityManager em;
  @EJB CallerScope callers;

  /** UTC ({@code shared.ClockProducer}). */
  @Inject Clock clock;

  /**
   * Keeps a lock's status report (0x61): the pile's one message a lock sends unasked, on change and
   * every 5 minutes. A report of a gun the pile does not have changes nothing and is logged.
   *
   * @param status from a logged-in pile, so one that is registered
   */
  public void report(GroundLockStatus status) {
    PileCode code = status.pileCode();
    List<Pile> found =
        ScopedQuery.in(Scope.platform(), em)
            .from(Pile.class, "p")
            .where("p.code = :code")
            .select("p", Pile.class)
            .setParameter("code", code)
            .getResultList();
    if (found.isEmpty()) {
      LOG.warning(() -> "ground-lock status of unregistered pile " + code.value() + " ignored");
      return;
    }
    Pile pile = found.get(0);
    int gun = status.gun();
    if (gun < 1 || gun > pile.getGunCount()) {
      LOG.warning(
          () ->
              "pile "
                  + code.value()
                  + " reported a ground lock at gun "
                  + gun
                  + " of "
                  + pile.getGunCount()
                  + ": ignored");
      return;
    }
    GroundLock lock =
        lockAt(pile.getId(), gun)
            .orElseGet(
                () -> {
                  GroundLock created = new GroundLock(pile.operatorId(), pile.getId(), gun);
                  em.persist(created);
                  return created;
                });
    lock.reported(status, LocalDateTime.now(clock));
  }

  /**
   * The lock at a pile's gun as it last reported itself, whoever calls: for the reservations that
   * hold a bay. Empty when it never reported.
   */
  public Optional<GroundLockView> find(long pileId, int gun) {
    return lockAt(pileId, gun).map(GroundLock::view);
  }

  private Optional<GroundLock> lockAt(long pileId, int gun) {
    return ScopedQuery.in(Scope.platform(), em)
        .from(GroundLock.class, "l")
        .where("l.pileId = :pile and l.gun = :gun")
        .select("l", GroundLock.class)
        .setParameter("pile", pileId)
        .setParameter("gun", gun)
        .getResultStream()
        .findFirst();
  }

  /**
   * The locks of these piles that ever reported, by pile id, each pile's by gun: one query for a
   * page of the pile list. Other operators' piles are left out.
   */
  public Map<Long, List<GroundLockView>> of(Collection<Long> pileIds) {
    if (pileIds.isEmpty()) {
      return Map.of();
    }
    return ScopedQuery.in(callers.current(), em)
        .from(GroundLock.class, "l")
        .where("l.pileId in :piles")
        .orderBy("l.pileId, l.gun")
        .select("l", GroundLock.class)
        .setParameter("piles", pileIds)
        .getResultList()
        .stream()
        .collect(
            Collectors.groupingBy(
                GroundLock::getPileId, Collectors.mapping(GroundLock::view, Collectors.toList())));
  }
}
