package cn.evpark.station;

import cn.evpark.shared.DomainException;

/** A platform administrator must name the operator of a new station. */
public class StationOperatorRequiredException extends DomainException {

  private static final long serialVersionUID = 1L;

  public StationOperatorRequiredException() {
    super(
        "station.operator.required",
        "a platform administrator must name the operator of a new station");
  }
}
