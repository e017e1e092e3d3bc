package cn.evpark.api.driver;

import cn.evpark.charging.ChargingOrders;
import cn.evpark.charging.ChargingStarts;
import cn.evpark.charging.GunQuotes;
import cn.evpark.charging.OrderView;
import cn.evpark.shared.BusinessCalendar;
import cn.evpark.wallet.WalletStatement;
import cn.evpark.wallet.Wallets;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The driver API (bearer token of {@code /api/driver/login}): scan a gun, start and stop charging,
 * follow an order, see the receipts and the wallets. A driver reaches only the driver's own orders
 * and wallets; another driver's order answers 404.
 */
@Path("driver")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Driver")
public class DriverResource {

  /**
   * Which gun to start, and what pays.
   *
   * @param cardId one of the driver's enabled e-cards (电子卡) of the pile's station; null or absent
   *     for the wallet
   */
  public record StartRequest(String pileCode, int gun, Long cardId) {}

  /** A wallet at one operator: balance and arrears in yuan, the latest lines. */
  public record WalletResponse(
      long operatorId,
      BigDecimal balance,
      BigDecimal arrears,
      BigDecimal depositHeld,
      List<WalletLine> lines) {}

  /** One ledger line of a wallet: when (Asia/Shanghai), what, yuan in or out, balance after. */
  public record WalletLine(
      String postedAt, String kind, BigDecimal amount, BigDecimal balanceAfter) {}

  @EJB GunQuotes quotes;
  @EJB ChargingStarts starts;
  @EJB ChargingOrders orders;
  @EJB Wallets wallets;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @GET
  @Path("guns/{pileCode}/{gun}")
  @Operation(summary = "What a QR scan shows: station, gun state, prices now and today, minimum")
  public GunResponse gun(@PathParam("pileCode") String pileCode, @PathParam("gun") int gun) {
    DriverCaller.id(security);
    return GunResponse.of(quotes.quote(pileCode, gun));
  }

  @POST
  @Path("charging-orders")
  @Operation(
      summary = "Start charging (Idempotency-Key header required); 409 names the failed check")
  public Response start(
      @HeaderParam("Idempotency-Key") String idempotencyKey, StartRequest request) {
    long driverId = DriverCaller.id(security);
    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 64) {
      throw new BadRequestException("the Idempotency-Key header (1 to 64 characters) is required");
    }
    if (request == null || request.pileCode() == null) {
      throw new BadRequestException("pileCode and gun are required");
    }
    var order =
        starts.start(
            driverId,
            request.pileCode(),
            request.gun(),
            idempotencyKey,
            Optional.ofNullable(request.cardId()));
    return Response.created(
            uri.getBaseUriBuilder().path("driver/charging-orders").path(order.getOrderNo()).build())
        .entity(OrderResponse.of(new OrderView(order, Optional.empty())))
        .build();
  }

  @GET
  @Path("charging-orders/{orderNo}")
  @Operation(summary = "One order: live energy, amount, SOC and minutes while charging")
  public OrderResponse order(@PathParam("orderNo") String orderNo) {
    return OrderResponse.of(orders.viewOf(DriverCaller.id(security), orderNo));
  }

  @POST
  @Path("charging-orders/{orderNo}/stop")
  @Operation(summary = "Stop charging; the order settles when the pile sends its bill")
  public OrderResponse stop(@PathParam("orderNo") String orderNo) {
    var order = starts.stop(DriverCaller.id(security), orderNo);
    return OrderResponse.of(new OrderView(order, Optional.empty()));
  }

  @GET
  @Path("charging-orders")
  @Operation(summary = "The driver's orders, newest first, with their receipts")
  public List<OrderResponse> history(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size) {
    return orders.historyOf(DriverCaller.id(security), Math.max(0, first), clamp(size)).stream()
        .map(o -> OrderResponse.of(new OrderView(o, Optional.empty())))
        .toList();
  }

  @GET
  @Path("wallets")
  @Operation(
      summary =
          "The driver's wallets per operator: balance, arrears, occupancy deposits held, latest"
              + " lines")
  public List<WalletResponse> wallets() {
    return wallets.statementsOf(DriverCaller.id(security), 20).stream()
        .map(DriverResource::wallet)
        .toList();
  }

  private static WalletResponse wallet(WalletStatement statement) {
    return new WalletResponse(
        statement.operatorId(),
        statement.balance().yuan(),
        statement.arrears().yuan(),
        statement.depositHeld().yuan(),
        statement.lines().stream()
            .map(
                l ->
                    new WalletLine(
                        BusinessCalendar.display(l.postedAt()),
                        l.kind().name(),
                        l.amount().yuan(),
                        l.balanceAfter().yuan()))
            .toList());
  }

  private static int clamp(int size) {
    return Math.max(1, Math.min(size, 100));
  }
}
