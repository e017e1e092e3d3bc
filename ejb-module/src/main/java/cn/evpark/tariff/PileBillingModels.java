package cn.evpark.tariff;

import cn.evpark.pile.PileList;
import cn.evpark.pile.PileLiveStates;
import cn.evpark.pile.PilePage;
import cn.evpark.pile.PileRow;
import cn.evpark.pile.PileService;
import cn.evpark.ykc.api.PileLiveState;
import cn.evpark.ykc.protocol.BillingModelNumber;
import cn.evpark.ykc.protocol.PileCode;
import cn.evpark.ykc.protocol.message.BillingModel;
import cn.evpark.ykc.protocol.message.BillingModelReply;
import cn.evpark.ykc.protocol.message.BillingModelRequest;
import cn.evpark.ykc.protocol.message.BillingModelSetReply;
import cn.evpark.ykc.protocol.message.BillingModelVerify;
import cn.evpark.ykc.protocol.message.BillingModelVerifyReply;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The YKC billing model each pile must charge by, and what each pile holds (ykc-protocol.md
 * §5.5–5.9, §11.5). A pile's model is its station's: the station's charging fee standard under the
 * standard's current model number, or the free model ({@link StationTariff#FREE_MODEL_NUMBER}) at a
 * free station. A pile of a station with neither gets no model, and so cannot charge.
 *
 * <p>The entry point of the MDB for 0x05, 0x09 and late 0x57; {@link BillingModelPush} records its
 * pushes here.
 */
@Stateless
public class PileBillingModels {

  /**
   * The piles whose station asks for a model (its standard's number, or the free model's, bound as
   * {@code ?1}) and that do not hold it; a query's FROM and WHERE.
   */
  private static final String OUT_OF_DATE =
      " FROM pile p"
          + " JOIN station_tariff t ON t.station_id = p.station_id"
          + " LEFT JOIN charging_fee_standard c ON c.id = t.charging_standard_id"
          + " LEFT JOIN pile_billing_model s ON s.pile_id = p.id"
          + " WHERE (t.charging_free = TRUE OR c.id IS NOT NULL)"
          + " AND (s.held_number IS NULL OR s.held_number <>"
          + " CASE WHEN t.charging_free = TRUE THEN ?1 ELSE c.model_number END)";

