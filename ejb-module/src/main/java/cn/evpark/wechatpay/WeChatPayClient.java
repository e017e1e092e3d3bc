package cn.evpark.wechatpay;

import cn.evpark.shared.BusinessCalendar;
import com.google.gson.JsonParseException;
import com.wechat.pay.java.core.util.GsonUtil;
import com.wechat.pay.java.service.payments.model.Transaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Calls WeChat Pay APIv3 for payment orders: JSAPI create-order ({@code POST
 * /v3/pay/transactions/jsapi}), query ({@code GET
 * /v3/pay/transactions/out-trade-no/{out_trade_no}?mchid=}) and close ({@code POST
 * /v3/pay/transactions/out-trade-no/{out_trade_no}/close}); and signs the mini program's payment
 * parameters. Requests are signed, and the query's answer must carry WeChat's signature ({@link
 * WeChatPayHttp}).
 */
@ApplicationScoped
public class WeChatPayClient {

  static final String JSAPI_PATH = "/v3/pay/transactions/jsapi";
  static final String BY_OUT_TRADE_NO = "/v3/pay/transactions/out-trade-no/";

  /** RFC 3339 in Asia/Shanghai, whole seconds, as WeChat writes {@code time_expire}. */
  static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  @Inject WeChatPayHttp http;
  @Inject Clock clock;

  private final SecureRandom random = new SecureRandom();

  /**
   * Creates the JSAPI order of a payment order at WeChat, with its {@code time_expire}.
   *
   * @param openid the payer's openid under the merchant's AppID
   * @return WeChat's {@code prepay_id}
   * @throws WeChatPayUnavailableException when WeChat answers other than 200 or not at all
   */
  public String createJsapiOrder(
      MerchantKeys merchant,
      PaymentOrder order,
      String description,
      String notifyUrl,
      String openid) {
    String body =
        Json.createObjectBuilder()
            .add("appid", merchant.appid())
            .add("mchid", merchant.mchid())
            .add("description", description)
            .add("out_trade_no", order.getOutTradeNo())
            .add("time_expire", rfc3339(order.getTimeExpire()))
            .add("notify_url", notifyUrl)
            .add(
                "amount",
                Json.createObjectBuilder()
                    .add("total", order.getAmount().fen())
                    .add("currency", "CNY"))
            .add("payer", Json.createObjectBuilder().add("openid", openid))
            .build()
            .toString();
    WeChatPayHttp.Reply reply = http.send(merchant, "POST", JSAPI_PATH, body);
    if (reply.status() != 200) {
      throw new WeChatPayUnavailableException(
          "WeChat Pay answered " + reply.status() + ": " + WeChatPayHttp.abbreviate(reply.body()));
    }
    try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
      JsonObject answer = reader.readObject();
      if (answer.get("prepay_id") instanceof JsonString prepayId
          && !prepayId.getString().isBlank()) {
        return prepayId.getString();
      }
    } catch (JsonParsingException | IllegalStateException e) {
      // falls through: an answer without a prepay id
    }
    throw new WeChatPayUnavailableException("WeChat Pay's answer has no prepay_id");
  }

  /**
   * What WeChat knows of a payment order: its transaction, whose {@code trade_state} says whether
   * it was paid ({@code SUCCESS}: then with {@code transaction_id} and {@code amount}), is still
   * open ({@code NOTPAY}, {@code USERPAYING}), or ended unpaid ({@code CLOSED}, {@code PAYERROR},
   * {@code REVOKED}).
   *
   * @return empty when WeChat says, signed, that it has no such order ({@code 404 ORDER_NOT_EXIST}:
   *     its create-order never reached WeChat)
   * @throws WeChatPayUnavailableException when WeChat does not answer, answers otherwise, its
   *     answer does not carry its signature, or is of another {@code out_trade_no}
   */
  public Optional<Transaction> query(MerchantKeys merchant, String outTradeNo) {
    WeChatPayHttp.Reply reply =
        http.send(
            merchant,
            "GET",
            BY_OUT_TRADE_NO + encode(outTradeNo) + "?mchid=" + encode(merchant.mchid()),
            null);
    if (WeChatPayHttp.isSignedError(reply, 404, "ORDER_NOT_EXIST")) {
      return Optional.empty();
    }
    if (reply.status() != 200) {
      throw new WeChatPayUnavailableException(
          "WeChat Pay answered " + reply.status() + ": " + WeChatPayHttp.abbreviate(reply.body()));
    }
    if (!reply.signed()) {
      throw new WeChatPayUnavailableException("WeChat Pay's answer does not carry its signature");
    }
    try {
      Transaction transaction = GsonUtil.getGson().fromJson(reply.body(), Transaction.class);
      if (transaction == null || transaction.getTradeState() == null) {
        throw new WeChatPayUnavailableException("WeChat Pay's answer has no trade_state");
      }
      if (!outTradeNo.equals(transaction.getOutTradeNo())) {
        // signed, but of another order: it says nothing of this one
        throw new WeChatPayUnavailableException(
            "WeChat Pay answered of " + transaction.getOutTradeNo() + ", not " + outTradeNo);
      }
      return Optional.of(transaction);
    } catch (JsonParseException e) {
      throw new WeChatPayUnavailableException("WeChat Pay's answer is no transaction");
    }
  }

  /**
   * Closes a payment order at WeChat: nobody can pay it afterwards. Closing a closed order again
   * succeeds.
   *
   * @return true when closed; false when WeChat refuses because it was paid meanwhile ({@code
   *     ORDERPAID}: the next query sees the payment)
   * @throws WeChatPayUnavailableException when WeChat answers otherwise or not at all
   */
  public boolean close(MerchantKeys merchant, String outTradeNo) {
    WeChatPayHttp.Reply reply =
        http.send(
            merchant,
            "POST",
            BY_OUT_TRADE_NO + encode(outTradeNo) + "/close",
            Json.createObjectBuilder().add("mchid", merchant.mchid()).build().toString());
    if (reply.status() == 204) {
      return true;
    }
    if (reply.status() == 400 && reply.body().contains("ORDERPAID")) {
      return false;
    }
    throw new WeChatPayUnavailableException(
        "WeChat Pay answered " + reply.status() + ": " + WeChatPayHttp.abbreviate(reply.body()));
  }

  /** The mini program's payment parameters for a prepay id, signed with the merchant key. */
  public JsapiPayment jsapiPayment(MerchantKeys merchant, String prepayId) {
    String timeStamp = Long.toString(clock.instant().getEpochSecond());
    byte[] nonce = new byte[16];
    random.nextBytes(nonce);
    String nonceStr = HexFormat.of().formatHex(nonce);
    String packageValue = "prepay_id=" + prepayId;
    String message =
        merchant.appid() + "\n" + timeStamp + "\n" + nonceStr + "\n" + packageValue + "\n";
    String paySign = WeChatPayHttp.signer(merchant).sign(message).getSign();
    return new JsapiPayment(merchant.appid(), timeStamp, nonceStr, packageValue, "RSA", paySign);
  }

  /** A stored (UTC) time as WeChat's RFC 3339 in Asia/Shanghai, e.g. 2026-11-30T19:30:00+08:00. */
  static String rfc3339(LocalDateTime storedUtc) {
    return storedUtc
        .atOffset(ZoneOffset.UTC)
        .atZoneSameInstant(BusinessCalendar.ZONE)
        .withNano(0)
        .format(RFC_3339);
  }

  static String encode(String pathSegment) {
    return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8);
  }
}
