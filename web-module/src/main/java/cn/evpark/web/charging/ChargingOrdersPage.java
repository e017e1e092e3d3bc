package cn.evpark.web.charging;

import cn.evpark.charging.AbnormalSettlements;
import cn.evpark.charging.ChargingOrderSearch;
import cn.evpark.charging.ChargingType;
import cn.evpark.charging.OrderState;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.station.Station;
import cn.evpark.station.StationService;
import cn.evpark.web.i18n.Messages;
import cn.evpark.web.shared.PageAction;
import cn.evpark.web.shared.PageMessages;
import cn.evpark.web.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * 充电订单 (manual 5.1): the charging orders of the caller's stations, newest first, 10 a page, with
 * the manual's filters, 详情 (the session's times, the price lines per rate type, the settlement's
 * ledger lines and the pile's raw record), 导出 (every order the filters select, as XLSX), and for an
 * abnormal order 异常结算: the figures from its real-time data shown, a reason asked, then settled
 * (money.md §3).
 */
@Named
@ViewScoped
public class ChargingOrdersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Orders read from the database at a time while exporting. */
  static final int EXPORT_CHUNK = 500;

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The form the filters sit in, for the client ids of their messages. */
  static final String FORM = "orders";

  @EJB transient ChargingOrderSearch search;
  @EJB transient AbnormalSettlements abnormal;
  @EJB transient StationService stations;
  @Inject transient Messages messages;
  @Inject transient PageMessages feedback;
  @Inject transient Clock clock;

  private Long stationId;
  private ChargingType chargingType;
  private String phone;
  private LocalDate from;
  private LocalDate to;
  private OrderState state;
  private String pileCode;
  private String orderNo;

  /** The filters of the rows shown. */
  private OrderCriteria applied = OrderCriteria.ANY;

  private OrderDetailsView details;

  /** What 异常结算 of the order in 详情 will use, while staff confirm it; null otherwise. */
  private OrderDetailsView.FiguresLine settlementFigures;

  private String settlementReason;

  /** Names the settlement being confirmed, so a repeated click settles once. */
  private String settlementRequestId;

  private final PagedModel<OrderLine> rows =
      new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<OrderLine> fetch(int first, int size) {
          ChargingOrderSearch.Page page = search.search(applied.toFilter(), first, size);
          return new Page<>(page.rows().stream().map(OrderLine::of).toList(), page.total());
        }

        @Override
        protected String keyOf(OrderLine row) {
          return row.orderNo();
        }
      };

  /** 查询: shows the first page of what the filters select, or says which filter is wrong. */
  public void find() {
    OrderCriteria criteria = checked();
    if (criteria == null) {
      return;
    }
    applied = criteria;
    PagedModel.showFirstPage(FORM + ":table");
  }

  /**
   * 导出: every order the filters select, as XLSX in the page's language, straight into the response;
   * a wrong filter is reported on the page instead.
   */
  public void export() throws IOException {
    OrderCriteria criteria = checked();
    if (criteria == null) {
      return;
    }
    applied = criteria;
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType(XLSX);
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\"charging-orders-"
            + BusinessCalendar.businessDay(clock.instant()).format(DateTimeFormatter.BASIC_ISO_DATE)
            + ".xlsx\"");
    try (OrderSheet sheet = new OrderSheet(getTexts())) {
      search.forEach(criteria.toFilter(), EXPORT_CHUNK, row -> sheet.add(OrderLine.of(row)));
      OutputStream out = external.getResponseOutputStream();
      sheet.writeTo(out);
      out.flush();
    }
    faces.responseComplete();
  }

  /** 详情 of one order. */
  @PageAction
  public void showDetails(String number) {
    settlementFigures = null;
    details = null; // refused: the dialog shows no order rather than the one before
    details = OrderDetailsView.of(search.details(number));
  }

  /**
   * 异常结算, first step: shows what settling the abnormal order in 详情 will use and come to, and asks
   * for the reason (money.md §3).
   */
  @PageAction
  public void prepareSettlement() {
    settlementFigures = null; // refused: nothing to confirm
    settlementFigures =
        OrderDetailsView.FiguresLine.of(abnormal.figures(details.order().orderNo()));
    settlementReason = null;
    settlementRequestId = UUID.randomUUID().toString();
  }

  /** 异常结算, confirmed: settles the order with the reason; 详情 then shows the settlement. */
  @PageAction
  public void settle() {
    String orderNo = details.order().orderNo();
    details =
        OrderDetailsView.of(
            abnormal.settle(orderNo, settlementReason, settlementRequestId).details());
    settlementFigures = null;
    feedback.info("orders.settle.done", orderNo);
  }

  /** 取消 of 异常结算: nothing is settled. */
  public void cancelSettlement() {
    settlementFigures = null;
  }

  /** The entered filters, or null after reporting each wrong one on its field. */
  private OrderCriteria checked() {
    OrderCriteria criteria =
        new OrderCriteria(stationId, chargingType, phone, from, to, state, pileCode, orderNo);
    List<OrderCriteria.Problem> problems = criteria.problems();
    if (problems.isEmpty()) {
      return criteria;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    for (OrderCriteria.Problem problem : problems) {
      String clientId = FORM + ":" + problem.field();
      if (faces.getViewRoot().findComponent(clientId) instanceof UIInput input) {
        input.setValid(false);
      }
      faces.addMessage(
          clientId,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(problem.key()), null));
    }
    faces.validationFailed();
    return null;
  }

  /** The words for the orders' coded values, in the page's language. */
  public OrderTexts getTexts() {
    return new OrderTexts(messages::get);
  }

  public PagedModel<OrderLine> getRows() {
    return rows;
  }

  public OrderDetailsView getDetails() {
    return details;
  }

  public OrderDetailsView.FiguresLine getSettlementFigures() {
    return settlementFigures;
  }

  public String getSettlementReason() {
    return settlementReason;
  }

  public void setSettlementReason(String settlementReason) {
    this.settlementReason = settlementReason;
  }

  /** The stations the caller may see, for the 电站 filter. */
  public List<Station> getStations() {
    return stations.listAll();
  }

  public ChargingType[] getChargingTypes() {
    return ChargingType.values();
  }

  public OrderState[] getStates() {
    return OrderState.values();
  }

  public Long getStationId() {
    return stationId;
  }

  public void setStationId(Long stationId) {
    this.stationId = stationId;
  }

  public ChargingType getChargingType() {
    return chargingType;
  }

  public void setChargingType(ChargingType chargingType) {
    this.chargingType = chargingType;
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

  public OrderState getState() {
    return state;
  }

  public void setState(OrderState state) {
    this.state = state;
  }

  public String getPileCode() {
    return pileCode;
  }

  public void setPileCode(String pileCode) {
    this.pileCode = pileCode;
  }

  public String getOrderNo() {
    return orderNo;
  }

  public void setOrderNo(String orderNo) {
    this.orderNo = orderNo;
  }
}
