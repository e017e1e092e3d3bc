package cn.evpark.api.users;

import cn.evpark.shared.BusinessCalendar;
import cn.evpark.wechatpay.Refund;
import cn.evpark.wechatpay.WalletRefunds;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Drivers' wallet refunds and their states for staff (money.md §6), within the caller's
 * operator(s). The refunds left to staff (abnormal or contradicted by WeChat) are also {@code GET
 * /api/admin/operators/{id}/wechat-pay/refunds/for-staff}.
 */
@Path("admin/refunds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class RefundsAdminResource {

  /**
   * A refund: our out_refund_no, yuan, state (REQUESTED, PROCESSING, ABNORMAL, SUCCESS, FAILED,
   * CLOSED), times in Asia/Shanghai, and whether staff must look at it.
   */
  public record RefundResponse(
      String outRefundNo,
      long operatorId,
      long driverId,
      BigDecimal amount,
      String state,
      String createdAt,
      String finishedAt,
      boolean needsStaff) {

    static RefundResponse of(Refund r) {
      return new RefundResponse(
          r.getOutRefundNo(),
          r.getOperatorId(),
          r.getDriverId(),
          r.getAmount().yuan(),
          r.getState().name(),
          BusinessCalendar.display(r.getCreatedAt()),
          r.getFinishedAt().map(BusinessCalendar::display).orElse(null),
          r.getCheck().needsStaff());
    }
  }

  @EJB WalletRefunds refunds;

  @GET
  @Operation(summary = "Refunds of the caller's operator(s), newest first, optionally of a driver")
  public List<RefundResponse> list(
      @QueryParam("driverId") Long driverId,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    if (page < 1 || size < 1 || size > 100) {
      throw new BadRequestException("page from 1, size 1 to 100");
    }
    return refunds.ofOperators(driverId, (page - 1) * size, size).stream()
        .map(RefundResponse::of)
        .toList();
  }
}
