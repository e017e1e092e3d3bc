package cn.evpark.wechatpay;

import com.wechat.pay.java.core.auth.WechatPay2Credential;
import com.wechat.pay.java.core.auth.WechatPay2Validator;
import com.wechat.pay.java.core.cipher.RSASigner;
import com.wechat.pay.java.core.cipher.RSAVerifier;
import com.wechat.pay.java.core.cipher.Signer;
import com.wechat.pay.java.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One signed call to WeChat Pay APIv3 and the check of WeChat's signature on its answer.
 *
 * <p>The call is {@code java.net.http}: the SDK's own HTTP client reaches only WeChat's fixed
 * hosts, and tests (and a proxy) need {@code ykc.wechat-pay.base-url}. Signing and checking are the
 * SDK's: the {@code Authorization: WECHATPAY2-SHA256-RSA2048 …} header from {@link
 * WechatPay2Credential} with the merchant key and certificate serial, and {@link
 * WechatPay2Validator} over the answer's {@code Wechatpay-*} headers with the WeChat Pay public key
 * its {@code Wechatpay-Serial} names (the SDK also refuses a timestamp 5 minutes or more away).
 */
@ApplicationScoped
public class WeChatPayHttp {

  /** The headers WeChat signs an answer with, by their canonical names. */
  private static final List<String> SIGNATURE_HEADERS =
      List.of(
          "Wechatpay-Timestamp",
          "Wechatpay-Nonce",
          "Wechatpay-Signature",
          "Wechatpay-Serial",
          "Request-ID");

  /** The longest one call takes before it fails: connecting (5 s), then the answer (10 s). */
  static final long MAX_CALL_SECONDS = 15;

  @Inject
  @ConfigProperty(name = "ykc.wechat-pay.base-url", defaultValue = "https://api.mch.weixin.qq.com")
  String baseUrl;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * WeChat's answer.
   *
   * @param status the HTTP status
   * @param body the body, UTF-8, empty when none
   * @param signed true when the {@code Wechatpay-*} headers verify the body with one of the
   *     merchant's WeChat Pay public keys
   */
  public record Reply(int status, String body, boolean signed) {}

  /**
   * Sends a request signed with the merchant key.
   *
   * @param method {@code GET} or {@code POST}
   * @param pathAndQuery e.g. {@code /v3/pay/transactions/out-trade-no/TU…?mchid=1900000109}
   * @param body JSON, or null for none (GET)
   * @throws WeChatPayUnavailableException when WeChat does not answer
   */
  public Reply send(MerchantKeys merchant, String method, String pathAndQuery, String body) {
    URI uri = URI.create(stripSlash(baseUrl) + pathAndQuery);
    String signedBody = body == null ? "" : body;
    String authorization =
        new WechatPay2Credential(merchant.mchid(), signer(merchant))
            .getAuthorization(uri, method, signedBody);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", authorization)
            .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    HttpResponse<String> response;
    try {
      response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new WeChatPayUnavailableException("WeChat Pay did not answer: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WeChatPayUnavailableException("interrupted while calling WeChat Pay");
    }
    String answer = response.body() == null ? "" : response.body();
    return new Reply(response.statusCode(), answer, verifies(merchant, response, answer));
  }

  /** The merchant's signer, for the mini program's payment parameters too. */
  static Signer signer(MerchantKeys merchant) {
    return new RSASigner(merchant.merchantSerial(), merchant.privateKey());
  }

  /**
   * WeChat's error answer {@code {"code":…,"message":…}} as {@code code: message}, at most 150
   * characters; the body abbreviated when it is no such answer.
   */
  static String error(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject error = reader.readObject();
      String text = error.getString("code", "?") + ": " + error.getString("message", "");
      return text.substring(0, Math.min(150, text.length()));
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      return abbreviate(body);
    }
  }

  /**
   * The {@code code} of WeChat's error answer {@code {"code":…,"message":…}}, e.g. {@code
   * RESOURCE_NOT_EXISTS}; empty when the body is no such answer.
   */
  static Optional<String> errorCode(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return Optional.ofNullable(reader.readObject().getString("code", null));
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the answer is WeChat's signed error of this {@code code} and status: an error is
   * believed only with WeChat's signature (APIv3 signs its error answers as its others), as it
   * decides what happens to money.
   */
  static boolean isSignedError(Reply reply, int status, String code) {
    return reply.status() == status
        && reply.signed()
        && errorCode(reply.body()).filter(code::equals).isPresent();
  }

  static String abbreviate(String text) {
    return text == null ? "" : text.substring(0, Math.min(200, text.length()));
  }

  private static boolean verifies(
      MerchantKeys merchant, HttpResponse<String> response, String body) {
    HttpHeaders headers = new HttpHeaders();
    for (String name : SIGNATURE_HEADERS) {
      // java.net.http looks headers up ignoring case; the SDK's HttpHeaders does not
      response.headers().firstValue(name).ifPresent(value -> headers.addHeader(name, value));
    }
    String serial = headers.getHeader("Wechatpay-Serial");
    Optional<PublicKey> key = serial == null ? Optional.empty() : merchant.publicKey(serial);
    if (key.isEmpty()
        || headers.getHeader("Wechatpay-Timestamp") == null
        || headers.getHeader("Wechatpay-Nonce") == null
        || headers.getHeader("Wechatpay-Signature") == null) {
      return false;
    }
    try {
      return new WechatPay2Validator(new RSAVerifier(key.get(), serial)).validate(headers, body);
    } catch (RuntimeException e) {
      // a timestamp that is no number or too far away, a signature that is no Base64
      return false;
    }
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
