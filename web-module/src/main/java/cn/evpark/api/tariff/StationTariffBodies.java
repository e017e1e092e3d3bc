package cn.evpark.api.tariff;

import cn.evpark.tariff.StationTariffSettings;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of a station's tariff settings (费率设置). */
public final class StationTariffBodies {

  private StationTariffBodies() {}

  /**
   * How the station's charging is priced: a standard, or free.
   *
   * @param standardId a standard of the station's operator; ignored when {@code free}
   * @param free every order costs 0 (免费)
   */
  @Schema(name = "StationCharging")
  public record Charging(Long standardId, boolean free) {}

  /**
   * The station's reservation rule and whether drivers see it (发布).
   *
   * @param ruleId a reservation rule of the station's operator, or null for none
   * @param published whether it is published; needs a rule
   */
  @Schema(name = "StationReservations")
  public record Reservations(Long ruleId, boolean published) {}

  /**
   * The station's occupancy rule and whether it is in effect (生效).
   *
   * @param ruleId an occupancy rule of the station's operator, or null for none
   * @param effective whether it is in effect; needs a rule
   */
  @Schema(name = "StationOccupancyFee")
  public record OccupancyFee(Long ruleId, boolean effective) {}

  /**
   * A station's tariff settings.
   *
   * @param stationId the station
   * @param stationName its name
   * @param charging NOT_CONFIGURED, STANDARD or FREE
   * @param standardId the standard, when STANDARD
   * @param standardName its name
   * @param reservationRuleId the reservation rule, or null
   * @param reservationRuleName its name
   * @param reservationPublished 发布
   * @param occupancyRuleId the occupancy rule, or null
   * @param occupancyRuleName its name
   * @param occupancyEffective 生效
   */
  @Schema(name = "StationTariff")
  public record Response(
      long stationId,
      String stationName,
      String charging,
      Long standardId,
      String standardName,
      Long reservationRuleId,
      String reservationRuleName,
      boolean reservationPublished,
      Long occupancyRuleId,
      String occupancyRuleName,
      boolean occupancyEffective) {

    static Response of(StationTariffSettings s) {
      return new Response(
          s.stationId(),
          s.stationName(),
          s.charging().name(),
          s.standardId(),
          s.standardName(),
          s.reservationRuleId(),
          s.reservationRuleName(),
          s.reservationPublished(),
          s.occupancyRuleId(),
          s.occupancyRuleName(),
          s.occupancyEffective());
    }
  }
}
