package cn.evpark.tariff;

import cn.evpark.shared.RuleViolation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Checks shared by the tariff values: names, amounts in yuan, whole minutes. */
final class Rules {

  /** The longest name of a standard or rule, in characters. */
  static final int NAME_MAX = 50;

  /** The highest amount a rule asks of a driver at once (a fee, a deposit), in yuan. */
  static final BigDecimal AMOUNT_MAX = new BigDecimal("9999.99");

  /** Amounts charged to a driver are whole fen (domain.md, "Money"). */
  static final int AMOUNT_SCALE = 2;

  private Rules() {}

  static RuleViolation broken(String field, String code, String message, Object... arguments) {
    List<String> args = Arrays.stream(arguments).map(String::valueOf).toList();
    return new RuleViolation(field, code, args, message);
  }

  /**
   * The rules a name breaks: present and at most {@link #NAME_MAX} characters; codes {@code
   * <prefix>.name.required} and {@code <prefix>.name.tooLong}.
   */
  static List<RuleViolation> name(String name, String prefix) {
    if (name == null || name.isBlank()) {
      return List.of(broken("name", prefix + ".name.required", "the name is required"));
    }
    if (name.strip().length() > NAME_MAX) {
      return List.of(
          broken(
              "name",
              prefix + ".name.tooLong",
              "the name has at most " + NAME_MAX + " characters"));
    }
    return List.of();
  }

  /** Whether an amount is present, 0 to {@link #AMOUNT_MAX} and in whole fen. */
  static boolean validAmount(BigDecimal yuan) {
    return yuan != null
        && yuan.signum() >= 0
        && yuan.compareTo(AMOUNT_MAX) <= 0
        && yuan.stripTrailingZeros().scale() <= AMOUNT_SCALE;
  }

  static boolean between(Integer value, int min, int max) {
    return value != null && value >= min && value <= max;
  }
}
