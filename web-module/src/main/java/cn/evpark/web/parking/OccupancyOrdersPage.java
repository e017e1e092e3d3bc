package cn.evpark.web.parking;

import cn.evpark.parking.OccupancyOrders;
import cn.evpark.parking.OccupancyRow;
import cn.evpark.parking.PlateFilter;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.station.Station;
import cn.evpark.station.StationService;
import cn.evpark.web.shared.PageAction;
import cn.evpark.web.shared.PageMessages;
import cn.evpark.web.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * 占位订单 (manual 5.4, {@code parking.md §3}): the stays in the caller's stations' bays, the latest
 * opened first, 10 a page, with every column of the manual (驶入/驶离车位图片 link to the bay camera's
 * photos) and its filters 车牌号, 开始时间起 至 止, and the station. Staff who may change record money
 * collected offline (线下收取) towards what a stay left owed, and settle (结算) a stay whose departure no
 * camera reported with the time they saw the car go.
 */
@Named
@ViewScoped
public class OccupancyOrdersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form the table and its dialogs live in. */
  static final String TABLE = "occupancy:table";

  @EJB transient OccupancyOrders orders;
  @EJB transient StationService stations;
  @Inject transient PageMessages feedback;

  private final PlateFilterBar filter = new PlateFilterBar();
  private PlateFilter applied = PlateFilter.NONE;
  private OccupancyRow selected;
  private BigDecimal amount;
  private LocalDateTime leftAt;
  private String requestId;

  private final PagedModel<OccupancyRow> rows =
      new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<OccupancyRow> fetch(int first, int size) {
          OccupancyOrders.Page page = orders.search(applied, first, size);
          return new Page<>(page.rows(), page.total());
        }

        @Override
        protected String keyOf(OccupancyRow row) {
          return row.orderNo();
        }
      };

  /**
   * 查询: the first page of what the filters select; a range that ends before it starts is refused.
   */
  public void find() {
    if (filter.backwards()) {
      feedback.error("occupancy.range.backwards");
      return;
    }
    applied = filter.applied();
    PagedModel.showFirstPage(TABLE);
  }

  /** 线下收取 of a row: asks for the amount, at most what is still owed. */
  public void prepareCollection(OccupancyRow row) {
    selected = row;
    amount = row.unpaid();
    requestId = UUID.randomUUID().toString();
  }

  /** 线下收取, confirmed. */
  @PageAction(messagesFor = "collectForm:collectMessages")
  public void collect() {
    selected = orders.collectOffline(selected.orderNo(), amount, requestId);
    feedback.info("occupancy.collect.done", selected.orderNo(), amount.toPlainString());
    PagedModel.showFirstPage(TABLE);
  }

  /** 结算 of a stay with no departure: asks when the car left, now by default. */
  public void prepareDeparture(OccupancyRow row) {
    selected = row;
    leftAt = LocalDateTime.now(BusinessCalendar.ZONE).withSecond(0).withNano(0);
  }

  /** 结算, confirmed. */
  @PageAction(messagesFor = "departForm:departMessages")
  public void depart() {
    selected = orders.settleDeparture(selected.orderNo(), leftAt);
    feedback.info("occupancy.depart.done", selected.orderNo());
    PagedModel.showFirstPage(TABLE);
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

  public PagedModel<OccupancyRow> getRows() {
    return rows;
  }

  /** The filter bar as typed. */
  public PlateFilterBar getFilter() {
    return filter;
  }

  public List<Station> getStations() {
    return stations.listAll();
  }

  public OccupancyRow getSelected() {
    return selected;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public LocalDateTime getLeftAt() {
    return leftAt;
  }

  public void setLeftAt(LocalDateTime leftAt) {
    this.leftAt = leftAt;
  }
}
