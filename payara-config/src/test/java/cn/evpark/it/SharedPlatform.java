package cn.evpark.it;

import java.net.URL;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * One platform for the in-container test classes that allow it, started at the first such class in
 * a test JVM and stopped when that JVM exits: a Payara Micro costs 20 s to start on an idle machine
 * and over two minutes on two busy cores, the tests of most classes less. Per JVM, not per JUnit
 * run: failsafe hands its forks one class per run.
 *
 * <p>It is the assembly's own launcher ({@link MicroProcess}) on a MariaDB database of its own,
 * with the demo operator and piles, and with every setting in {@link #SETTINGS}. Test classes on it
 * share that database, so each works on data of its own (its own operator, station, piles, drivers,
 * names) or on demo data no other class on the shared platform changes, and asserts nothing about
 * what other classes may have added (e.g. counts over all stations). The order in which the classes
 * run is not fixed.
 *
 * <p>A class joins with {@code @ExtendWith(SharedPlatform.class)} (instead of {@link
 * MicroEnvironment} and Arquillian's extension) and reads the application's URL from {@link
 * #base()}; {@link MicroEnvironment#settings()} gives the shared database and YKC port as before. A
 * class that needs a setting adds it to {@link #SETTINGS} when no other class minds it; one needing
 * its own start (a restart, a kill, a setting others mind) keeps its own Micro.
 *
 * <p>The classes on it: PlatformIT, TenantIsolationIT, WeChatPayIT, AdminPagesIT,
 * StationsAndPilesIT, AbnormalSettlementIT, ChargingOrdersIT, ChargingOrdersPageIT, BillingModelIT,
 * TariffPagesIT, TrustedPagesIT, Ykc17SessionsIT, StationStatisticsIT, StatisticsPageIT and
 * InvoiceSettlementIT.
 *
 * <p>Orders and ledger rows a class writes with SQL take their ids from {@link IdSequence}.
 *
 * <p>Demo data the classes on it rely on, which no other class on it may change: PlatformIT the
 * demo station's piles and standard, and piles 32010200000001, -02, -04, -06, -08 and -10;
 * AdminPagesIT pile 32010200000003; AbnormalSettlementIT pile 32010200000007; WeChatPayIT the demo
 * operator's WeChat Pay merchant and driver 13800000000. Everything else a class on it needs, it
 * creates under names of its own. ChargingOrdersIT, ChargingOrdersPageIT, BillingModelIT and
 * TariffPagesIT make an operator per test, with its administrator and a station charging by a
 * standard of the demo standard's rows; the first three also piles of their own (4403051289xxxx,
 * 4403051290xxxx, 4403051288xxxx), as does Ykc17SessionsIT (4403051286xxxx), the order classes
 * drivers of their own ({@link OwnOperator}), counting only their operator's orders. TrustedPagesIT
 * makes an operator per test (piles 4403051287xxxx), with a read-only staff account of its own.
 *
 * <p>Classes with a Micro of their own: PileSessionsIT (restarts the application, a 3 s idle
 * timeout), PileCommandsIT (runs in the container, next to a simulator packed into its WAR),
 * SettlementCrashIT (kills and restarts the server).
 */
public final class SharedPlatform implements TestInstancePreConstructCallback, BeforeAllCallback {

  /**
   * The MicroProfile Config properties the shared platform runs with, beside the demo data and the
   * administrator password of {@link MicroEnvironment}; the test classes needing each are named.
   */
  public static final List<String> SETTINGS =
      List.of(
          // StationsAndPilesIT: a lock after three wrong passwords, on an account of its own.
          "ykc.login.max-failures=3",
          // AbnormalSettlementIT, ChargingOrdersPageIT: a session silent for 20 s turns abnormal
          // (looked for every 10 s); the other classes' piles send real-time data every 500 ms
          // while they charge, and no class waits on an order its pile left silent.
          "ykc.order.abnormal-after=PT20S",
          // WeChatPayIT: WeChat is a stub of the class's own; quick checks of open payments.
          "ykc.wechat-pay.base-url=http://127.0.0.1:18493",
          "ykc.wechat-pay.check-interval-seconds=1",
          "ykc.wechat-pay.check-after-seconds=1",
          "ykc.wechat-pay.time-expire-seconds=3",
          // InvoiceSettlementIT: the tax platform is a stub of the class's own.
          "ykc.tax-platform.base-url=http://127.0.0.1:18471",
          // ChargingOrdersIT: orders are tallied from their first minute, every 2 s; counts are
          // exact either way (a pending order is counted from the order itself), so no other
          // class minds.
          "ykc.order.tally-after-minutes=0",
          "ykc.order.tally-every=PT2S");

  /** The JVM's platform, once started; stopped by a shutdown hook. */
  private static MicroProcess current;

  /** Before a test instance exists: its fields may read {@link #base()}. */
  @Override
  public void preConstructTestInstance(
      TestInstanceFactoryContext factoryContext, ExtensionContext context) {
    join(context);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    join(context);
  }

  private static void join(ExtensionContext context) {
    refuseOwnSettings(context.getRequiredTestClass());
    MicroEnvironment.use(running().settings());
  }

  /**
   * The application's base URL, e.g. {@code http://127.0.0.1:41234/}.
   *
   * @throws IllegalStateException outside a class extended with this
   */
  public static synchronized URL base() {
    if (current == null) {
      throw new IllegalStateException("the test class is not extended with SharedPlatform");
    }
    return current.base();
  }

  /** The JVM's platform, started on first use and stopped when the JVM exits. */
  private static synchronized MicroProcess running() {
    if (current == null) {
      MicroProcess started = start();
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "shared-platform-stop"));
      current = started;
    }
    return current;
  }

  private static MicroProcess start() {
    Map<String, String> environment = new LinkedHashMap<>();
    for (String setting : SETTINGS) {
      int equals = setting.indexOf('=');
      environment.put(variable(setting.substring(0, equals)), setting.substring(equals + 1));
    }
    try {
      MicroProcess process = MicroProcess.prepare(SharedPlatform.class, environment);
      process.start();
      return process;
    } catch (Exception e) {
      throw new IllegalStateException("the shared platform did not start", e);
    }
  }

  /**
   * The environment variable MicroProfile Config reads a property from: {@code
   * ykc.login.max-failures} is {@code YKC_LOGIN_MAX_FAILURES} (MicroProfile Config 3.1 §
   * Environment Variables Mapping Rules).
   */
  static String variable(String property) {
    return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  /** A class's own {@link MicroProperties} cannot apply to a server that runs already. */
  private static void refuseOwnSettings(Class<?> testClass) {
    MicroProperties own = testClass.getAnnotation(MicroProperties.class);
    if (own != null && !SETTINGS.containsAll(Arrays.asList(own.value()))) {
      throw new IllegalStateException(
          testClass.getSimpleName()
              + " needs settings the shared platform does not run with: add them to"
              + " SharedPlatform.SETTINGS if no other class minds them, else keep a Micro of its"
              + " own");
    }
  }
}
