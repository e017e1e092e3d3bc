package cn.evpark.web.parking;

import cn.evpark.parking.PlateFilter;
import cn.evpark.parking.ReductionOrders;
import cn.evpark.parking.ReductionRow;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.station.Station;
import cn.evpark.station.StationService;
import cn.evpark.web.shared.PageAction;
import cn.evpark.web.shared.PageMessages;
import cn.evpark.web.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 减免订单 (manual 5.2, {@code parking.md §4}): the parking-fee reductions of the caller's stations,
 * the latest first, 10 a page, with the manual's columns and filters (充电站名称, 车牌号, 下发时间起 至 止); 操作
 * shows why the last attempt failed and, for one that failed every attempt, 重新下发.
 */
@Named
@ViewScoped
public class ReductionOrdersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String TABLE = "reductions:table";

  @EJB transient ReductionOrders orders;
  @EJB transient StationService stations;
  @Inject transient PageMessages feedback;

  private final PlateFilterBar filter = new PlateFilterBar();
  private PlateFilter applied = PlateFilter.NONE;

  private final PagedModel<ReductionRow> rows =
      new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<ReductionRow> fetch(int first, int size) {
          ReductionOrders.Page page = orders.search(applied, first, size);
          return new Page<>(page.rows(), page.total());
        }

        @Override
        protected String keyOf(ReductionRow row) {
          return row.orderNo();
        }
      };

  /** 查询; a range that ends before it starts is refused. */
  public void find() {
    if (filter.backwards()) {
      feedback.error("reductions.range.backwards");
      return;
    }
    applied = filter.applied();
    PagedModel.showFirstPage(TABLE);
  }

  /** 重新下发 of a reduction that failed every attempt. */
  @PageAction
  public void reissue(ReductionRow row) {
    orders.reissue(row.orderNo());
    feedback.info("reductions.reissued", row.orderNo());
  }

  /** A time as the page shows it; "" for none. Rows are Asia/Shanghai already. */
  public String shown(LocalDateTime local) {
    return BusinessCalendar.displayLocal(local);
  }

  public PagedModel<ReductionRow> getRows() {
    return rows;
  }

  /** The filter bar as typed. */
  public PlateFilterBar getFilter() {
    return filter;
  }

  public List<Station> getStations() {
    return stations.listAll();
  }
}
