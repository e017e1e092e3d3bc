package cn.evpark.charging;

import cn.evpark.ykc.protocol.PileCode;
import java.util.Optional;

/** Pile codes as drivers and staff type them. */
final class PileCodes {

  private PileCodes() {}

  /** The code of 14 digits, or empty for anything else. */
  static Optional<PileCode> parse(String digits) {
    if (digits == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(PileCode.of(digits.strip()));
    } catch (IllegalArgumentException notAPileCode) {
      return Optional.empty();
    }
  }
}
