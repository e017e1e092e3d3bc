package cn.evpark.station;

/** Text formats the station's fields must have (the regular expressions of their constraints). */
public final class Formats {

  /**
   * A mainland China mobile number: 11 digits, 1 then 3–9 (the numbering plan of MIIT; landlines
   * and numbers with +86 are refused: the manual asks for the manager's 手机号).
   */
  public static final String MOBILE = "1[3-9]\\d{9}";

  /** A 6-digit GB/T 2260 division code. */
  public static final String DIVISION = "\\d{6}";

  private Formats() {}
}
