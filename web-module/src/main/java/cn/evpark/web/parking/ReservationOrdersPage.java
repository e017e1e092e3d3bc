package cn.evpark.web.parking;

import cn.evpark.parking.PlateFilter;
import cn.evpark.parking.ReservationOrders;
import cn.evpark.parking.ReservationRow;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.station.Station;
import cn.evpark.station.StationService;
import cn.evpark.web.shared.PageMessages;
import cn.evpark.web.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 预约订单 (manual 5.3, {@code parking.md §2}): the reservations of the caller's stations, the latest
 * booked first, 10 a page, with every column of the manual (进场/离场图片 link to the bay camera's
 * photos) and its filters 车牌号, 开始时间起 至 止, and the station; 详情 shows the bay's lock and any other
 * plate seen in the held bay.
 */
@Named
@ViewScoped
public class ReservationOrdersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient ReservationOrders orders;
  @EJB transient StationService stations;
  @Inject transient PageMessages feedback;

  private final PlateFilterBar filter = new PlateFilterBar();
  private PlateFilter applied = PlateFilter.NONE;
  private ReservationRow details;

  private final PagedModel<ReservationRow> rows =
      new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<ReservationRow> fetch(int first, int size) {
          ReservationOrders.Page page = orders.search(applied, first, size);
          return new Page<>(page.rows(), page.total());
        }

        @Override
        protected String keyOf(ReservationRow row) {
          return row.orderNo();
        }
      };

  /**
   * 查询: the first page of what the filters select; a range that ends before it starts is refused.
   */
  public void find() {
    if (filter.backwards()) {
      feedback.error("reservations.range.backwards");
      return;
    }
    applied = filter.applied();
    PagedModel.showFirstPage("reservations:table");
  }

  /** 详情 of a row. */
  public void showDetails(ReservationRow row) {
    details = row;
  }

  /** A time as the page shows it; "" for none. Rows are Asia/Shanghai already. */
  public String shown(LocalDateTime local) {
    return BusinessCalendar.displayLocal(local);
  }

  /** Where a bay event's photo is served. */
  public String photoUrl(Long eventId) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/admin/parking/bay-events/"
        + eventId
        + "/photo";
  }

  public PagedModel<ReservationRow> getRows() {
    return rows;
  }

  /** The filter bar as typed. */
  public PlateFilterBar getFilter() {
    return filter;
  }

  public List<Station> getStations() {
    return stations.listAll();
  }

  public ReservationRow getDetails() {
    return details;
  }
}
