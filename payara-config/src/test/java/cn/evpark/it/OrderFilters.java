package cn.evpark.it;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The filter bar of the parking order pages (车牌号, a range of days, 查询), walked as staff use it: a
 * plate nobody has finds nothing, part of the right plate typed in lower case with today's range
 * finds the rows, and a range that ends before it starts is refused with the page's words.
 */
public final class OrderFilters {

  static final Duration WAIT = Duration.ofSeconds(30);

  private OrderFilters() {}

  /**
   * @param form the page's form id, e.g. {@code reservations}
   * @param plate part of the rows' plate as typed, e.g. {@code b61061}
   * @param rows how many rows today's range finds
   */
  public static void walk(Browser browser, String form, String plate, int rows) {
    String table = "#" + form + "\\:table";
    // each search changes what the table shows, so the wait sees the new rows
    browser.type("#" + form + "\\:plate", "粤B0");
    browser.click("#" + form + "\\:find");
    browser.waitFor(WAIT, d -> browser.text(table).contains("共 0 条"));
    browser.type("#" + form + "\\:plate", plate);
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    day(browser, form, "from", today);
    day(browser, form, "to", today);
    browser.click("#" + form + "\\:find");
    browser.waitFor(WAIT, d -> browser.text(table).contains("共 " + rows + " 条"));
    day(browser, form, "from", LocalDate.parse(today).plusDays(1).toString());
    browser.click("#" + form + "\\:find");
    browser.waitFor(WAIT, d -> browser.pageText().contains("止不能早于"));
  }

  private static void day(Browser browser, String form, String field, String day) {
    browser.script(
        "document.getElementById(arguments[0]).value = arguments[1];", form + ":" + field, day);
  }
}
