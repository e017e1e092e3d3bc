package cn.evpark.wechatpay;

import com.google.gson.JsonParseException;
import com.wechat.pay.java.core.util.GsonUtil;
import com.wechat.pay.java.service.refund.model.AmountReq;
import com.wechat.pay.java.service.refund.model.CreateRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Calls WeChat Pay APIv3 for refunds: create ({@code POST /v3/refund/domestic/refunds}) and query
 * ({@code GET /v3/refund/domestic/refunds/{out_refund_no}}), with the SDK's request and answer
 * models. A create repeated with the same {@code out_refund_no} makes no second refund: WeChat
 * answers with the first, so a create whose answer was lost is simply sent again. A create WeChat
 * refuses may still have been made by an earlier send whose answer was lost: only the query can say
 * that WeChat has no such refund ({@code 404 RESOURCE_NOT_EXISTS}, signed).
 */
@ApplicationScoped
public class RefundClient {

  static final String REFUNDS_PATH = "/v3/refund/domestic/refunds";

  /** Shown to the driver in WeChat with the refund. */
  static final String REASON = "钱包余额退款";

  @Inject WeChatPayHttp http;

  /** WeChat's answer to a create-refund. */
  public sealed interface Answer {}

  /**
   * WeChat took the refund.
   *
   * @param said the refund as WeChat has it: PROCESSING, or already an outcome
   */
  public record Accepted(RefundNotice said) implements Answer {}

  /**
   * WeChat refused this create (400, 403, 404: a parameter, the merchant's available balance, the
   * payment unknown or too old, or a refund of that number made before by a send whose answer was
   * lost): whether a refund exists is for the query to say.
   *
   * @param reason WeChat's status, code and message, e.g. {@code 403 NOT_ENOUGH: 基本账户余额不足}
   */
  public record Refused(String reason) implements Answer {}

  /**
   * Asks WeChat to refund {@code refund} from its payment, with notices to {@code notifyUrl}.
   *
   * @throws WeChatPayUnavailableException when the outcome is unknown: no answer, 401, 429, 5xx, or
   *     a 200 without WeChat's signature (the same create is to be sent again)
   */
  public Answer create(MerchantKeys merchant, Refund refund, String notifyUrl) {
    PaymentOrder payment = refund.getPayment();
    AmountReq amount = new AmountReq();
    amount.setRefund(refund.getAmount().fen());
    amount.setTotal(payment.getAmount().fen());
    amount.setCurrency("CNY");
    CreateRequest request = new CreateRequest();
    request.setTransactionId(payment.getTransactionId().orElseThrow());
    request.setOutRefundNo(refund.getOutRefundNo());
    request.setReason(REASON);
    request.setNotifyUrl(notifyUrl);
    request.setAmount(amount);
    WeChatPayHttp.Reply reply = http.send(merchant, "POST", REFUNDS_PATH, GsonUtil.toJson(request));
    if (reply.status() == 400 || reply.status() == 403 || reply.status() == 404) {
      // not decisive, signed or not: the refund is failed only on the query's signed answer
      return new Refused(reply.status() + " " + WeChatPayHttp.error(reply.body()));
    }
    return new Accepted(refundOf(reply, refund.getOutRefundNo()));
  }

  /**
   * What WeChat knows of a refund.
   *
   * @return empty when WeChat says, signed, that it has no refund of that number ({@code 404
   *     RESOURCE_NOT_EXISTS}): it was never made
   * @throws WeChatPayUnavailableException when WeChat does not answer with a signed 200 or that
   *     signed 404
   */
  public Optional<RefundNotice> query(MerchantKeys merchant, String outRefundNo) {
    WeChatPayHttp.Reply reply =
        http.send(merchant, "GET", REFUNDS_PATH + "/" + WeChatPayClient.encode(outRefundNo), null);
    if (WeChatPayHttp.isSignedError(reply, 404, "RESOURCE_NOT_EXISTS")) {
      return Optional.empty();
    }
    return Optional.of(refundOf(reply, outRefundNo));
  }

  private static RefundNotice refundOf(WeChatPayHttp.Reply reply, String outRefundNo) {
    if (reply.status() != 200) {
      throw new WeChatPayUnavailableException(
          "WeChat Pay answered " + reply.status() + ": " + WeChatPayHttp.abbreviate(reply.body()));
    }
    if (!reply.signed()) {
      throw new WeChatPayUnavailableException("WeChat Pay's answer does not carry its signature");
    }
    com.wechat.pay.java.service.refund.model.Refund answer;
    try {
      answer =
          GsonUtil.getGson()
              .fromJson(reply.body(), com.wechat.pay.java.service.refund.model.Refund.class);
    } catch (JsonParseException e) {
      throw new WeChatPayUnavailableException("WeChat Pay's answer is no refund");
    }
    if (answer == null
        || !outRefundNo.equals(answer.getOutRefundNo())
        || answer.getRefundId() == null
        || answer.getRefundId().length() > 32
        || answer.getTransactionId() == null
        || answer.getStatus() == null
        || answer.getAmount() == null
        || answer.getAmount().getRefund() == null) {
      throw new WeChatPayUnavailableException("WeChat Pay's answer is no refund of " + outRefundNo);
    }
    RefundState status;
    try {
      status = RefundState.ofWeChat(answer.getStatus().name());
    } catch (NoticeRejectedException e) {
      throw new WeChatPayUnavailableException("WeChat Pay's answer: " + e.getMessage());
    }
    return new RefundNotice(
        answer.getOutRefundNo(),
        answer.getRefundId(),
        answer.getTransactionId(),
        status,
        answer.getAmount().getRefund());
  }
}
