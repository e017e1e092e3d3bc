package cn.evpark.station;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015) that is a Chinese taxpayer's id: 18
 * characters from the 31-character alphabet without I, O, S, V, Z, the last a check character over
 * the first 17 (weights 3^i mod 31).
 */
public final class TaxpayerId {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private TaxpayerId() {}

  public static boolean isValid(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = ALPHABET.indexOf(code.charAt(i));
      if (value < 0) {
        return false;
      }
      sum += value * WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return code.charAt(17) == ALPHABET.charAt(check);
  }
}
