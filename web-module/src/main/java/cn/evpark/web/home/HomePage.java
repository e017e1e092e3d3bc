package cn.evpark.web.home;

import cn.evpark.pile.PileService;
import cn.evpark.pile.StationPileFigures;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.station.StationService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Home (首页) for the stations in scope: stations, piles (AC/DC) and guns by state right now; today's
 * energy and revenue, the income of the last 15 days (近半个月收入分析) and the latest orders.
 *
 * <p>Energy, revenue and orders come from the charging orders, which a later feature brings: until
 * then they are zero and the lists empty, and the chart shows the 15 days with nothing earned.
 */
@Named
@ViewScoped
public class HomePage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One day of the income chart. */
  public record DayIncome(String day, BigDecimal amount, int percent) implements Serializable {}

  @EJB transient StationService stations;
  @EJB transient PileService piles;
  @Inject transient Clock clock;

  private long stationCount;
  private StationPileFigures figures;
  private List<DayIncome> income;

  @PostConstruct
  void load() {
    stationCount = stations.count();
    figures = piles.figures();
    LocalDate today = BusinessCalendar.businessDay(clock.instant());
    income = new ArrayList<>();
    for (int i = 14; i >= 0; i--) {
      income.add(new DayIncome(today.minusDays(i).toString(), new BigDecimal("0.00"), 0));
    }
  }

  public long getStationCount() {
    return stationCount;
  }

  public StationPileFigures getFigures() {
    return figures;
  }

  public BigDecimal getTodayEnergy() {
    return new BigDecimal("0.0000");
  }

  public BigDecimal getTodayRevenue() {
    return new BigDecimal("0.00");
  }

  public List<DayIncome> getIncome() {
    return income;
  }

  /** The latest orders; none before the charging orders exist. */
  public List<Object> getLatestOrders() {
    return List.of();
  }
}
