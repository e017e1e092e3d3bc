package cn.evpark.api.charging;

import cn.evpark.api.problem.QueryParams;
import cn.evpark.api.tariff.PageResponse;
import cn.evpark.charging.AbnormalSettlements;
import cn.evpark.charging.ChargingOrderSearch;
import cn.evpark.charging.ChargingType;
import cn.evpark.charging.OrderDetails;
import cn.evpark.charging.OrderFilter;
import cn.evpark.charging.OrderState;
import cn.evpark.charging.OrderTier;
import cn.evpark.charging.SettledAmounts;
import cn.evpark.charging.StaffSettlement;
import cn.evpark.charging.StaffSettlementFigures;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Energy;
import cn.evpark.shared.Money;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Charging orders (充电订单) for staff and integrators, within the account's operator: the list with
 * the page's filters, one order with its price lines, ledger lines and the pile's raw record, and
 * the staff settlement of an abnormal order (异常结算, money.md §3) with the figures it would use.
 */
@Path("admin/charging-orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Charging orders")
public class ChargingOrdersResource {

  /**
   * An order's details: its row, price lines per rate type, ledger lines, the 0x3B as hex, and the
   * audit of a staff settlement (null unless staff settled it).
   */
  public record DetailsResponse(
      OrderRowResponse order,
      List<TierLine> tiers,
      List<LedgerLine> ledger,
      String transactionRecordHex,
      StaffSettlementResponse staffSettlement) {}

  /**
   * Who settled an abnormal order, when (Asia/Shanghai), why, and from what: the session's
   * real-time frames (how many, first and last, yyyy-MM-dd HH:mm:ss), kWh, the pile's running
   * amount (yuan), the total billed (yuan); and the pile's record if it came afterwards (its id,
   * kWh, what it would have billed, and whether that differs).
   */
  public record StaffSettlementResponse(
      String settledBy,
      String settledAt,
      String reason,
      String requestId,
      int frames,
      String firstFrameAt,
      String lastFrameAt,
      BigDecimal energy,
      BigDecimal pileAmount,
      BigDecimal totalAmount,
      Long lateRecordId,
      BigDecimal lateRecordEnergy,
      BigDecimal lateRecordTotal,
      boolean differsFromLateRecord) {

    static StaffSettlementResponse of(StaffSettlement audit) {
      return new StaffSettlementResponse(
          audit.getSettledBy(),
          BusinessCalendar.display(audit.getSettledAt()),
          audit.getReason(),
          audit.getRequestId(),
          audit.getFrames(),
          BusinessCalendar.display(audit.getFirstFrameAt()),
          BusinessCalendar.display(audit.getLastFrameAt()),
          audit.getEnergy().kwh(),
          audit.getPileAmount(),
          audit.getTotalAmount().yuan(),
          audit.getRecordId().orElse(null),
          audit.getRecordEnergy().map(Energy::kwh).orElse(null),
          audit.getRecordTotal().map(Money::yuan).orElse(null),
          audit.differsFromRecord());
    }
  }

  /**
   * A staff settlement of an abnormal order: why (1–200 characters) and the client's request id.
   */
  public record SettlementRequest(
      @Schema(example = "桩离线，按最后实时数据结算") String reason,
      @Schema(description = "1 to 64 characters, unique per settlement; a repeat changes nothing")
          String requestId) {}

  /**
   * What a staff settlement would use and come to now: the real-time frames (how many, first and
   * last), kWh per rate type and in all, the pile's running amount, and the price: 电费, 服务费, total,
   * paid from the account and arrears (yuan).
   */
  public record SettlementFiguresResponse(
      int frames,
      String firstFrameAt,
      String lastFrameAt,
      List<TierLine> tiers,
      BigDecimal energy,
      BigDecimal pileAmount,
      BigDecimal electricityFee,
      BigDecimal serviceFee,
      BigDecimal totalAmount,
      BigDecimal paidAmount,
      BigDecimal arrearsAmount) {}

  /** 尖/峰/平/谷: kWh, yuan/kWh, yuan. */
  public record TierLine(
      String rateType,
      BigDecimal energy,
      BigDecimal electricityPrice,
      BigDecimal servicePrice,
      BigDecimal electricityFee,
      BigDecimal serviceFee) {}

  /** One entry of the settlement: the account, yuan (positive credits), its balance after. */
  public record LedgerLine(String account, BigDecimal amount, BigDecimal balanceAfter) {}

  @EJB ChargingOrderSearch search;
  @EJB AbnormalSettlements abnormal;

