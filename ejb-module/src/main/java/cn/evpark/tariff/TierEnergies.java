package cn.evpark.tariff;

import cn.evpark.shared.Energy;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A session's energy per rate type, kWh at 4 decimals, as a YKC transaction record reports it
 * (ykc-protocol.md §7.7: 尖/峰/平/谷 energies split by the billing model the pile had).
 *
 * @param energies by rate type; a rate type missing has 0
 */
public record TierEnergies(Map<RateType, Energy> energies) {

  public TierEnergies {
    Map<RateType, Energy> copy = new EnumMap<>(RateType.class);
    for (RateType type : RateType.values()) {
      copy.put(type, Objects.requireNonNull(energies.getOrDefault(type, Energy.ZERO), type.name()));
    }
    energies = Collections.unmodifiableMap(copy);
  }

  /** The energies of a transaction record's four tiers. */
  public static TierEnergies of(Energy sharp, Energy peak, Energy flat, Energy valley) {
    Map<RateType, Energy> energies = new EnumMap<>(RateType.class);
    energies.put(RateType.SHARP, sharp);
    energies.put(RateType.PEAK, peak);
    energies.put(RateType.FLAT, flat);
    energies.put(RateType.VALLEY, valley);
    return new TierEnergies(energies);
  }

  public Energy of(RateType type) {
    return energies.get(type);
  }

  public Energy total() {
    return energies.values().stream().reduce(Energy.ZERO, Energy::plus);
  }
}
