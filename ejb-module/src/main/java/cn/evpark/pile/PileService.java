package cn.evpark.pile;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.operator.ScopedQuery;
import cn.evpark.shared.NotFoundException;
import cn.evpark.station.Station;
import cn.evpark.station.StationService;
import cn.evpark.ykc.api.GunState;
import cn.evpark.ykc.api.PileLiveState;
import cn.evpark.ykc.protocol.PileCode;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The pile registry (设备管理 充电桩): which piles exist, where, of which model, and whether they may
 * operate; always within the caller's {@link Scope} (a pile of another operator is not found).
 */
@Stateless
public class PileService {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB CallerScope callers;
  @EJB StationService stations;
  @EJB DeviceModelService models;
  @EJB PileLiveStates live;
  @EJB PileCommands commands;

  /** 新增: registers a pile at a station of the caller's operator. */
  public Pile register(@Valid @NotNull PileDetails details) {
    callers.forChange();
    Station station = stations.get(details.stationId());
    DeviceModel model = models.get(details.deviceModelId());
    PileCode code = PileCode.of(details.code());
    if (findByCodeUnscoped(code).isPresent()) {
      throw new PileCodeTakenException(code);
    }
    Pile pile = new Pile(station, code, model, details, LocalDateTime.now(clock));
    em.persist(pile);
    em.flush(); // the identity id, for the caller
    return pile;
  }

  /**
   * 编辑: every field but the code. A change of 运营状态 reaches an online pile at once (0x52), an
   * offline one at its next login.
   */
  public Pile edit(long id, @Valid @NotNull PileDetails details) {
    Pile pile = getForChange(id);
    boolean wasEnabled = pile.isEnabled();
    pile.edit(stations.get(details.stationId()), models.get(details.deviceModelId()), details);
    if (wasEnabled != pile.isEnabled()) {
      applyOperatingStatus(pile);
    }
    return pile;
  }

  /** 运营状态 启用 / 禁用, applied as {@link #edit} does. */
  public Pile setOperating(long id, boolean enabled) {
    Pile pile = getForChange(id);
    if (pile.isEnabled() != enabled) {
      pile.setOperating(enabled);
      applyOperatingStatus(pile);
    }
    return pile;
  }

  /** 删除: irreversible, and refused while a gun of the pile is charging. */
  public void delete(long id) {
    Pile pile = getForChange(id);
    boolean charging =
        live.of(pile.getCode())
            .map(
                state ->
                    IntStream.rangeClosed(1, pile.getGunCount())
                        .anyMatch(g -> state.gun(g) == GunState.CHARGING))
            .orElse(false);
    if (charging) {
      throw new PileChargingException();
    }
    em.remove(pile);
  }

  /** Tells an online pile its 运营状态; an offline pile learns it at its next login. */
  private void applyOperatingStatus(Pile pile) {
    if (live.of(pile.getCode()).map(PileLiveState::online).orElse(false)) {
      commands.setOutOfService(pile.getCode(), !pile.isEnabled());
    }
  }

  /** A pile the caller may see. */
  public Optional<Pile> find(long id) {
    return callers.current().visible(em.find(Pile.class, id), Pile::operatorId);
  }

  public Pile get(long id) {
    return find(id).orElseThrow(() -> notFound(id));
  }

  /** A pile the caller may see, by its code; empty when unknown or another operator's. */
  public Optional<Pile> findByCode(PileCode code) {
    return findByCodeUnscoped(code).flatMap(p -> callers.current().visible(p, Pile::operatorId));
  }

  /**
   * Any registered pile, by its code, whoever calls: for charging, where drivers use every
   * operator's piles, the platform settles every pile's records and answers what every pile asks
   * (its billing model, ykc-protocol.md §5.5–5.9). Never for staff screens.
   */
  public Optional<Pile> findForCharging(PileCode code) {
    return findByCodeUnscoped(code);
  }

