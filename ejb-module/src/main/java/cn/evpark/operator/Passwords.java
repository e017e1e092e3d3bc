package cn.evpark.operator;

/** The password rule of staff accounts. */
public final class Passwords {

  /** 8 to 64 characters, at least one letter and one digit. */
  public static final String RULE = "(?=.*[A-Za-z])(?=.*\\d).{8,64}";

  private Passwords() {}

  public static boolean isStrong(String password) {
    return password != null && password.matches(RULE);
  }
}
