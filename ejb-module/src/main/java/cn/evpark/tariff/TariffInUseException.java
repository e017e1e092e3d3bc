package cn.evpark.tariff;

import cn.evpark.shared.DomainException;
import java.util.List;

/** A standard or rule that stations use cannot be deleted; the stations are named. */
public class TariffInUseException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final List<String> stationNames;

  /**
   * @param code e.g. {@code tariff.standard.inUse}
   * @param stationNames the stations that use it, at least one
   */
  public TariffInUseException(String code, List<String> stationNames) {
    // The pages show the names joined by 、 in either language, as staff enter them in Chinese.
    super(
        code,
        "in use by " + String.join(", ", stationNames),
        List.of(String.join("、", stationNames)));
    this.stationNames = List.copyOf(stationNames);
  }

  public List<String> stationNames() {
    return stationNames;
  }
}