  private static final Logger LOG = Logger.getLogger(PileBillingModels.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB PileService piles;
  @EJB PileLiveStates live;
  @EJB PileList list;

  /**
   * 0x05 → 0x06: whether the model the pile reports is the one it must hold (§5.6: the pile's
   * number is echoed). What the pile reports is recorded as what it holds.
   */
  public BillingModelVerifyReply verify(BillingModelVerify verify) {
    boolean current = false;
    Optional<PileRef> pile = piles().anyByCode(verify.pileCode());
    if (pile.isPresent()) {
      status(pile.get()).holds(verify.modelNumber(), now());
      current = expectedNumber(pile.get()).filter(verify.modelNumber()::equals).isPresent();
    }
    return new BillingModelVerifyReply(verify.pileCode(), verify.modelNumber(), current);
  }

  /**
   * 0x09 → 0x0A: the pile's model, recorded as delivered. Empty when its station has no tariff:
   * then the pile asks again until it has one.
   */
  public Optional<BillingModelReply> request(BillingModelRequest request) {
    Optional<PileRef> pile = piles().anyByCode(request.pileCode());
    Optional<BillingModel> model = pile.flatMap(this::model);
    if (model.isEmpty()) {
      LOG.fine(
          () -> "pile " + request.pileCode() + ": its station has no tariff, no model to give");
      return Optional.empty();
    }
    status(pile.get()).holds(model.get().number(), now());
    return Optional.of(new BillingModelReply(request.pileCode(), model.get()));
  }

  /** A 0x57 that came after the push had stopped waiting for it. */
  public void lateSetReply(BillingModelSetReply reply) {
    piles()
        .anyByCode(reply.pileCode())
        .ifPresent(p -> status(p).lateAnswer(reply.success(), now()));
  }

  /**
   * The model a pile must hold now; empty for an unknown pile or a station without a tariff. Any
   * operator's pile: callers pass the codes of the piles they may push to.
   */
  public Optional<PushTarget> target(PileCode code) {
    return piles()
        .anyByCode(code)
        .flatMap(pile -> model(pile).map(m -> new PushTarget(pile.id(), code, m)));
  }

  /** A push of {@code number} to the pile is going out. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordPushing(long pileId, BillingModelNumber number) {
    status(pileId).pushing(number, now());
  }

  /** How a push of {@code number} to the pile ended. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordPushEnded(long pileId, BillingModelNumber number, PushOutcome outcome) {
    status(pileId).pushEnded(number, outcome, now());
  }

  /** A page of the billing-model list and how many rows all its pages hold. */
  public record OverviewPage(List<PileModelRow> rows, long total) {}

  /**
   * One page of the piles the caller may see with their model state, in the pile list's order
   * (newest station first, then code). Reads the page's piles, their live states, statuses and
   * stations' tariffs only; the out-of-date filter is one query over the piles not holding their
   * model (usually none).
   *
   * @param outOfDateOnly only the piles that do not hold their current model
   * @param first the first row, from 0
   * @param size at most this many rows
   */
  public OverviewPage overview(boolean outOfDateOnly, int first, int size) {
    PilePage page =
        outOfDateOnly
            ? list.searchAmong(outOfDatePileIds(), first, size)
            : list.search(null, null, first, size);
    List<Long> pileIds = page.rows().stream().map(PileRow::id).toList();
    Set<Long> stationIds = page.rows().stream().map(PileRow::stationId).collect(Collectors.toSet());
    Map<Long, PileModelStatus> statuses =
        pileIds.isEmpty()
            ? Map.of()
            : em
                .createQuery(
                    "select s from PileModelStatus s where s.pileId in :ids", PileModelStatus.class)
                .setParameter("ids", pileIds)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(PileModelStatus::getPileId, Function.identity()));
    Map<Long, Optional<BillingModelNumber>> expected =
        stationIds.isEmpty()
            ? Map.of()
            : em
                .createQuery(
                    "select t from StationTariff t left join fetch t.chargingStandard"
                        + " where t.stationId in :ids",
                    StationTariff.class)
                .setParameter("ids", stationIds)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(StationTariff::getStationId, StationTariff::modelNumber));
    List<PileModelRow> rows =
        page.rows().stream()
            .map(
                pile ->
                    row(
                        pile,
                        expected.getOrDefault(pile.stationId(), Optional.empty()),
                        Optional.ofNullable(statuses.get(pile.id()))))
            .toList();
    return new OverviewPage(rows, page.total());
  }

  private static PileModelRow row(
      PileRow pile, Optional<BillingModelNumber> must, Optional<PileModelStatus> status) {
    Optional<BillingModelNumber> held = status.flatMap(PileModelStatus::getHeldNumber);
    ModelState state =
        must.isEmpty()
            ? ModelState.NO_TARIFF
            : must.equals(held) ? ModelState.UP_TO_DATE : ModelState.OUT_OF_DATE;
    return new PileModelRow(
        pile.code(),
        pile.stationId(),
        pile.stationName(),
        pile.online(),
        must.map(BillingModelNumber::value).orElse(null),
        held.map(BillingModelNumber::value).orElse(null),
        status.flatMap(PileModelStatus::getPushOutcome).orElse(null),
        status.map(PileModelStatus::getPushedAt).orElse(null),
        state);
  }

  /** The out-of-date piles the caller may see that are online now: what 全部重新下发 pushes to. */
  public List<PileCode> outOfDateOnline() {
    List<PileCode> codes = piles.codesAmong(outOfDatePileIds());
    Set<PileCode> online = live.of(codes).keySet();
    return codes.stream().filter(online::contains).toList();
  }

  /**
   * The online piles that hold an old model and are due for another push: the last one ended
   * without success, or has waited longer than {@code patience}. Platform-wide, for the retry
   * timer: one query finds the piles not holding their station's model (only those come back from
   * the database; none, usually), and only then the live states say which of them are online.
   *
   * <p>A pile that logged in less than {@code afterLogin} ago is left alone: it checks its model
   * itself at login (0x05, then 0x09 when it is not the current one; ykc-protocol.md §11.2), and
   * after a reconnect storm thousands of piles are still doing so when the timer fires.
   */
  public List<PileCode> dueForAnotherPush(Duration patience, Duration afterLogin) {
    @SuppressWarnings("unchecked")
    List<String> outOfDate =
        em.createNativeQuery(
                "SELECT p.code"
                    + OUT_OF_DATE
                    + " AND (s.push_outcome IS NULL OR s.push_outcome <> ?2"
                    + " OR s.pushed_at IS NULL OR s.pushed_at < ?3)")
            .setParameter(1, StationTariff.FREE_MODEL_NUMBER.value())
            .setParameter(2, PushOutcome.SENT.name())
            .setParameter(3, now().minus(patience))
            .getResultList();
    if (outOfDate.isEmpty()) {
      return List.of();
    }
    List<PileCode> codes = outOfDate.stream().map(PileCode::of).toList();
    Map<PileCode, PileLiveState> online = live.of(codes);
    Instant loggedInBefore = clock.instant().minus(afterLogin);
    return codes.stream()
        .filter(
            code -> online.containsKey(code) && !online.get(code).since().isAfter(loggedInBefore))
        .toList();
  }

  /**
   * The piles, platform-wide, whose station has a model and that do not hold it: ids only, which
   * callers then read within their scope.
   */
  private List<Long> outOfDatePileIds() {
    List<?> ids =
        em.createNativeQuery("SELECT p.id" + OUT_OF_DATE)
            .setParameter(1, StationTariff.FREE_MODEL_NUMBER.value())
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  /** The piles of the stations that the caller may see. */
  public List<PileCode> pilesOf(Collection<Long> stationIds) {
    return piles.codesOf(stationIds);
  }

  /** A pile the caller may see, by its code. */
  public Optional<PileRef> pile(PileCode code) {
    return piles().byCode(code);
  }

  /**
   * A pile the caller may see, by its code as typed (14 digits); empty when the text is no pile
   * code.
   */
  public Optional<PileRef> pile(String code) {
    return piles().byCode(code);
  }

  private TariffPiles piles() {
    return new TariffPiles(piles);
  }

  private Optional<BillingModelNumber> expectedNumber(PileRef pile) {
    return tariff(pile).flatMap(StationTariff::modelNumber);
  }

  private Optional<BillingModel> model(PileRef pile) {
    return tariff(pile)
        .flatMap(
            t ->
                t.schedule()
                    .map(s -> BillingModelMapping.toModel(s, t.modelNumber().orElseThrow())));
  }

  private Optional<StationTariff> tariff(PileRef pile) {
    return Optional.ofNullable(em.find(StationTariff.class, pile.stationId()));
  }

  private PileModelStatus status(PileRef pile) {
    return status(pile.id());
  }

  /**
   * The pile's status row, created when missing. A 0x05 at login and the retry timer's push can
   * reach a new pile at once: the second insert waits on the primary key and leaves the row as it
   * is, instead of failing its transaction on commit.
   */
  private PileModelStatus status(long pileId) {
    PileModelStatus status = em.find(PileModelStatus.class, pileId);
    if (status != null) {
      return status;
    }
    em.createNativeQuery(
            "INSERT INTO pile_billing_model (pile_id) VALUES (?)"
                + " ON DUPLICATE KEY UPDATE pile_id = pile_id")
        .setParameter(1, pileId)
        .executeUpdate();
    // A locking read sees the committed row even under REPEATABLE READ.
    return Optional.ofNullable(
            em.find(PileModelStatus.class, pileId, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(() -> new IllegalStateException("no billing-model status for pile " + pileId));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
