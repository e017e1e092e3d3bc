package cn.evpark.api.wallet;

import cn.evpark.shared.Money;
import cn.evpark.wallet.Wallets;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Drivers for staff: find one by phone with the wallets at the account's operator(s), and top a
 * wallet up offline (充值), once per request id.
 */
@Path("admin/drivers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Drivers")
public class DriversResource {

  /** A driver with wallets: balance and arrears in yuan per operator. */
  public record DriverResponse(
      long id, String phone, List<String> plates, List<WalletResponse> wallets) {}

  public record WalletResponse(long operatorId, BigDecimal balance, BigDecimal arrears) {}

  /** A staff top-up: yuan (more than 0, whole fen), a reason, and the client's request id. */
  public record TopUpRequest(
      long operatorId,
      @Schema(example = "50.00") BigDecimal amount,
      String reason,
      @Schema(description = "unique per top-up; a repeat changes nothing") String requestId) {}

  /** The ledger transaction of a top-up, and whether this request posted it. */
  public record TopUpResponse(long transactionId, boolean posted, BigDecimal amount) {}

  @EJB Wallets wallets;

  @GET
  @Operation(summary = "The driver with this phone and the wallets at the account's operator(s)")
  public DriverResponse byPhone(@QueryParam("phone") String phone) {
    if (phone == null || phone.isBlank()) {
      throw new BadRequestException("phone is required");
    }
    Wallets.DriverWallets found = wallets.ofDriverByPhone(phone.strip());
    return new DriverResponse(
        found.driverId(),
        found.phone(),
        found.plates(),
        found.wallets().stream()
            .map(w -> new WalletResponse(w.operatorId(), w.balance().yuan(), w.arrears().yuan()))
            .toList());
  }

  @POST
  @Path("{id}/top-ups")
  @Operation(summary = "Top up the driver's wallet at an operator (cash, offline); idempotent")
  public Response topUp(@PathParam("id") long driverId, TopUpRequest request) {
    if (request == null
        || request.amount() == null
        || request.amount().signum() <= 0
        || request.amount().stripTrailingZeros().scale() > 2
        || request.amount().compareTo(new BigDecimal("100000")) > 0) {
      throw new BadRequestException("amount is yuan, more than 0 and at most 100000, whole fen");
    }
    if (request.requestId() == null
        || request.requestId().isBlank()
        || request.requestId().length() > 64) {
      throw new BadRequestException("requestId (1 to 64 characters) is required");
    }
    if (request.reason() == null || request.reason().isBlank() || request.reason().length() > 200) {
      throw new BadRequestException("reason (1 to 200 characters) is required");
    }
    Wallets.TopUp topUp =
        wallets.topUpByStaff(
            request.operatorId(),
            driverId,
            new Money(request.amount()),
            request.reason().strip(),
            request.requestId());
    return Response.status(topUp.posted() ? 201 : 200)
        .entity(new TopUpResponse(topUp.transactionId(), topUp.posted(), topUp.amount().yuan()))
        .build();
  }
}
