package cn.evpark.pile;

import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.ykc.api.PileSessionEvent;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.Login;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Piles logging in (0x01) and their YKC sessions coming online and going offline, for many piles in
 * one transaction: after a restart or a network cut every pile logs in at once, and the adapter
 * hands their logins and session events over in batches (ykc-protocol.md §11, docs/architecture.md
 * "Login storms"). Each batch reads its piles in one query.
 *
 * <p>Runs as the pile-message endpoint (the platform): piles of every operator.
 */
@Stateless
public class PileLogins {

  @PersistenceContext EntityManager em;

  /**
   * Logins (0x01): whether each pile may log in over YKC, recording the protocol version a
   * registered pile reports. Only registered piles may log in (domain.md §4, "Only piles registered
   * here may log in"), and only while enabled (运营状态 启用). A pile disabled while online is put out of
   * service at once (0x52) and refused at its next login; one enabled while offline logs in again
   * and is put back in service then ({@link PileOperations#applyOperatingStatusAtLogin}). A version
   * the platform does not know never refuses the login (docs/ykc-versions.md): the pile page flags
   * it.
   *
   * @return whether each login is accepted, in the order of {@code logins}
   */
  public List<Boolean> logIn(List<Login> logins) {
    Map<PileCode, Pile> piles = byCode(logins.stream().map(Login::pileCode).toList(), false);
    return logins.stream()
        .map(
            login -> {
              Pile pile = piles.get(login.pileCode());
              if (pile == null) {
                return false;
              }
              pile.reportedProtocolVersion(login.protocolVersion());
              return pile.mayStartCharging();
            })
        .toList();
  }

  /**
   * Records YKC sessions coming online or going offline, in the order given. The piles' rows are
   * locked first, in the order of their codes, so that two batches never wait for each other in a
   * circle: the events of an old connection and of the one that took it over may be recorded at the
   * same time, and neither may undo the other (see {@link Pile#cameOnline} and {@link
   * Pile#wentOffline}).
   *
   * @return the registered piles among the events', by code, locked and managed in the caller's
   *     transaction; a pile no longer registered is not among them
   */
  public Map<PileCode, Pile> recordSessions(List<PileSessionEvent> events) {
    Map<PileCode, Pile> piles =
        byCode(events.stream().map(PileSessionEvent::pileCode).toList(), true);
    for (PileSessionEvent event : events) {
      Pile pile = piles.get(event.pileCode());
      if (pile == null) {
        continue;
      }
      LocalDateTime at = BusinessCalendar.toStored(event.at());
      if (event.kind() == PileSessionEvent.Kind.ONLINE) {
        pile.cameOnline(event.connectionId(), at);
      } else {
        pile.wentOffline(event.connectionId(), at);
      }
    }
    return piles;
  }

  /**
   * The registered piles among {@code codes}, by code, in one query: the pile alone, never with its
   * station, whose row all its piles share and a lock would take too.
   */
  private Map<PileCode, Pile> byCode(Collection<PileCode> codes, boolean lock) {
    Map<PileCode, Pile> found = new LinkedHashMap<>();
    if (codes.isEmpty()) {
      return found;
    }
    var query =
        ScopedQuery.in(Scope.platform(), em)
            .from(Pile.class, "p")
            .where("p.code in :codes")
            .orderBy("p.code")
            .select("p", Pile.class)
            .setParameter("codes", new HashSet<>(codes));
    if (lock) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    query.getResultList().forEach(p -> found.put(p.getCode(), p));
    return found;
  }
}