  @GET
  @Operation(
      summary =
          "One page (10 by default) of orders, newest first, with the page's filters: station,"
              + " type (APP, IC_CARD, OFFLINE_CARD, VIN), phone, from/to (yyyy-MM-dd, start of"
              + " charging, Asia/Shanghai), status, pile, orderNo")
  public PageResponse<OrderRowResponse> list(
      @QueryParam("station") Long station,
      @QueryParam("type") String type,
      @QueryParam("phone") String phone,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("status") String status,
      @QueryParam("pile") String pile,
      @QueryParam("orderNo") String orderNo,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("10") int size) {
    if (page < 1 || size < 1 || size > 100) {
      throw new BadRequestException("page is 1 or more, size 1 to 100");
    }
    OrderFilter filter =
        new OrderFilter(
            station,
            value(ChargingType.class, "type", type),
            phone,
            QueryParams.date("from", from),
            QueryParams.date("to", to),
            value(OrderState.class, "status", status),
            pile,
            orderNo);
    ChargingOrderSearch.Page found = search.search(filter, (page - 1) * size, size);
    return new PageResponse<>(
        found.total(), found.rows().stream().map(OrderRowResponse::of).toList());
  }

  @GET
  @Path("{orderNo}")
  @Operation(
      summary =
          "One order with its price lines, ledger lines, the pile's raw record and, when staff"
              + " settled it, the audit")
  public DetailsResponse get(@PathParam("orderNo") String orderNo) {
    return details(search.details(orderNo));
  }

  @GET
  @Path("{orderNo}/settlement-figures")
  @Operation(
      summary =
          "What settling an abnormal order (异常结算) would use and come to now: its real-time"
              + " frames and their price; 409 unless the order is abnormal or without real-time"
              + " data")
  public SettlementFiguresResponse figures(@PathParam("orderNo") String orderNo) {
    StaffSettlementFigures figures = abnormal.figures(orderNo);
    SettledAmounts amounts = figures.amounts();
    return new SettlementFiguresResponse(
        figures.frames(),
        BusinessCalendar.display(figures.firstFrameAt()),
        BusinessCalendar.display(figures.lastFrameAt()),
        amounts.tiers().stream()
            .map(
                t ->
                    new TierLine(
                        t.rateType().label(),
                        t.energy().kwh(),
                        t.prices().electricity().yuan(),
                        t.prices().service().yuan(),
                        t.electricity().yuan(),
                        t.service().yuan()))
            .toList(),
        figures.energy().kwh(),
        figures.pileAmount(),
        amounts.electricity().yuan(),
        amounts.service().yuan(),
        amounts.total().yuan(),
        amounts.paid().yuan(),
        amounts.arrears().yuan());
  }

  @POST
  @Path("{orderNo}/settlement")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Settle an abnormal order (异常结算) from its last real-time data, with a reason:"
              + " 201 with the settled order, 200 for a repeat of the request id; 409 unless the"
              + " order is abnormal")
  public Response settle(@PathParam("orderNo") String orderNo, SettlementRequest request) {
    if (request == null || !StaffSettlement.isValidReason(request.reason())) {
      throw new BadRequestException("reason (1 to 200 characters) is required");
    }
    if (!StaffSettlement.isValidRequestId(request.requestId())) {
      throw new BadRequestException("requestId (1 to 64 characters) is required");
    }
    AbnormalSettlements.Settled settled =
        abnormal.settle(orderNo, request.reason(), request.requestId());
    return Response.status(settled.settledNow() ? 201 : 200)
        .entity(details(settled.details()))
        .build();
  }

  private static DetailsResponse details(OrderDetails details) {
    return new DetailsResponse(
        OrderRowResponse.of(details.row()),
        details.row().order().getTiers().stream().map(ChargingOrdersResource::tier).toList(),
        details.ledger().stream()
            .map(
                l -> new LedgerLine(l.account().name(), l.amount().yuan(), l.balanceAfter().yuan()))
            .toList(),
        details.recordHex().orElse(null),
        details.staffSettlement().map(StaffSettlementResponse::of).orElse(null));
  }

  private static TierLine tier(OrderTier t) {
    return new TierLine(
        t.getRateType().label(),
        t.getEnergy().kwh(),
        t.getElectricityPrice(),
        t.getServicePrice(),
        t.getElectricityFee().yuan(),
        t.getServiceFee().yuan());
  }

  private static <E extends Enum<E>> E value(Class<E> type, String name, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip());
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          name + " is one of " + Arrays.toString(type.getEnumConstants()) + ": " + text);
    }
  }
}
