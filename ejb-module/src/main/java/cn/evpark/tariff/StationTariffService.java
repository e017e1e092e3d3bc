package cn.evpark.tariff;

import cn.evpark.operator.CallerScope;
import cn.evpark.operator.Scope;
import cn.evpark.shared.NotFoundException;
import cn.evpark.station.Station;
import cn.evpark.station.StationService;
import cn.evpark.ykc.protocol.BillingModelNumber;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A station's tariff settings (电站 设置 → 费率设置, manual 3.2): its charging fee standard or free, its
 * reservation rule and publication, its occupancy rule and whether it is in effect. A station may
 * choose only its own operator's standards and rules. Changing what its piles charge by sends them
 * the new billing model once the change commits.
 */
@Stateless
public class StationTariffService {

  static final String STATION_NOT_FOUND = "station.notFound";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB CallerScope callerScope;
  @EJB StationService stations;
  @Inject Event<BillingModelsChanged> modelsChanged;

  /** The settings of a station the caller may see. */
  public StationTariffSettings settingsOf(long stationId) {
    Station station = station(callerScope.current(), stationId);
    return settings(station, find(stationId).orElse(null));
  }

  /**
   * The reservation terms a station offers drivers: its rule's, once published (发布); empty
   * otherwise. For drivers, who see every operator's stations, so it reads whoever calls.
   */
  public Optional<ReservationTerms> publishedReservationTerms(long stationId) {
    return find(stationId)
        .filter(StationTariff::isReservationPublished)
        .flatMap(StationTariff::getReservationRule)
        .map(ReservationRule::terms);
  }

  /**
   * The occupancy terms a station charges by: its rule's, while in effect (生效); empty otherwise.
   * For starts and bay events, which read whoever calls.
   */
  public Optional<OccupancyTerms> effectiveOccupancyTerms(long stationId) {
    return find(stationId)
        .filter(StationTariff::isOccupancyEffective)
        .flatMap(StationTariff::getOccupancyRule)
        .map(OccupancyRule::terms);
  }

  /** Charges by a standard of the station's operator (充电费设置 确定). */
  public StationTariffSettings chargeBy(long stationId, long standardId) {
    Scope scope = callerScope.forChange();
    Station station = station(scope, stationId);
    ChargingFeeStandard standard =
        own(
            station,
            em.find(ChargingFeeStandard.class, standardId),
            ChargingFeeStandard::getOperator,
            ChargingFeeStandardService.NOT_FOUND);
    return changeCharging(station, t -> t.chargeBy(standard, now()));
  }

  /** Makes charging at the station free (免费): every order costs 0. */
  public StationTariffSettings chargeNothing(long stationId) {
    Station station = station(callerScope.forChange(), stationId);
    return changeCharging(station, t -> t.chargeNothing(now()));
  }

  /** Offers a reservation rule of the station's operator, or none ({@code ruleId} null). */
  public StationTariffSettings offerReservations(long stationId, Long ruleId) {
    Station station = station(callerScope.forChange(), stationId);
    ReservationRule rule =
        ruleId == null
            ? null
            : own(
                station,
                em.find(ReservationRule.class, ruleId),
                ReservationRule::getOperator,
                ReservationRuleService.NOT_FOUND);
    StationTariff tariff = tariffOf(station);
    tariff.offerReservations(rule, now());
    return settings(station, tariff);
  }

  /** Publishes (发布) the station's reservation offer to drivers, or withdraws it. */
  public StationTariffSettings publishReservations(long stationId, boolean published) {
    Station station = station(callerScope.forChange(), stationId);
    StationTariff tariff = tariffOf(station);
    tariff.publishReservations(published, now());
    return settings(station, tariff);
  }