  /**
   * The registered piles among {@code codes}, by code, in one query: {@link
   * #findForCharging(PileCode)} for a batch of transaction records.
   */
  public Map<PileCode, Pile> findForCharging(Collection<PileCode> codes) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    Map<PileCode, Pile> found = new HashMap<>();
    ScopedQuery.in(Scope.platform(), em)
        .from(Pile.class, "p")
        .join("join fetch p.station")
        .where("p.code in :codes")
        .select("p", Pile.class)
        .setParameter("codes", new HashSet<>(codes))
        .getResultList()
        .forEach(p -> found.put(p.getCode(), p));
    return found;
  }

  /** A pile the caller may see, by its code. */
  public Pile getByCode(PileCode code) {
    return findByCodeUnscoped(code)
        .flatMap(p -> callers.current().visible(p, Pile::operatorId))
        .orElseThrow(() -> new NotFoundException("pile.notFound", "no pile " + code.value()));
  }

  /**
   * A pile the caller may see, by its code as typed (14 digits); empty when the text is no pile
   * code, the pile unknown or another operator's.
   */
  public Optional<Pile> findByCode(String code) {
    return parse(code).flatMap(this::findByCode);
  }

  /**
   * A pile the caller may see, by its code as typed (14 digits).
   *
   * @throws NotFoundException when the text is no pile code, or no such pile is in scope
   */
  public Pile getByCode(String code) {
    return findByCode(code)
        .orElseThrow(() -> new NotFoundException("pile.notFound", "no pile " + code));
  }

  private static Optional<PileCode> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(PileCode.of(code));
    } catch (IllegalArgumentException notAPileCode) {
      return Optional.empty();
    }
  }

  /**
   * Refuses to start charging on a pile that is unknown or disabled (运营状态 禁用): the charging feature
   * asks before every start.
   */
  public void requireMayStartCharging(PileCode code) {
    Pile pile =
        findByCodeUnscoped(code)
            .orElseThrow(() -> new NotFoundException("pile.notFound", "no pile " + code.value()));
    if (!pile.mayStartCharging()) {
      throw new PileDisabledException();
    }
  }

  /** The codes of the piles among {@code ids} that the caller may see, in one query. */
  public List<PileCode> codesAmong(Collection<Long> ids) {
    return codes("p.id in :ids", ids);
  }

  /** The piles of the stations in scope, for the QR-code ZIP of a station. */
  public List<Pile> ofStation(long stationId) {
    Station station = stations.get(stationId);
    // the station is in the caller's scope, and so are its piles
    return ScopedQuery.in(Scope.platform(), em)
        .from(Pile.class, "p")
        .where("p.station = :s")
        .orderBy("p.code")
        .select("p", Pile.class)
        .setParameter("s", station)
        .getResultList();
  }

  /** The codes of the piles of these stations that the caller may see, in one query. */
  public List<PileCode> codesOf(Collection<Long> stationIds) {
    return codes("p.station.id in :ids", stationIds);
  }

  /** The codes of the caller's piles meeting {@code condition} on the parameter {@code ids}. */
  private List<PileCode> codes(String condition, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return ScopedQuery.in(callers.current(), em)
        .from(Pile.class, "p")
        .where(condition)
        .select("p.code", PileCode.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** How many piles the caller may see. */
  public long count() {
    return ScopedQuery.in(callers.current(), em)
        .from(Pile.class, "p")
        .select("count(p)", Long.class)
        .getSingleResult();
  }

  /** A pile the caller may change: not found outside its scope, refused for read-only accounts. */
  public Pile getForChange(long id) {
    return callers
        .forChange()
        .visible(em.find(Pile.class, id), Pile::operatorId)
        .orElseThrow(() -> notFound(id));
  }

  /**
   * A pile by its code with its station and the station's operator, in one query: what a scope
   * check ({@link Pile#operatorId()}) and a pile's billing model and charging read.
   */
  private Optional<Pile> findByCodeUnscoped(PileCode code) {
    return ScopedQuery.in(Scope.platform(), em)
        .from(Pile.class, "p")
        .join("join fetch p.station s join fetch s.operator")
        .where("p.code = :c")
        .select("p", Pile.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("pile.notFound", "no pile " + id);
  }
}
