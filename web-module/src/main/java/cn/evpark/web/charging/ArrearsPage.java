package cn.evpark.web.charging;

import cn.evpark.parking.ArrearsFilter;
import cn.evpark.parking.ArrearsRecords;
import cn.evpark.parking.ArrearsRow;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.station.Station;
import cn.evpark.station.StationService;
import cn.evpark.web.shared.PageMessages;
import cn.evpark.web.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 欠费记录 ({@code parking.md §5}, manual 五's order menu): the settled orders of the caller's stations
 * their accounts could not pay in full, the latest first, 10 a page, each with what is still owed
 * of it (drivers' payments settle the oldest first), filtered by 电站, 手机号 and 欠费时间起 至 止.
 */
@Named
@ViewScoped
public class ArrearsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient ArrearsRecords records;
  @EJB transient StationService stations;
  @Inject transient PageMessages feedback;

  private Long stationId;
  private String phone;
  private LocalDate from;
  private LocalDate to;
  private ArrearsFilter applied = ArrearsFilter.NONE;

  private final PagedModel<ArrearsRow> rows =
      new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<ArrearsRow> fetch(int first, int size) {
          ArrearsRecords.Page page = records.search(applied, first, size);
          return new Page<>(page.rows(), page.total());
        }

        @Override
        protected String keyOf(ArrearsRow row) {
          return row.orderNo();
        }
      };

  /**
   * 查询: the first page of what the filters select; a range that ends before it starts is refused.
   */
  public void find() {
    if (from != null && to != null && to.isBefore(from)) {
      feedback.error("arrears.range.backwards");
      return;
    }
    applied = new ArrearsFilter(stationId, phone, from, to);
    PagedModel.showFirstPage("arrears:table");
  }

  /** A time as the page shows it; rows are Asia/Shanghai already. */
  public String shown(LocalDateTime local) {
    return BusinessCalendar.displayLocal(local);
  }

  public PagedModel<ArrearsRow> getRows() {
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

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
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
