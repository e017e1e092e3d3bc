package cn.evpark.pile;

import cn.evpark.shared.BusinessCalendar;
import cn.evpark.station.Station;
import cn.evpark.ykc.api.PileSessionEvent;
import cn.evpark.ykc.protocol.PileCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The pile registry: which piles exist, where, and whether they may operate. */
@Stateless
public class PileService {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public Pile register(Station station, PileCode code, PileKind kind, int gunCount) {
    if (findByCode(code).isPresent()) {
      throw new PileCodeTakenException(code);
    }
    Pile pile = new Pile(station, code, kind, gunCount, LocalDateTime.now(clock));
    em.persist(pile);
    return pile;
  }

  public Optional<Pile> findByCode(PileCode code) {
    return em.createQuery("select p from Pile p where p.code = :c", Pile.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  /**
   * Whether a pile may log in over YKC: only registered piles, and only while enabled (domain.md
   * §4, "Only piles registered here may log in").
   */
  public boolean mayLogIn(PileCode code) {
    return findByCode(code).map(Pile::mayOperate).orElse(false);
  }

  /** Records a pile's YKC session coming online or going offline. */
  public void recordSession(PileSessionEvent event) {
    findByCode(event.pileCode())
        .ifPresent(
            pile -> {
              LocalDateTime at = BusinessCalendar.toStored(event.at());
              if (event.kind() == PileSessionEvent.Kind.ONLINE) {
                pile.cameOnline(event.connectionId(), at);
              } else {
                pile.wentOffline(event.connectionId(), at);
              }
            });
  }

  public long count() {
    return em.createQuery("select count(p) from Pile p", Long.class).getSingleResult();
  }

  /** Every pile with its station, ordered by station and code. */
  public List<Pile> listAll() {
    return em.createQuery(
            "select p from Pile p join fetch p.station s order by s.id, p.code", Pile.class)
        .getResultList();
  }
}
