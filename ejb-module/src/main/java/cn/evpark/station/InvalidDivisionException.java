package cn.evpark.station;

import cn.evpark.shared.DomainException;

/** The district does not lie in the city, or the city not in the province (GB/T 2260). */
public class InvalidDivisionException extends DomainException {

  private static final long serialVersionUID = 1L;

  public InvalidDivisionException() {
    super(
        "station.division.invalid",
        "the district does not lie in the city, or the city not in the province (GB/T 2260)");
  }
}
