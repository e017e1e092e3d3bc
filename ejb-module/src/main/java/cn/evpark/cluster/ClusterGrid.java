package cn.evpark.cluster;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * This instance's data grid, when it runs in a Payara cluster (servers-notes.md §1): Payara Micro
 * started with {@code --clustermode}, or Payara Server with Hazelcast on. Without one ({@code
 * --nohazelcast}, WildFly) the platform is a single instance and nothing here touches a grid.
 *
 * <p>When a member leaves, the oldest member that runs the application (not a Payara Server DAS,
 * which is in the grid without it) removes the registry entries that name it and fires {@link
 * SessionsLost} for them, in chunks of {@value #LOST_CHUNK}, on a managed thread. It joins when the
 * application starts, so that every member watches the others from then on.
 */
@ApplicationScoped
public class ClusterGrid {

  private static final Logger LOG = Logger.getLogger(ClusterGrid.class.getName());

  static final int LOST_CHUNK = 500;

  @Resource ManagedExecutorService executor;
  @Inject Event<SessionsLost> lost;
  @EJB PileRelay relay;

  private volatile GridMember member;
  private volatile String relayName;

  void join(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (member != null) {
      return;
    }
    Object hazelcast;
    try {
      hazelcast = InitialContext.doLookup("payara/Hazelcast");
    } catch (NamingException | LinkageError e) {
      LOG.info(
          () ->
              "no data grid (payara/Hazelcast: "
                  + e.getClass().getSimpleName()
                  + "): this instance runs alone");
      return;
    }
    GridMember joined = new GridMember(hazelcast);
    joined.onMemberLeft(left -> executor.execute(() -> forget(left)));
    joined.announce();
    member = joined;
    LOG.info(() -> "in the data grid as member " + joined.self() + " of " + joined.size());
  }

  @PreDestroy
  void leave() {
    GridMember joined = member;
    if (joined != null) {
      joined.leave();
    }
  }

  /** The grid, when this instance is in one. */
  public Optional<GridMember> member() {
    return Optional.ofNullable(member);
  }

  /**
   * The {@code java:global} name of {@link PileRelay}, the same on every member. Asked of the bean
   * at first use: an EAR's EJB container takes no call while the application starts.
   */
  public String relayName() {
    String name = relayName;
    if (name == null) {
      name = relay.globalName();
      relayName = name;
    }
    return name;
  }

  /** Removes the entries of a member that left, once for the cluster. */
  private void forget(String left) {
    GridMember grid = member;
    if (grid == null || !grid.isOldest()) {
      return;
    }
    try {
      Map<String, String> held = grid.sessionsOf(left);
      List<SessionsLost.Session> chunk = new ArrayList<>();
      for (Map.Entry<String, String> entry : held.entrySet()) {
        grid.removeSession(entry.getKey(), entry.getValue());
        chunk.add(SessionsLost.Session.of(entry.getKey(), entry.getValue()));
        if (chunk.size() == LOST_CHUNK) {
          lost.fire(new SessionsLost(List.copyOf(chunk)));
          chunk.clear();
        }
      }
      if (!chunk.isEmpty()) {
        lost.fire(new SessionsLost(List.copyOf(chunk)));
      }
      grid.forgetRunning(left);
      LOG.info(() -> "member " + left + " left the grid; its " + held.size() + " piles forgotten");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the sessions of member " + left + " could not be forgotten", e);
    }
  }
}
