package cn.evpark.api.wechatpay;

import cn.evpark.wechatpay.WeChatNotice;
import cn.evpark.wechatpay.WeChatPayNotices;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * WeChat Pay's notify URL (money.md §6), open to anyone: the notice's signature is the
 * authentication. It takes payment notices ({@code TRANSACTION.SUCCESS}) and refund notices ({@code
 * REFUND.SUCCESS}, {@code REFUND.ABNORMAL}, {@code REFUND.CLOSED}): refunds are created with the
 * merchant's one notify URL. Answers 204 once what the notice moves has committed (or was moved
 * before); a refused notice answers 4xx, a failure 5xx, both with {@code
 * {"code":"FAIL","message":…}} (ProblemMappers), and WeChat retries.
 */
@Path(WeChatPayNotifyResource.PATH)
@RequestScoped
@Tag(name = "WeChat Pay")
public class WeChatPayNotifyResource {

  /** Under {@code /api}; web.xml leaves it unauthenticated. */
  public static final String PATH = "payments/wechat/notify";

  @EJB WeChatPayNotices notices;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "WeChat Pay's payment and refund notices; 204 once applied")
  public Response notify(
      @HeaderParam("Wechatpay-Timestamp") String timestamp,
      @HeaderParam("Wechatpay-Nonce") String nonce,
      @HeaderParam("Wechatpay-Signature") String signature,
      @HeaderParam("Wechatpay-Serial") String serial,
      byte[] body) {
    // the signed message is the raw body: no JSON binding before verification
    notices.receive(
        new WeChatNotice(
            timestamp,
            nonce,
            signature,
            serial,
            body == null ? null : new String(body, StandardCharsets.UTF_8)));
    return Response.noContent().build();
  }
}
