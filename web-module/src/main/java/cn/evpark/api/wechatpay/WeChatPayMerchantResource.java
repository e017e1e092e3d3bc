package cn.evpark.api.wechatpay;

import cn.evpark.shared.BusinessCalendar;
import cn.evpark.wechatpay.MerchantSettings;
import cn.evpark.wechatpay.MerchantView;
import cn.evpark.wechatpay.WalletRefunds;
import cn.evpark.wechatpay.WeChatMerchants;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An operator's WeChat Pay merchant (money.md §6): platform administrators and the operator's
 * administrators set it; staff who see the operator read it. The APIv3 key and the keys are
 * written, never read back.
 */
@Path("admin/operators/{id}/wechat-pay")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "WeChat Pay")
public class WeChatPayMerchantResource {

  /** The whole merchant; every field is required and replaces what was set before. */
  public record MerchantRequest(
      @Schema(example = "1900000109") String mchid,
      @Schema(example = "wxd678efh567hg6787") String appid,
      @Schema(description = "the APIv3 key, 32 characters") String apiV3Key,
      @Schema(description = "serial of the merchant API certificate") String merchantSerial,
      @Schema(description = "the merchant API private key, PKCS#8 PEM or Base64 DER")
          String merchantPrivateKey,
      @Schema(example = "https://evpark.example.com/api/payments/wechat/notify") String notifyUrl,
      @Schema(description = "WeChat Pay public keys by id (PUB_KEY_ID_…), X.509 PEM or Base64")
          Map<String, String> publicKeys) {}

  /** The merchant without secrets; updatedAt in Asia/Shanghai. */
  public record MerchantResponse(
      long operatorId,
      String mchid,
      String appid,
      String merchantSerial,
      String notifyUrl,
      List<String> publicKeySerials,
      String updatedAt) {}

  /**
   * A refund staff must see: state ABNORMAL (stuck at WeChat; its money held in refund clearing) or
   * needsStaff (WeChat's word, wechatAnswer, contradicted it); yuan; times in Asia/Shanghai.
   */
  public record StaffRefundResponse(
      String outRefundNo,
      long driverId,
      BigDecimal amount,
      String state,
      boolean needsStaff,
      String wechatAnswer,
      String outTradeNo,
      String refundId,
      String createdAt) {}

  @EJB WeChatMerchants merchants;
  @EJB WalletRefunds refunds;

  @GET
  @Path("refunds/for-staff")
  @Operation(
      summary =
          "The operator's WeChat refunds staff must see, newest first: ABNORMAL ones and those"
              + " WeChat's word contradicted")
  public List<StaffRefundResponse> refundsForStaff(
      @PathParam("id") long operatorId, @QueryParam("size") @DefaultValue("100") int size) {
    return refunds.forStaff(operatorId, Math.max(1, Math.min(size, 500))).stream()
        .map(
            r ->
                new StaffRefundResponse(
                    r.getOutRefundNo(),
                    r.getDriverId(),
                    r.getAmount().yuan(),
                    r.getState().name(),
                    r.getCheck().needsStaff(),
                    r.getCheck().wechatAnswer().orElse(null),
                    r.getPayment().getOutTradeNo(),
                    r.getRefundId().orElse(null),
                    BusinessCalendar.display(r.getCreatedAt())))
        .toList();
  }

  @GET
  @Operation(summary = "The operator's WeChat Pay merchant, without secrets; 404 when none")
  public MerchantResponse get(@PathParam("id") long operatorId) {
    return response(merchants.view(operatorId));
  }

  @PUT
  @Operation(summary = "Sets the operator's WeChat Pay merchant (administrators)")
  public MerchantResponse put(@PathParam("id") long operatorId, MerchantRequest request) {
    if (request == null) {
      throw new BadRequestException("the merchant settings are required");
    }
    return response(
        merchants.configure(
            operatorId,
            new MerchantSettings(
                request.mchid(),
                request.appid(),
                request.apiV3Key(),
                request.merchantSerial(),
                request.merchantPrivateKey(),
                request.notifyUrl(),
                request.publicKeys())));
  }

  private static MerchantResponse response(MerchantView view) {
    return new MerchantResponse(
        view.operatorId(),
        view.mchid(),
        view.appid(),
        view.merchantSerial(),
        view.notifyUrl(),
        view.publicKeySerials(),
        BusinessCalendar.display(view.updatedAt()));
  }
}
