package cn.evpark.cluster;

import cn.evpark.ykc.protocol.PileCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
   * The piles logged in here. A session one of them had on another member is closed there, without
   * waiting. The registry's entries are put all at once (a login storm's batch).
   *
   * @param logins the piles' new sessions here
   */
  public void online(List<Online> logins) {
    Optional<GridMember> grid = this.grid.member();
    if (grid.isEmpty() || logins.isEmpty()) {
      return;
    }
    GridMember member = grid.get();
    Map<String, String> entries = new LinkedHashMap<>();
    Map<String, Online> byCode = new HashMap<>();
    for (Online login : logins) {
      entries.put(
          login.code().value(), new RegistryEntry(member.self(), login.connectionId()).text());
      byCode.put(login.code().value(), login);
    }
    member
        .putSessions(entries)
        .forEach(
            (code, replaced) -> {
              RegistryEntry previous = RegistryEntry.parse(replaced);
              if (!previous.member().equals(member.self())) {
                takeOver(member, byCode.get(code).code(), previous, byCode.get(code).from());
              }
            });
  }

  /**
   * A pile's session that came online here.
   *
   * @param connectionId the adapter's connection
   * @param from the pile's address, for the other member's log
   */
  public record Online(PileCode code, long connectionId, String from) {}

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
