package cn.evpark.it;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/** Logs a driver in to the driver API as a person would, by the code the SMS gateway sent. */
public final class DriverLogin {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private DriverLogin() {}

  /**
   * Asks for a login code for {@code phone}, reads it where the built-in {@code log} gateway wrote
   * it (the server log), and logs in with it; the driver is registered by the first login.
   *
   * @param app the application's base URL
   * @param phone a mainland mobile number, 11 digits
   * @return the driver's bearer token, for {@link Http#asDriver}
   * @throws AssertionError when a call fails or no code shows in the log within 30 s
   */
  public static String token(URL app, String phone) throws Exception {
    Http anonymous = new Http(app);
    Pattern sms = Pattern.compile("SMS code for " + phone + ": (\\d{6})");
    Optional<String> before = ServerLog.latest(sms);
    HttpResponse<String> asked =
        anonymous.postAnonymous("api/driver/login/code", "{\"phone\":\"" + phone + "\"}");
    if (asked.statusCode() != 204) {
      throw new AssertionError("login code for " + phone + ": " + asked.statusCode());
    }
    String code = ServerLog.await(sms, before, WAIT);
    HttpResponse<String> login =
        anonymous.postAnonymous(
            "api/driver/login", "{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\"}");
    if (login.statusCode() != 200) {
      throw new AssertionError(
          "login of " + phone + ": " + login.statusCode() + " " + login.body());
    }
    return Json.field(login.body(), "token");
  }
}
