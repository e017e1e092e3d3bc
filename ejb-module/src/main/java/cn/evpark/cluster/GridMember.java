package cn.evpark.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;
import com.hazelcast.spi.exception.TargetNotMemberException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * This instance as a member of the data grid: the only class that names Hazelcast types, so that
 * none are loaded where there is no grid (WildFly). Not a bean: {@link ClusterGrid} makes one when
 * {@code payara/Hazelcast} is there. Public for {@link ClusterGrid}'s proxy; its methods are this
 * package's.
 *
 * <p>Runs on: any thread.
 */
public final class GridMember {

  /** Pile code → the text of a {@link RegistryEntry}. */
  private static final String SESSIONS = "evpark-pile-sessions";

  /** The ids of the members that run the application. */
  private static final String RUNNING = "evpark-members";

  private static final String EXECUTOR = "evpark-piles";

  private final HazelcastInstance hazelcast;
  private UUID listener;

  GridMember(Object hazelcast) {
    this.hazelcast = (HazelcastInstance) hazelcast;
  }

  /** This member's id. */
  String self() {
    return hazelcast.getCluster().getLocalMember().getUuid().toString();
  }

  /** Whether {@code uuid} is a member now. */
  boolean isMember(String uuid) {
    return member(uuid).isPresent();
  }

  /**
   * Marks this member as one that runs the application, until {@link #leave}. A grid may hold
   * members without it: a Payara Server domain's DAS joins its instances' grid while the
   * application is deployed to their deployment group only.
   */
  void announce() {
    running().set(self(), self());
  }

  /**
   * Whether this member is the oldest of those that run the application, the one that cleans up
   * after a member that left.
   */
  boolean isOldest() {
    IMap<String, String> running = running();
    for (Member member : hazelcast.getCluster().getMembers()) {
      if (running.containsKey(member.getUuid().toString())) {
        return member.localMember();
      }
    }
    return false;
  }

  /** Forgets that {@code uuid}, a member that left, ran the application. */
  void forgetRunning(String uuid) {
    running().delete(uuid);
  }

  /** How many members the grid has now. */
  int size() {
    return hazelcast.getCluster().getMembers().size();
  }

  /** Sets the pile's session; returns the one it replaces. */
  Optional<String> putSession(String code, String session) {
    return Optional.ofNullable(sessions().put(code, session));
  }

  /**
   * Sets the piles' sessions, all sent at once and then waited for, so a batch costs about one
   * round trip to the grid rather than one per pile. Each put is atomic on its own.
   *
   * @param sessions by pile code
   * @return by pile code, the sessions replaced; piles that had none are absent
   */
  Map<String, String> putSessions(Map<String, String> sessions) {
    Map<String, CompletableFuture<String>> puts = new HashMap<>();
    sessions.forEach(
        (code, session) ->
            puts.put(code, sessions().putAsync(code, session).toCompletableFuture()));
    Map<String, String> replaced = new HashMap<>();
    puts.forEach(
        (code, put) -> {
          String previous = put.join();
          if (previous != null) {
            replaced.put(code, previous);
          }
        });
    return replaced;
  }

  /** Removes the pile's session if it is still {@code session}. */
  void removeSession(String code, String session) {
    sessions().remove(code, session);
  }

  Optional<String> session(String code) {
    return Optional.ofNullable(sessions().get(code));
  }

  Map<String, String> sessions(Set<String> codes) {
    return sessions().getAll(codes);
  }

  /** The sessions held by {@code uuid}, by pile code. */
  Map<String, String> sessionsOf(String uuid) {
    Map<String, String> held = new HashMap<>();
    for (Map.Entry<String, String> entry :
        sessions().entrySet(Predicates.like("this", RegistryEntry.prefixOf(uuid) + "%"))) {
      held.put(entry.getKey(), entry.getValue());
    }
    return held;
  }

  /**
   * Runs {@code onLeft} with the id of each member that leaves the grid, on a grid thread, until
   * {@link #leave}.
   */
  void onMemberLeft(Consumer<String> onLeft) {
    listener =
        hazelcast
            .getCluster()
            .addMembershipListener(
                new MembershipListener() {
                  @Override
                  public void memberAdded(MembershipEvent event) {}

                  @Override
                  public void memberRemoved(MembershipEvent event) {
                    onLeft.accept(event.getMember().getUuid().toString());
                  }
                });
  }

  /**
   * Stops watching the other members: the application is undeployed, while the grid, which is the
   * server's, lives on.
   */
  void leave() {
    if (listener != null) {
      hazelcast.getCluster().removeMembershipListener(listener);
    }
    forgetRunning(self());
  }

  /**
   * Runs {@code task} on member {@code uuid}. The future fails with {@link MemberGoneException}
   * when that member is not in the grid or leaves before it answers.
   */
  <T> CompletableFuture<T> call(String uuid, Callable<T> task) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Optional<Member> member = member(uuid);
    if (member.isEmpty()) {
      result.completeExceptionally(new MemberGoneException(uuid));
      return result;
    }
    hazelcast
        .getExecutorService(EXECUTOR)
        .submitToMember(
            task,
            member.get(),
            new ExecutionCallback<T>() {
              @Override
              public void onResponse(T response) {
                result.complete(response);
              }

              @Override
              public void onFailure(Throwable t) {
                result.completeExceptionally(
                    t instanceof MemberLeftException || t instanceof TargetNotMemberException
                        ? new MemberGoneException(uuid)
                        : t);
              }
            });
    return result;
  }

  private Optional<Member> member(String uuid) {
    UUID id = UUID.fromString(uuid);
    Collection<Member> members = hazelcast.getCluster().getMembers();
    return members.stream().filter(m -> m.getUuid().equals(id)).findFirst();
  }

  /** Member id → itself: the members that run the application. */
  private IMap<String, String> running() {
    return hazelcast.getMap(RUNNING);
  }

  private IMap<String, String> sessions() {
    return hazelcast.getMap(SESSIONS);
  }
}
