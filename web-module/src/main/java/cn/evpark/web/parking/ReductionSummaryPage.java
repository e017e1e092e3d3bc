package cn.evpark.web.parking;

import cn.evpark.parking.ReductionFilter;
import cn.evpark.parking.ReductionOrders;
import cn.evpark.parking.ReductionSummaryRow;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.station.Station;
import cn.evpark.station.StationService;
import cn.evpark.web.shared.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * 减免汇总 ({@code parking.md §4}): the reductions of the caller's stations per station and business
 * day, the last 7 days unless staff choose other days (at most {@value
 * ReductionOrders#SUMMARY_MAX_DAYS}).
 */
@Named
@ViewScoped
public class ReductionSummaryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient ReductionOrders orders;
  @EJB transient StationService stations;
  @Inject transient PageMessages feedback;

  private Long stationId;
  private LocalDate from;
  private LocalDate to;
  private List<ReductionSummaryRow> rows = List.of();

  @PostConstruct
  void lastWeek() {
    to = LocalDate.now(BusinessCalendar.ZONE);
    from = to.minusDays(6);
    rows = orders.summary(new ReductionFilter(null, null, from, to));
  }

  /** 查询: the chosen days; a range backwards or too long is refused. */
  public void find() {
    if (from == null || to == null) {
      feedback.error("reductions.summary.range");
      return;
    }
    if (to.isBefore(from)) {
      feedback.error("reductions.range.backwards");
      return;
    }
    if (from.plusDays(ReductionOrders.SUMMARY_MAX_DAYS).isBefore(to)) {
      feedback.error("reductions.summary.tooLong", ReductionOrders.SUMMARY_MAX_DAYS);
      return;
    }
    rows = orders.summary(new ReductionFilter(stationId, null, from, to));
  }

  public List<ReductionSummaryRow> getRows() {
    return rows;
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
