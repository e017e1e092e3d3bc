package cn.evpark.web.home;

import cn.evpark.charging.ChargingFigures;
import cn.evpark.charging.ChargingFigures.Day;
import cn.evpark.charging.ChargingOrder;
import cn.evpark.charging.ChargingOrderSearch;
import cn.evpark.charging.OrderRow;
import cn.evpark.overview.HomeFigures;
import cn.evpark.pile.StationPileFigures;
import cn.evpark.shared.BusinessCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Home (首页) for the stations in scope: stations, piles (AC/DC) and guns by state right now; today's
 * energy and revenue, the income of the last 15 days (近半个月收入分析) and the latest charging orders,
 * whose 更多>> link opens the 充电订单 page.
 *
 * <p>Energy and revenue are what the piles billed in their transaction records ({@link
 * ChargingFigures}); the orders are the newest of {@link ChargingOrderSearch}, in any state.
 */
@Named
@ViewScoped
public class HomePage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Days in the income chart: today and the 14 before it. */
  static final int CHART_DAYS = 15;

  /** Orders listed. */
  static final int LATEST = 5;

  /** One day of the income chart; {@code percent} of the chart's highest day. */
  public record DayIncome(String day, BigDecimal amount, int percent) implements Serializable {}

  /**
   * A charging order: 商户订单号, station, pile, gun, kWh (empty until the pile's record), 实收总金额 in yuan
   * (empty until settled) and the start of charging as shown (Asia/Shanghai).
   */
  public record Order(
      String orderNo,
      String station,
      String pile,
      int gun,
      BigDecimal energy,
      BigDecimal amount,
      String started)
      implements Serializable {}

  @EJB transient HomeFigures home;
  @EJB transient ChargingFigures charging;
  @EJB transient ChargingOrderSearch orders;
  @Inject transient Clock clock;

  private long stationCount;
  private StationPileFigures figures;
  private Day today;
  private List<DayIncome> income;
  private List<Order> latest;

  @PostConstruct
  void load() {
    HomeFigures.Figures now = home.now();
    stationCount = now.stations();
    figures = now.piles();
    LocalDate day = BusinessCalendar.businessDay(clock.instant());
    List<Day> days = charging.days(day.minusDays(CHART_DAYS - 1L), day);
    today = days.get(days.size() - 1);
    BigDecimal highest = days.stream().map(Day::amount).reduce(BigDecimal.ZERO, BigDecimal::max);
    income = new ArrayList<>();
    for (Day d : days) {
      int percent =
          highest.signum() == 0
              ? 0
              : d.amount()
                  .multiply(BigDecimal.valueOf(100))
                  .divide(highest, 0, RoundingMode.HALF_UP)
                  .intValue();
      income.add(new DayIncome(d.day().toString(), d.amount(), percent));
    }
    latest = orders.latest(LATEST).stream().map(HomePage::order).toList();
  }

  private static Order order(OrderRow row) {
    ChargingOrder o = row.order();
    return new Order(
        o.getOrderNo(),
        row.stationName(),
        o.pileCodeDigits(),
        o.getGun(),
        o.getEnergy() == null ? null : o.getEnergy().kwh(),
        o.getTotalAmount() == null ? null : o.getTotalAmount().yuan(),
        BusinessCalendar.display(o.getStartedAt()));
  }

  public long getStationCount() {
    return stationCount;
  }

  public StationPileFigures getFigures() {
    return figures;
  }

  public BigDecimal getTodayEnergy() {
    return today.energy();
  }

  public BigDecimal getTodayRevenue() {
    return today.amount();
  }

  public List<DayIncome> getIncome() {
    return income;
  }

  public List<Order> getLatest() {
    return latest;
  }
}
