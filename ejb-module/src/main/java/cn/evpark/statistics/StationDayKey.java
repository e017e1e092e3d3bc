package cn.evpark.statistics;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The natural key of a {@link StationDayStatistics} row: a station and a business day
 * (Asia/Shanghai).
 */
public record StationDayKey(long stationId, LocalDate businessDate) implements Serializable {}
