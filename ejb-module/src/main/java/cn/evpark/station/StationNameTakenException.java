package cn.evpark.station;

import cn.evpark.shared.RuleViolation;
import cn.evpark.shared.RuleViolationException;
import java.util.List;

/**
 * Another station of the same operator has this 电站名称: drivers and staff tell stations apart by
 * name, and a second station of one name (e.g. from a double submit) could never be deleted (manual
 * 3.4). The broken rule is on field {@code name}, code {@code station.name.taken} with the name.
 */
public class StationNameTakenException extends RuleViolationException {

  private static final long serialVersionUID = 1L;

  public StationNameTakenException(String name) {
    super(
        "station.invalid",
        List.of(
            new RuleViolation(
                "name",
                "station.name.taken",
                List.of(name),
                "the operator has a station of this name already")));
  }
}
