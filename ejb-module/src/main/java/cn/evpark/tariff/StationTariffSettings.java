package cn.evpark.tariff;

/**
 * A station's 费率设置 as the settings tab shows it.
 *
 * @param stationId the station
 * @param stationName its name
 * @param operatorId its operator, whose standards and rules it may choose
 * @param charging not configured, a standard, or free
 * @param standardId the standard it charges by; null unless {@code charging} is STANDARD
 * @param standardName its name, or null
 * @param reservationRuleId the reservation rule it offers, or null
 * @param reservationRuleName its name, or null
 * @param reservationPublished whether drivers see that it takes reservations (发布)
 * @param occupancyRuleId the occupancy rule it uses, or null
 * @param occupancyRuleName its name, or null
 * @param occupancyEffective whether it charges occupancy fees (生效)
 */
public record StationTariffSettings(
    long stationId,
    String stationName,
    long operatorId,
    ChargingMode charging,
    Long standardId,
    String standardName,
    Long reservationRuleId,
    String reservationRuleName,
    boolean reservationPublished,
    Long occupancyRuleId,
    String occupancyRuleName,
    boolean occupancyEffective) {}
