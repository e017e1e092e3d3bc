package cn.evpark.web.statistics;

import cn.evpark.shared.BusinessCalendar;
import cn.evpark.station.Station;
import cn.evpark.station.StationService;
import cn.evpark.statistics.StationStatistics;
import cn.evpark.statistics.StationStatistics.Filter;
import cn.evpark.statistics.StationStatistics.Line;
import cn.evpark.web.i18n.Messages;
import cn.evpark.web.shared.PageMessages;
import cn.evpark.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/**
 * 统计分析 / 充电统计 (manual 六): per station and business day 实收, 充电电量, 电费收入总计, 服务费收入总计, 手续费支出 and 服务费支出
 * (money.md §7) of the caller's stations, with the manual's filters (station, date range; by
 * default the last 7 days before today), 总计 over the range, a chart of the range's days, and 导出 to
 * XLSX. The figures are the nightly statistics job's.
 */
@Named
@ViewScoped
public class StatisticsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static final String FORM = "statistics";

  /** Lines read from the database at a time while exporting. */
  static final int EXPORT_CHUNK = 500;

  @EJB transient StationStatistics statistics;
  @EJB transient StationService stations;
  @Inject transient Messages messages;
  @Inject transient PageMessages feedback;
  @Inject transient Clock clock;

  private Long stationId;
  private LocalDate from;
  private LocalDate to;
  private Filter applied;
  private Line total;
  private String chart;

  private final PagedModel<Line> rows =
      new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<Line> fetch(int first, int size) {
          return new Page<>(statistics.lines(applied, first, size), statistics.count(applied));
        }

        @Override
        protected String keyOf(Line row) {
          return row.stationId() + "-" + row.date();
        }
      };

  /** The last 7 business days before today, every station. */
  @PostConstruct
  void init() {
    to = BusinessCalendar.businessDay(clock.instant()).minusDays(1);
    from = to.minusDays(6);
    apply(new Filter(null, from, to));
  }

  /** 查询: shows what the filters select, or says what is wrong with the range. */
  public void find() {
    Filter filter = checked();
    if (filter != null) {
      apply(filter);
      PagedModel.showFirstPage(FORM + ":table");
    }
  }

  /** 导出: every line the filters select and 总计, as XLSX in the page's language. */
  public void export() throws IOException {
    Filter filter = checked();
    if (filter == null) {
      return;
    }
    apply(filter);
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType(XLSX);
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\"statistics-" + filter.from() + "-" + filter.to() + ".xlsx\"");
    Function<String, String> label = messages::get;
    try (StatisticsSheet sheet = new StatisticsSheet(label)) {
      long count = statistics.count(filter);
      for (int first = 0; first < count; first += EXPORT_CHUNK) {
        for (Line line : statistics.lines(filter, first, EXPORT_CHUNK)) {
          sheet.add(line, line.stationName(), line.date().toString());
        }
      }
      sheet.add(total, messages.get("statistics.total"), "");
      OutputStream out = external.getResponseOutputStream();
      sheet.writeTo(out);
      out.flush();
    }
    faces.responseComplete();
  }

  private void apply(Filter filter) {
    applied = filter;
    total = statistics.total(filter);
    chart = chartOf(statistics.perDay(filter));
  }

  /** The entered filter, or null after reporting a wrong range on its field. */
  private Filter checked() {
    if (from == null || to == null) {
      feedback.error("statistics.filter.range");
      return null;
    }
    if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= StationStatistics.MAX_DAYS) {
      feedback.error("statistics.filter.range");
      return null;
    }
    return new Filter(stationId, from, to);
  }

  /**
   * A Chart.js bar chart (PrimeFaces {@code p:chart}) of the range: 实收 and 服务费收入总计 per day, yuan.
   * Days without figures show no bar.
   */
  private String chartOf(List<Line> days) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder received = Json.createArrayBuilder();
    JsonArrayBuilder electricity = Json.createArrayBuilder();
    JsonArrayBuilder service = Json.createArrayBuilder();
    for (Line day : days) {
      labels.add(day.date().toString());
      received.add(day.received().yuan());
      electricity.add(day.electricityFee().yuan());
      service.add(day.serviceFee().yuan());
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(dataset("statistics.received", received, "#2f7ed8"))
                        .add(dataset("statistics.electricityFee", electricity, "#8bbc21"))
                        .add(dataset("statistics.serviceFee", service, "#f28f43"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false))
        .build()
        .toString();
  }

  private jakarta.json.JsonObjectBuilder dataset(String key, JsonArrayBuilder data, String color) {
    return Json.createObjectBuilder()
        .add("label", messages.get(key))
        .add("data", data)
        .add("backgroundColor", color);
  }

  public PagedModel<Line> getRows() {
    return rows;
  }

  public Line getTotal() {
    return total;
  }

  public String getChart() {
    return chart;
  }

  public List<Station> getStations() {
    return stations.listAll();
  }

  public Long getStationId() {
    return stationId;
  }

  public void setStationId(Long stationId) {
    this.stationId = stationId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
