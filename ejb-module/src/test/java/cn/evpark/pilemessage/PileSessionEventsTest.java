package cn.evpark.pilemessage;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.evpark.card.OfflineCardLists;
import cn.evpark.cluster.PileSessions;
import cn.evpark.cluster.PileSessions.Online;
import cn.evpark.pile.Pile;
import cn.evpark.pile.PileLogins;
import cn.evpark.pile.PileOperations;
import cn.evpark.ykc.api.PileSessionEvent;
import cn.evpark.ykc.api.PileSessionEvent.Kind;
import cn.evpark.ykc.protocol.PileCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** A batch of session events: one registry put and one card-list read, in the events' order. */
class PileSessionEventsTest {

  private static final PileCode A = new PileCode("32010600213501");
  private static final PileCode B = new PileCode("32010600213502");

  private final PileSessionEvents events = new PileSessionEvents();
  private final Pile pileA = mock(Pile.class);
  private final Pile pileB = mock(Pile.class);

  @BeforeEach
  void wire() {
    events.logins = mock(PileLogins.class);
    events.operations = mock(PileOperations.class);
    events.offlineCardLists = mock(OfflineCardLists.class);
    events.sessions = mock(PileSessions.class);
    when(events.logins.recordSessions(any())).thenReturn(Map.of(A, pileA, B, pileB));
  }

  @Test
  void loginsOfABatch_putTheirEntriesAndReadTheCardListsOnce() {
    events.record(List.of(event(A, Kind.ONLINE, 1), event(B, Kind.ONLINE, 2)));

    verify(events.sessions).online(List.of(online(A, 1), online(B, 2)));
    verify(events.offlineCardLists).atLogin(Set.of(pileA, pileB));
    verify(events.operations).applyOperatingStatusAtLogin(pileA);
    verify(events.operations).applyOperatingStatusAtLogin(pileB);
  }

  @Test
  void aPileGoingOfflineInTheSameBatch_isRegisteredFirst() {
    events.record(
        List.of(event(A, Kind.ONLINE, 1), event(A, Kind.OFFLINE, 1), event(B, Kind.ONLINE, 2)));

    InOrder order = inOrder(events.sessions);
    order.verify(events.sessions).online(List.of(online(A, 1)));
    order.verify(events.sessions).offline(A, 1);
    order.verify(events.sessions).online(List.of(online(B, 2)));
  }

  @Test
  void anotherPileGoingOffline_doesNotSplitTheBatch() {
    events.record(
        List.of(event(A, Kind.ONLINE, 1), event(B, Kind.OFFLINE, 7), event(B, Kind.ONLINE, 8)));

    InOrder order = inOrder(events.sessions);
    order.verify(events.sessions).offline(B, 7);
    order.verify(events.sessions).online(List.of(online(A, 1), online(B, 8)));
  }

  @Test
  void anUnknownPile_isRegisteredButGetsNoSettings() {
    when(events.logins.recordSessions(any())).thenReturn(Map.of());

    events.record(List.of(event(A, Kind.ONLINE, 1)));

    verify(events.sessions).online(List.of(online(A, 1)));
    verify(events.offlineCardLists).atLogin(Set.of());
    org.mockito.Mockito.verifyNoInteractions(events.operations);
  }

  private static PileSessionEvent event(PileCode code, Kind kind, long connection) {
    return new PileSessionEvent(code, kind, Instant.EPOCH, connection, "10.0.0.1:40000");
  }

  private static Online online(PileCode code, long connection) {
    return new Online(code, connection, "10.0.0.1:40000");
  }
}
