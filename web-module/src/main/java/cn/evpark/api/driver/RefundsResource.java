package cn.evpark.api.driver;

import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import cn.evpark.wechatpay.Refund;
import cn.evpark.wechatpay.WalletRefunds;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A driver's refunds of the wallet balance at an operator through WeChat Pay (money.md §6): ask for
 * one and list them. A request larger than one WeChat payment is split over several, one refund
 * each; the money is back with the driver when a refund is SUCCESS.
 */
@Path("driver/refunds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Driver")
public class RefundsResource {

  /**
   * A refund of the wallet at an operator.
   *
   * @param amount yuan, whole fen, more than 0 and at most the balance
   */
  public record RefundRequest(long operatorId, @Schema(example = "30.00") BigDecimal amount) {}

  /**
   * One refund: yuan; state REQUESTED, PROCESSING, ABNORMAL (stuck at WeChat, the money held until
   * WeChat resolves it), SUCCESS, FAILED or CLOSED; needsStaff when WeChat's word contradicted it
   * (wechatAnswer says what WeChat said); times in Asia/Shanghai.
   */
  public record RefundResponse(
      String outRefundNo,
      long operatorId,
      BigDecimal amount,
      String state,
      String outTradeNo,
      String refundId,
      String failure,
      boolean needsStaff,
      String wechatAnswer,
      String createdAt,
      String finishedAt) {

    static RefundResponse of(Refund r) {
      return new RefundResponse(
          r.getOutRefundNo(),
          r.getOperatorId(),
          r.getAmount().yuan(),
          r.getState().name(),
          r.getPayment().getOutTradeNo(),
          r.getRefundId().orElse(null),
          r.getFailure().orElse(null),
          r.getCheck().needsStaff(),
          r.getCheck().wechatAnswer().orElse(null),
          BusinessCalendar.display(r.getCreatedAt()),
          r.getFinishedAt().map(BusinessCalendar::display).orElse(null));
    }
  }

  @EJB WalletRefunds refunds;
  @Context SecurityContext security;

  @POST
  @Operation(
      summary =
          "Refund wallet money through WeChat Pay (Idempotency-Key header required); answers 201"
              + " with one refund per payment it goes back through")
  public Response request(
      @HeaderParam("Idempotency-Key") String idempotencyKey, RefundRequest request) {
    long driverId = DriverCaller.id(security);
    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 64) {
      throw new BadRequestException("the Idempotency-Key header (1 to 64 characters) is required");
    }
    if (request == null
        || request.amount() == null
        || request.amount().stripTrailingZeros().scale() > Money.SCALE) {
      throw new BadRequestException("amount is yuan in whole fen");
    }
    List<RefundResponse> made =
        refunds
            .request(driverId, request.operatorId(), new Money(request.amount()), idempotencyKey)
            .stream()
            .map(RefundResponse::of)
            .toList();
    return Response.status(Response.Status.CREATED).entity(made).build();
  }

  @GET
  @Operation(summary = "The driver's refunds, newest first")
  public List<RefundResponse> list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size) {
    return refunds
        .ofDriver(DriverCaller.id(security), Math.max(0, first), Math.max(1, Math.min(size, 100)))
        .stream()
        .map(RefundResponse::of)
        .toList();
  }
}
