package cn.evpark.api.charging;

import cn.evpark.api.tariff.PageResponse;
import cn.evpark.charging.ChargingOrderSearch;
import cn.evpark.charging.ChargingType;
import cn.evpark.charging.OrderDetails;
import cn.evpark.charging.OrderFilter;
import cn.evpark.charging.OrderState;
import cn.evpark.charging.OrderTier;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Charging orders (充电订单) for staff and integrators, within the account's operator: the list with
 * the page's filters, and one order with its price lines, ledger lines and the pile's raw record.
 */
@Path("admin/charging-orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Charging orders")
public class ChargingOrdersResource {

  /** An order's details: its row, price lines per rate type, ledger lines, the 0x3B as hex. */
  public record DetailsResponse(
      OrderRowResponse order,
      List<TierLine> tiers,
      List<LedgerLine> ledger,
      String transactionRecordHex) {}

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
            date("from", from),
            date("to", to),
            value(OrderState.class, "status", status),
            pile,
            orderNo);
    ChargingOrderSearch.Page found = search.search(filter, (page - 1) * size, size);
    return new PageResponse<>(
        found.total(), found.rows().stream().map(OrderRowResponse::of).toList());
  }

  @GET
  @Path("{orderNo}")
  @Operation(summary = "One order with its price lines, ledger lines and the pile's raw record")
  public DetailsResponse get(@PathParam("orderNo") String orderNo) {
    OrderDetails details = search.details(orderNo);
    return new DetailsResponse(
        OrderRowResponse.of(details.row()),
        details.row().order().getTiers().stream().map(ChargingOrdersResource::tier).toList(),
        details.ledger().stream()
            .map(
                l -> new LedgerLine(l.account().name(), l.amount().yuan(), l.balanceAfter().yuan()))
            .toList(),
        details.recordHex().orElse(null));
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

  private static LocalDate date(String name, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name + " is a date yyyy-MM-dd: " + text);
    }
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
