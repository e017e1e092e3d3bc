package cn.evpark.wechatpay;

import com.wechat.pay.java.core.auth.WechatPay2Credential;
import com.wechat.pay.java.core.cipher.RSASigner;
import com.wechat.pay.java.core.cipher.Signer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Calls WeChat Pay APIv3 over HTTP: JSAPI create-order ({@code POST /v3/pay/transactions/jsapi}),
 * and signs the mini program's payment parameters.
 *
 * <p>The call is {@code java.net.http}: the SDK's own HTTP client reaches only WeChat's fixed
 * hosts, and tests (and a proxy) need {@code ykc.wechat-pay.base-url}. Signing is the SDK's: the
 * {@code Authorization: WECHATPAY2-SHA256-RSA2048 …} header from {@link WechatPay2Credential} and
 * {@link RSASigner} with the merchant key and certificate serial.
 */
@ApplicationScoped
public class WeChatPayClient {

  static final String JSAPI_PATH = "/v3/pay/transactions/jsapi";

  @Inject
  @ConfigProperty(name = "ykc.wechat-pay.base-url", defaultValue = "https://api.mch.weixin.qq.com")
  String baseUrl;

  @Inject Clock clock;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final SecureRandom random = new SecureRandom();

  /**
   * Creates the JSAPI order of a payment order at WeChat.
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
            .add("notify_url", notifyUrl)
            .add(
                "amount",
                Json.createObjectBuilder()
                    .add("total", order.getAmount().fen())
                    .add("currency", "CNY"))
            .add("payer", Json.createObjectBuilder().add("openid", openid))
            .build()
            .toString();
    URI uri = URI.create(stripSlash(baseUrl) + JSAPI_PATH);
    String authorization =
        new WechatPay2Credential(merchant.mchid(), signer(merchant))
            .getAuthorization(uri, "POST", body);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new WeChatPayUnavailableException("WeChat Pay did not answer: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WeChatPayUnavailableException("interrupted while calling WeChat Pay");
    }
    if (response.statusCode() != 200) {
      throw new WeChatPayUnavailableException(
          "WeChat Pay answered " + response.statusCode() + ": " + abbreviate(response.body()));
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
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

  /** The mini program's payment parameters for a prepay id, signed with the merchant key. */
  public JsapiPayment jsapiPayment(MerchantKeys merchant, String prepayId) {
    String timeStamp = Long.toString(clock.instant().getEpochSecond());
    byte[] nonce = new byte[16];
    random.nextBytes(nonce);
    String nonceStr = HexFormat.of().formatHex(nonce);
    String packageValue = "prepay_id=" + prepayId;
    String message =
        merchant.appid() + "\n" + timeStamp + "\n" + nonceStr + "\n" + packageValue + "\n";
    String paySign = signer(merchant).sign(message).getSign();
    return new JsapiPayment(merchant.appid(), timeStamp, nonceStr, packageValue, "RSA", paySign);
  }

  private static Signer signer(MerchantKeys merchant) {
    return new RSASigner(merchant.merchantSerial(), merchant.privateKey());
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static String abbreviate(String text) {
    return text == null ? "" : text.substring(0, Math.min(200, text.length()));
  }
}
