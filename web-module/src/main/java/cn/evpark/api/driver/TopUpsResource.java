package cn.evpark.api.driver;

import cn.evpark.shared.BusinessCalendar;
import cn.evpark.shared.Money;
import cn.evpark.wechatpay.JsapiPayment;
import cn.evpark.wechatpay.PaymentOrder;
import cn.evpark.wechatpay.TopUps;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
 * A driver's wallet top-ups by WeChat Pay (money.md §6): start one and get what {@code
 * wx.requestPayment} needs; list them. The wallet is credited when WeChat's notice arrives, not
 * here.
 */
@Path("driver/top-ups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Driver")
public class TopUpsResource {

  /**
   * A top-up of the wallet at an operator.
   *
   * @param amount yuan, whole fen, more than 0 and at most 5000
   * @param openid the payer's openid under the operator's AppID (JSAPI needs it)
   */
  public record TopUpRequest(
      long operatorId, @Schema(example = "50.00") BigDecimal amount, String openid) {}

  /** The parameters of {@code wx.requestPayment}. */
  public record PaymentParameters(
      String appId,
      String timeStamp,
      String nonceStr,
      @JsonbProperty("package") String packageValue,
      String signType,
      String paySign) {

    static PaymentParameters of(JsapiPayment p) {
      return new PaymentParameters(
          p.appId(), p.timeStamp(), p.nonceStr(), p.packageValue(), p.signType(), p.paySign());
    }
  }

  /**
   * A payment order: yuan, state CREATED, PAID or CLOSED, times in Asia/Shanghai; payment only when
   * just created.
   */
  public record TopUpResponse(
      String outTradeNo,
      long operatorId,
      BigDecimal amount,
      String state,
      String prepayId,
      String transactionId,
      String createdAt,
      String paidAt,
      PaymentParameters payment) {

    static TopUpResponse of(PaymentOrder o, PaymentParameters payment) {
      return new TopUpResponse(
          o.getOutTradeNo(),
          o.getOperatorId(),
          o.getAmount().yuan(),
          o.getState().name(),
          o.getPrepayId().orElse(null),
          o.getTransactionId().orElse(null),
          BusinessCalendar.display(o.getCreatedAt()),
          o.getPaidAt().map(BusinessCalendar::display).orElse(null),
          payment);
    }
  }

  @EJB TopUps topUps;
  @Context SecurityContext security;

  @POST
  @Operation(
      summary = "Start a WeChat Pay top-up; answers 201 with the wx.requestPayment parameters")
  public Response start(TopUpRequest request) {
    long driverId = DriverCaller.id(security);
    if (request == null
        || request.amount() == null
        || request.amount().stripTrailingZeros().scale() > Money.SCALE) {
      throw new BadRequestException("amount is yuan in whole fen");
    }
    TopUps.TopUp topUp =
        topUps.start(driverId, request.operatorId(), new Money(request.amount()), request.openid());
    return Response.status(Response.Status.CREATED)
        .entity(TopUpResponse.of(topUp.order(), PaymentParameters.of(topUp.payment())))
        .build();
  }

  @GET
  @Operation(summary = "The driver's top-ups, newest first")
  public List<TopUpResponse> list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("20") int size) {
    return topUps
        .ofDriver(DriverCaller.id(security), Math.max(0, first), Math.max(1, Math.min(size, 100)))
        .stream()
        .map(o -> TopUpResponse.of(o, null))
        .toList();
  }
}
