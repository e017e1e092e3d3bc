package cn.evpark.api.driver;

import cn.evpark.api.charging.ArrearsRecordsResource.ArrearsBody;
import cn.evpark.parking.ArrearsRecords;
import cn.evpark.shared.Money;
import cn.evpark.wallet.Wallets;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A driver's arrears (欠费, {@code parking.md §5}): what is owed to each operator with the records it
 * comes from, and paying it from the wallet. A driver with arrears at an operator can neither
 * charge nor reserve there; every top-up pays them first.
 */
@Path("driver/arrears")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Driver")
public class ArrearsResource {

  /** What is owed to one operator, yuan, and its records, the newest first. */
  public record OwingResponse(long operatorId, BigDecimal owed, List<ArrearsBody> records) {}

  /** What a payment paid and what is still owed, yuan. */
  public record PaymentResponse(long operatorId, BigDecimal paid, BigDecimal owed) {}

  @EJB ArrearsRecords records;
  @EJB Wallets wallets;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "What the driver owes each operator, with the records; [] when nothing")
  public List<OwingResponse> owed() {
    return records.ofDriver(DriverCaller.id(security)).stream()
        .map(
            o ->
                new OwingResponse(
                    o.operatorId(),
                    o.owed().yuan(),
                    o.records().stream().map(ArrearsBody::of).toList()))
        .toList();
  }

  @POST
  @Path("{operatorId}/pay")
  @Operation(
      summary = "Pay the operator's arrears from the wallet (Idempotency-Key header required)",
      description =
          "Pays as far as the wallet reaches; answers what was paid (0.00 when the wallet is empty"
              + " or nothing is owed) and what is still owed. Top up first to pay the rest.")
  public PaymentResponse pay(
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @PathParam("operatorId") long operatorId) {
    long driverId = DriverCaller.id(security);
    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 64) {
      throw new BadRequestException("the Idempotency-Key header (1 to 64 characters) is required");
    }
    Money paid = records.payFromWallet(driverId, operatorId, idempotencyKey);
    return new PaymentResponse(
        operatorId, paid.yuan(), wallets.arrears(operatorId, driverId).yuan());
  }
}