  /** Uses an occupancy rule of the station's operator, or none ({@code ruleId} null). */
  public StationTariffSettings useOccupancyRule(long stationId, Long ruleId) {
    Station station = station(callerScope.forChange(), stationId);
    OccupancyRule rule =
        ruleId == null
            ? null
            : own(
                station,
                em.find(OccupancyRule.class, ruleId),
                OccupancyRule::getOperator,
                OccupancyRuleService.NOT_FOUND);
    StationTariff tariff = tariffOf(station);
    tariff.useOccupancyRule(rule, now());
    return settings(station, tariff);
  }

  /** Puts the station's occupancy fee into effect (生效), or ends it. */
  public StationTariffSettings makeOccupancyFeeEffective(long stationId, boolean effective) {
    Station station = station(callerScope.forChange(), stationId);
    StationTariff tariff = tariffOf(station);
    tariff.makeOccupancyFeeEffective(effective, now());
    return settings(station, tariff);
  }

  /** Offers a reservation rule (or none) and publishes or withdraws it, in one step. */
  public StationTariffSettings configureReservations(
      long stationId, Long ruleId, boolean published) {
    offerReservations(stationId, ruleId);
    return publishReservations(stationId, published);
  }

  /** Uses an occupancy rule (or none) and puts it into effect or not, in one step. */
  public StationTariffSettings configureOccupancyFee(
      long stationId, Long ruleId, boolean effective) {
    useOccupancyRule(stationId, ruleId);
    return makeOccupancyFeeEffective(stationId, effective);
  }

  private StationTariffSettings changeCharging(
      Station station, java.util.function.Consumer<StationTariff> change) {
    StationTariff tariff = tariffOf(station);
    Optional<BillingModelNumber> before = tariff.modelNumber();
    change.accept(tariff);
    if (!tariff.modelNumber().equals(before)) {
      modelsChanged.fire(new BillingModelsChanged(Set.of(station.getId())));
    }
    return settings(station, tariff);
  }

  private Optional<StationTariff> find(long stationId) {
    return Optional.ofNullable(em.find(StationTariff.class, stationId));
  }

  private StationTariff tariffOf(Station station) {
    return find(station.getId())
        .orElseGet(
            () -> {
              StationTariff tariff = new StationTariff(station.getId(), now());
              em.persist(tariff);
              return tariff;
            });
  }

  private Station station(Scope scope, long stationId) {
    return stations
        .find(stationId)
        .flatMap(s -> scope.visible(s, x -> x.getOperator().getId()))
        .orElseThrow(() -> new NotFoundException(STATION_NOT_FOUND, "no station " + stationId));
  }

  /** {@code thing} if it exists and belongs to the station's operator, else not found. */
  private static <T> T own(
      Station station,
      T thing,
      Function<T, cn.evpark.operator.Operator> operator,
      String notFoundCode) {
    if (thing == null || !operator.apply(thing).getId().equals(station.getOperator().getId())) {
      throw new NotFoundException(notFoundCode, "not an option for station " + station.getId());
    }
    return thing;
  }

  private static StationTariffSettings settings(Station station, StationTariff tariff) {
    if (tariff == null) {
      return new StationTariffSettings(
          station.getId(),
          station.getName(),
          station.getOperator().getId(),
          ChargingMode.NOT_CONFIGURED,
          null,
          null,
          null,
          null,
          false,
          null,
          null,
          false);
    }
    Optional<ChargingFeeStandard> standard = tariff.getChargingStandard();
    Optional<ReservationRule> reservation = tariff.getReservationRule();
    Optional<OccupancyRule> occupancy = tariff.getOccupancyRule();
    return new StationTariffSettings(
        station.getId(),
        station.getName(),
        station.getOperator().getId(),
        tariff.chargingMode(),
        standard.map(ChargingFeeStandard::getId).orElse(null),
        standard.map(ChargingFeeStandard::getName).orElse(null),
        reservation.map(ReservationRule::getId).orElse(null),
        reservation.map(ReservationRule::getName).orElse(null),
        tariff.isReservationPublished(),
        occupancy.map(OccupancyRule::getId).orElse(null),
        occupancy.map(OccupancyRule::getName).orElse(null),
        tariff.isOccupancyEffective());
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
