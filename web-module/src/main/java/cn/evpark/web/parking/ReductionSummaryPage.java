package cn.evpark.web.parking;

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

  private final PlateFilterBar filter = new PlateFilterBar();
  private List<ReductionSummaryRow> rows = List.of();

  @PostConstruct
  void lastWeek() {
    filter.setTo(LocalDate.now(BusinessCalendar.ZONE));
    filter.setFrom(filter.getTo().minusDays(6));
    rows = orders.summary(filter.applied());
  }

  /** 查询: the chosen days; a range backwards or too long is refused. */
  public void find() {
    if (filter.getFrom() == null || filter.getTo() == null) {
      feedback.error("reductions.summary.range");
      return;
    }
    if (filter.backwards()) {
      feedback.error("reductions.range.backwards");
      return;
    }
    if (filter.getFrom().plusDays(ReductionOrders.SUMMARY_MAX_DAYS).isBefore(filter.getTo())) {
      feedback.error("reductions.summary.tooLong", ReductionOrders.SUMMARY_MAX_DAYS);
      return;
    }
    rows = orders.summary(filter.applied());
  }

  public List<ReductionSummaryRow> getRows() {
    return rows;
  }

  /** The filter bar as typed (its plate unused: the summary is per station). */
  public PlateFilterBar getFilter() {
    return filter;
  }

  public List<Station> getStations() {
    return stations.listAll();
  }
}
