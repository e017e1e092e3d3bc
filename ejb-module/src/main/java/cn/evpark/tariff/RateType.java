package cn.evpark.tariff;

import java.util.Locale;
import java.util.Optional;

/**
 * The rate type (费率类型) of a time segment. YKC piles bill in exactly these four tiers
 * (ykc-protocol.md §5.8), so a charging fee standard has at most four rate types.
 */
public enum RateType {
  SHARP("尖"),
  PEAK("峰"),
  FLAT("平"),
  VALLEY("谷");

  private final String label;

  RateType(String label) {
    this.label = label;
  }

  /** The manual's one-character name (尖, 峰, 平, 谷). */
  public String label() {
    return label;
  }

  /** A rate type by its name ({@code PEAK}, case-insensitive) or its label ({@code 峰}). */
  public static Optional<RateType> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String wanted = text.strip();
    for (RateType type : values()) {
      if (type.label.equals(wanted) || type.name().equals(wanted.toUpperCase(Locale.ROOT))) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
