package cn.evpark.cluster;

import cn.evpark.ykc.protocol.PileCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The cluster's pile session registry: which member holds each pile's session (issue 19). Kept by
 * the pile-message endpoint on every login and logout; a pile logging in on one member while its
 * old session lives on another has that session closed there, so a pile has one session across the
 * cluster. Without a grid every call does nothing and no pile is held elsewhere. No call takes part
 * in a transaction: the grid's map is not transactional.
 */
@ApplicationScoped
public class PileSessions {

  private static final Logger LOG = Logger.getLogger(PileSessions.class.getName());

  @Inject ClusterGrid grid;

  /**
   * The pile logged in here on connection {@code connectionId}. A session it had on another member
   * is closed there, without waiting.
   *
   * @param from the pile's address, for the other member's log
   */
  public void online(PileCode code, long connectionId, String from) {
    grid.member()
        .ifPresent(
            member -> {
              member
                  .putSession(code.value(), new RegistryEntry(member.self(), connectionId).text())
                  .map(RegistryEntry::parse)
                  .filter(previous -> !previous.member().equals(member.self()))
                  .ifPresent(previous -> takeOver(member, code, previous, from));
            });
  }

  /** The pile's connection {@code connectionId} here closed; a newer session stays registered. */
  public void offline(PileCode code, long connectionId) {
    grid.member()
        .ifPresent(
            member ->
                member.removeSession(
                    code.value(), new RegistryEntry(member.self(), connectionId).text()));
  }

  /** The other member that holds the pile's session, if one does and is a member still. */
  public Optional<String> elsewhere(PileCode code) {
    return grid.member()
        .flatMap(member -> member.session(code.value()).flatMap(s -> other(member, s)));
  }

  /** The piles among {@code codes} held by other members, by member. */
  public Map<String, Set<PileCode>> elsewhere(Collection<PileCode> codes) {
    Optional<GridMember> grid = this.grid.member();
    if (grid.isEmpty() || codes.isEmpty()) {
      return Map.of();
    }
    Set<String> keys = new HashSet<>();
    codes.forEach(code -> keys.add(code.value()));
    Map<String, Set<PileCode>> byMember = new HashMap<>();
    grid.get()
        .sessions(keys)
        .forEach(
            (code, session) ->
                other(grid.get(), session)
                    .ifPresent(
                        member ->
                            byMember
                                .computeIfAbsent(member, m -> new HashSet<>())
                                .add(new PileCode(code))));
    return byMember;
  }

  private Optional<String> other(GridMember member, String session) {
    String holder = RegistryEntry.parse(session).member();
    return holder.equals(member.self()) || !member.isMember(holder)
        ? Optional.empty()
        : Optional.of(holder);
  }

  private void takeOver(GridMember member, PileCode code, RegistryEntry previous, String from) {
    String holder = previous.member();
    if (!member.isMember(holder)) {
      return;
    }
    member
        .call(
            holder,
            RelayTask.takeOver(
                grid.relayName(), code, previous.connectionId(), member.self() + " " + from))
        .whenComplete(
            (closed, failure) -> {
              if (failure != null && !(failure instanceof MemberGoneException)) {
                LOG.log(
                    Level.WARNING,
                    "pile " + code.value() + ": its session on member " + holder + " not closed",
                    failure);
              }
            });
  }
}
