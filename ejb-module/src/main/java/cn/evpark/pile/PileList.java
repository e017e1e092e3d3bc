package cn.evpark.pile;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.NotFoundException;
import cn.evpark.ykc.api.GunState;
import cn.evpark.ykc.api.PileLiveState;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.Code;
import cn.evpark.ykc.protocol.message.ProtocolVersion;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The pile list (设备管理 充电桩) as pages and rows read for showing: each page's piles with their live
 * states and ground locks, read for that page only; always within the caller's {@link Scope}. The
 * registry itself (what exists, its changes) is {@link PileService}.
 */
@Stateless
public class PileList {

  @PersistenceContext EntityManager em;
  @EJB CallerScope callers;
  @EJB PileService piles;
  @EJB PileLiveStates live;
  @EJB GroundLocks groundLocks;

  /**
   * One page of the pile list, the newest station's piles first: optionally one station's,
   * optionally codes containing a text.
   */
  public PilePage search(Long stationId, String code, int first, int pageSize) {
    Scope scope = callers.current();
    String pattern = "%" + (code == null ? "" : code.strip().replaceAll("\\D", "")) + "%";
    var count = matching(scope, stationId).select("count(p)", Long.class);
    var query =
        matching(scope, stationId)
            .join("join fetch p.station s left join fetch p.deviceModel")
            .orderBy("s.id desc, p.code")
            .select("p", Pile.class);
    count.setParameter("code", pattern);
    query.setParameter("code", pattern);
    if (stationId != null) {
      count.setParameter("station", stationId);
      query.setParameter("station", stationId);
    }
    return page(
        count.getSingleResult(),
        query.setFirstResult(first).setMaxResults(pageSize).getResultList());
  }

  /**
   * One page of the piles among {@code ids} that the caller may see, in the pile list's order
   * (newest station first, then code): a list of piles another feature picked, such as the billing
   * models out of date.
   *
   * @param ids pile ids; those outside the caller's scope are left out
   */
  public PilePage searchAmong(Collection<Long> ids, int first, int pageSize) {
    if (ids.isEmpty()) {
      return new PilePage(List.of(), 0);
    }
    Scope scope = callers.current();
    long total =
        among(scope, ids).select("count(p)", Long.class).setParameter("ids", ids).getSingleResult();
    List<Pile> piles =
        among(scope, ids)
            .join("join fetch p.station s left join fetch p.deviceModel")
            .orderBy("s.id desc, p.code")
            .select("p", Pile.class)
            .setParameter("ids", ids)
            .setFirstResult(first)
            .setMaxResults(pageSize)
            .getResultList();
    return page(total, piles);
  }

  private ScopedQuery among(Scope scope, Collection<Long> ids) {
    return ScopedQuery.in(scope, em).from(Pile.class, "p").where("p.id in :ids");
  }

  /** The rows of a page's piles, with their live states and ground locks read for them only. */
  private PilePage page(long total, List<Pile> piles) {
    Map<PileCode, PileLiveState> online = live.of(piles.stream().map(Pile::getCode).toList());
    Map<Long, List<GroundLockView>> locks =
        groundLocks.of(piles.stream().map(Pile::getId).toList());
    return new PilePage(
        piles.stream()
            .map(p -> row(p, online.get(p.getCode()), locks.getOrDefault(p.getId(), List.of())))
            .toList(),
        total);
  }

  /**
   * One pile the caller may see, by its code as typed, as the list shows it: with its live state.
   *
   * @throws NotFoundException {@code pile.notFound} for no such pile in the caller's scope
   */
  public PileRow rowOf(String code) {
    Pile pile = piles.getByCode(code);
    return row(
        pile,
        live.of(pile.getCode()).orElse(null),
        groundLocks.of(List.of(pile.getId())).getOrDefault(pile.getId(), List.of()));
  }

  /** The piles of the scope, of one station when {@code stationId} is not null, by code. */
  private ScopedQuery matching(Scope scope, Long stationId) {
    ScopedQuery query = ScopedQuery.in(scope, em).from(Pile.class, "p").where("p.code like :code");
    return stationId == null ? query : query.where("p.station.id = :station");
  }

  private static PileRow row(Pile pile, PileLiveState state, List<GroundLockView> locks) {
    boolean online = state != null && state.online();
    List<GunState> guns = new ArrayList<>();
    for (int g = 1; g <= pile.getGunCount(); g++) {
      guns.add(online ? state.gun(g) : GunState.OFFLINE);
    }
    return new PileRow(
        pile.getId(),
        pile.getCode().value(),
        pile.getStation().getId(),
        pile.getStation().getName(),
        pile.getDeviceModel() == null ? "" : pile.getDeviceModel().label(),
        pile.getKind(),
        pile.getGunCount(),
        pile.getMinStartAmount(),
        pile.isEnabled(),
        pile.getCategory(),
        pile.getBayNumber(),
        pile.getBayName(),
        online,
        guns,
        pile.getReportedProtocolVersion().map(ProtocolVersion::label).orElse(""),
        pile.getReportedProtocolVersion().map(Code::isKnown).orElse(true),
        locks);
  }
}
