package cn.evpark.batch.statistics;

import cn.evpark.statistics.StatisticsInputs.StationSelection;

/** The job parameters {@code operator} and {@code station} as a selection of stations. */
final class Selection {

  private Selection() {}

  /**
   * @param operator an operator id, or empty/null for every operator
   * @param station a station id, or empty/null for every station
   * @throws NumberFormatException for a parameter that is not an id
   */
  static StationSelection of(String operator, String station) {
    return new StationSelection(id(operator), id(station));
  }

  private static Long id(String value) {
    return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
  }
}
