package cn.evpark.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromium-driver) driving the admin pages as a person
 * does, at 1366×768. Screenshots go to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final String app;

  public Browser(URL app) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "browser tests need Debian's chromium and chromium-driver (the test command installs"
              + " them)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1366,768",
        "--lang=zh-CN");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    this.driver = new ChromeDriver(service, options);
    this.app = app.toString().endsWith("/") ? app.toString() : app + "/";
  }

  public void open(String path) {
    driver.get(app + path);
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public void type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
  }

  public void click(String css) {
    find(css).click();
  }

  /** A click {@code x} px right of and {@code y} px below the centre of the element (a map). */
  public void clickAt(String css, int x, int y) {
    new Actions(driver).moveToElement(find(css), x, y).click().perform();
  }

  /**
   * Makes the server's session of this browser expire, as the session timeout does: the browser
   * keeps sending its session cookie, whose id the server no longer knows.
   */
  public void expireSession() {
    for (Cookie cookie : driver.manage().getCookies()) {
      if (cookie.getName().equals("JSESSIONID")) {
        driver.manage().deleteCookie(cookie);
        driver
            .manage()
            .addCookie(
                new Cookie.Builder(cookie.getName(), "expired" + cookie.getValue())
                    .path(cookie.getPath())
                    .isHttpOnly(true)
                    .build());
      }
    }
  }

  /** Resizes the window, e.g. to 1600×900 for a wide layout. */
  public void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Runs JavaScript in the page, e.g. to pick a value of a PrimeFaces widget. */
  public Object script(String javaScript, Object... arguments) {
    return driver.executeScript(javaScript, arguments);
  }

  /**
   * Picks the option with this label in the PrimeFaces selectOneMenu {@code clientId} through its
   * widget, as a click on the item would (its change event fires), once the option exists. A click
   * on the open panel's item is not used: the fixed page header may cover it.
   */
  public void pick(String clientId, String label) {
    waitFor(
        Duration.ofSeconds(30),
        d ->
            Boolean.TRUE.equals(
                script(
                    "var s = document.getElementById(arguments[0] + '_input');"
                        + " return !!s && Array.from(s.options).some(o => o.text === arguments[1]);",
                    clientId,
                    label)));
    script(
        "var w = PrimeFaces.getWidgetById(arguments[0]);"
            + " var o = Array.from(document.getElementById(arguments[0] + '_input').options)"
            + ".find(o => o.text === arguments[1]); w.selectValue(o.value);"
            + " w.input[0].dispatchEvent(new Event('change'));",
        clientId,
        label);
  }

  /**
   * Answers the open confirmation dialog (p:confirmDialog) with 确定 as a person does: once it shows,
   * then waits until it has closed.
   */
  public void confirm() {
    Duration wait = Duration.ofSeconds(30);
    waitFor(
        wait,
        d ->
            Boolean.TRUE.equals(
                script(
                    "var d = document.querySelector('.ui-confirm-dialog');"
                        + " return !!d && getComputedStyle(d).display !== 'none';")));
    click(".ui-confirmdialog-yes");
    waitFor(
        wait,
        d ->
            Boolean.TRUE.equals(
                script(
                    "var d = document.querySelector('.ui-confirm-dialog');"
                        + " return !d || getComputedStyle(d).display === 'none';")));
  }

  /** The session cookie header of the logged-in browser, to fetch a download with Java. */
  public String cookieHeader() {
    return driver.manage().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .reduce((a, b) -> a + "; " + b)
        .orElse("");
  }

  /**
   * Waits up to {@code timeout} for {@code condition} to give a non-null, non-false value, trying
   * again when an ajax update or a page load replaced an element it was reading (Chrome says so
   * either as a stale element or, while the document is swapped, as a node that "does not belong to
   * the document"). When it does not, the page is kept as {@code target/screenshots/timeout-N.png}
   * and {@code .html}.
   */
  public <T> T waitFor(Duration timeout, Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, timeout, Duration.ofMillis(200))
          .until(d -> readingReplaced(condition, d));
    } catch (TimeoutException e) {
      String name = "timeout-" + System.currentTimeMillis();
      Path shot = screenshot(name);
      try {
        Files.writeString(shot.resolveSibling(name + ".html"), driver.getPageSource());
      } catch (IOException ignored) {
        // the screenshot is what matters
      }
      throw new TimeoutException(e.getMessage() + " (page kept in " + shot + ")", e);
    }
  }

  public String text(String css) {
    return find(css).getText();
  }

  public String currentPath() {
    return driver.getCurrentUrl().substring(app.length() - 1);
  }

  /** The condition's value, or null when what it read was replaced meanwhile. */
  private static <T> T readingReplaced(Function<WebDriver, T> condition, WebDriver driver) {
    try {
      return condition.apply(driver);
    } catch (WebDriverException e) {
      if (e instanceof StaleElementReferenceException
          || String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return null;
      }
      throw e;
    }
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Logs in on the login page. */
  public void logIn(String username, String password) {
    open("login.xhtml");
    type("#login\\:username", username);
    type("#login\\:password input, input#login\\:password", password);
    click("#login\\:submit");
  }

  public Path screenshot(String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Path file = dir.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
