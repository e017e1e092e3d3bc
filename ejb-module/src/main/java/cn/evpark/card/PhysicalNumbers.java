package cn.evpark.card;

import cn.evpark.ykc.protocol.PhysicalCardNumber;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a physical card number as staff type it or a USB IC card reader types it (manual 7.3): 1 to
 * 16 hex digits, spaces and a {@code 0x} prefix ignored, left-padded with zeros as the pile sends
 * it (ykc-protocol.md §3: {@code D14B0A54} is {@code 00000000D14B0A54}).
 */
final class PhysicalNumbers {

  private static final Pattern HEX = Pattern.compile("[0-9A-F]{1,16}");

  private PhysicalNumbers() {}

  /**
   * @throws InvalidCardNumberException when it is not 1 to 16 hex digits, or all zeros
   */
  static PhysicalCardNumber parse(String typed) {
    String text = typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    if (text.startsWith("0X")) {
      text = text.substring(2);
    }
    if (!HEX.matcher(text).matches() || text.chars().allMatch(c -> c == '0')) {
      throw new InvalidCardNumberException(typed == null ? "" : typed);
    }
    return PhysicalCardNumber.of("0".repeat(16 - text.length()) + text);
  }
}
