package cn.evpark.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mainland vehicle plates (车牌号), as drivers type them and bay cameras read them: a province
 * character, a letter, then 5 letters or digits (7 characters), or 6 for a new-energy plate (8
 * characters); the last may be 挂, 学, 警, 港 or 澳. Letters I and O are never used.
 */
public final class PlateNumbers {

  private static final Pattern PLATE =
      Pattern.compile(
          "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-HJ-NP-Z]"
              + "(?:[A-HJ-NP-Z0-9]{5}|[A-HJ-NP-Z0-9]{6}|[A-HJ-NP-Z0-9]{4}[挂学警港澳])");

  private PlateNumbers() {}

  /** The plate stripped and upper-cased, {@code "粤B12345"}; "" for null. */
  public static String normalise(String plate) {
    return plate == null ? "" : plate.strip().toUpperCase(Locale.ROOT);
  }

  /** Whether the normalised text is a plate. */
  public static boolean isPlate(String normalised) {
    return PLATE.matcher(normalised).matches();
  }
}
