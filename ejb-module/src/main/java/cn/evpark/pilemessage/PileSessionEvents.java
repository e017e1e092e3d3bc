package cn.evpark.pilemessage;

import cn.evpark.card.OfflineCardLists;
import cn.evpark.cluster.PileSessions;
import cn.evpark.cluster.SessionsLost;
import cn.evpark.pile.Pile;
import cn.evpark.pile.PileLogins;
import cn.evpark.pile.PileOperations;
import cn.evpark.ykc.api.PileSessionEvent;
import cn.evpark.ykc.protocol.PileCode;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pile's session coming online or going offline, in one transaction: the pile's 在线 state and,
 * once online, the 运营状态 (0x33/0x35 work parameters, ykc-protocol.md §7.5) and the offline card
 * lists (0x44/0x46, §7.11) it missed while away. When thousands of piles log in at once (after a
 * restart or a network cut), the follow-up of a few hundred logins is one short transaction, not
 * one per login and feature.
 *
 * <p>In a cluster it also keeps the grid's session registry ({@link PileSessions}): a login here
 * closes the pile's session on another member.
 *
 * <p>It runs as its caller, the pile-message endpoint, which runs as the platform.
 *
 * <p>The commands go out without waiting and are idempotent, so a transaction that fails after
 * sending them sends nothing the pile must not have; the pile's next login does it again.
 */
@Stateless
public class PileSessionEvents {

  @EJB PileLogins logins;
  @EJB PileOperations operations;
  @EJB OfflineCardLists offlineCardLists;
  @Inject PileSessions sessions;
  @Inject Clock clock;

  /**
   * Records the events, in order; for each login, brings the pile's settings up to date. The
   * adapter hands over the events of many piles at once (a login storm), in one transaction: the
   * piles are read in one query, the card lists once for all, and the registry's entries put
   * together. A pile's registry entries keep the events' order: its going offline waits for the
   * entries put before it.
   */
  public void record(List<PileSessionEvent> events) {
    Map<PileCode, Pile> piles = logins.recordSessions(events);
    List<PileSessions.Online> online = new ArrayList<>();
    Set<PileCode> pending = new HashSet<>();
    Set<Pile> loggedIn = new LinkedHashSet<>();
    for (PileSessionEvent event : events) {
      PileCode code = event.pileCode();
      if (event.kind() == PileSessionEvent.Kind.ONLINE) {
        online.add(new PileSessions.Online(code, event.connectionId(), event.remoteAddress()));
        pending.add(code);
        Pile pile = piles.get(code);
        if (pile != null) {
          operations.applyOperatingStatusAtLogin(pile);
          loggedIn.add(pile);
        }
      } else {
        if (pending.contains(code)) {
          sessions.online(online);
          online = new ArrayList<>();
          pending.clear();
        }
        sessions.offline(code, event.connectionId());
      }
    }
    sessions.online(online);
    offlineCardLists.atLogin(loggedIn);
  }

  /**
   * Records the piles of a cluster member that left as offline now, unless they logged in again on
   * another member already (their connection is newer then).
   */
  public void recordLost(@Observes SessionsLost lost) {
    logins.recordSessions(
        lost.sessions().stream()
            .map(
                session ->
                    new PileSessionEvent(
                        session.pileCode(),
                        PileSessionEvent.Kind.OFFLINE,
                        clock.instant(),
                        session.connectionId(),
                        "?"))
            .toList());
  }
}
